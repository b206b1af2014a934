import { Component, type ErrorInfo, type ReactNode } from 'react';
import { APP_TEXT as T } from './texts';

interface State {
  readonly error: Error | null;
}

/**
 * A part of the app fetched on demand (a page, the flows' engine) that could not be loaded: offline before the
 * service worker had stored the app. Each browser words it its own way (Chromium, Firefox, Safari).
 */
export function isLoadFailure(error: unknown): boolean {
  return (
    // By its name: an error made in another realm (a test's) is no `instanceof TypeError`.
    error instanceof Error &&
    error.name === 'TypeError' &&
    /dynamically imported module|importing a module script failed/i.test(error.message)
  );
}

/** Last line of defence: a clear French message and a way out instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    if (isLoadFailure(this.state.error))
      return (
        <div className="error-page" role="alert">
          <h1>{T.loadFailed.title}</h1>
          <p>{T.loadFailed.text}</p>
          <p>{T.loadFailed.check}</p>
          <p>
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {T.loadFailed.reload}
            </button>
          </p>
        </div>
      );
    return (
      <div className="error-page" role="alert">
        <h1>{T.crashed.title}</h1>
        <p>{T.crashed.text}</p>
        <p>
          <a className="button" href="/">
            {T.crashed.home}
          </a>
        </p>
      </div>
    );
  }
}
