import { StrictMode } from 'react';
import { BrowserRouter } from 'react-router';
import { App } from './App';

export { preloadFlowParts } from '../content/fr';
export { preloadFlow } from '../screens/NodeScreen';

/** The app as the browser renders it (src/start.tsx); src/entry-server.tsx renders the same tree. */
export const clientApp = (
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>
);
