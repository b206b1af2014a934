import { useSyncExternalStore, type ReactNode } from 'react';

const subscribeNothing = () => () => {};

/**
 * False while prerendering and while hydrating, true once in the browser: for what only the browser can
 * show (stored records, the time now, the service worker), so that hydration matches the prerendered page.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

/**
 * Its children, once in the browser (see useIsClient). Only this component renders again after hydration,
 * not the component that holds it.
 */
export function ClientOnly({ children }: { children: ReactNode }) {
  return useIsClient() ? children : null;
}
