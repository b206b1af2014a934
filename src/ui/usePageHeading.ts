import { useEffect, useRef } from 'react';

export const APP_NAME = 'Secours douane';

/** A page's title in the browser: its heading (a sentence's full stop left out) and the app's name. */
export const documentTitle = (heading: string) => `${heading.replace(/\.$/, '')} – ${APP_NAME}`;

let firstPage = true;

/**
 * Sets the document title and, after a navigation inside the app, moves focus to the page's heading so
 * that keyboard and screen-reader users start reading at the new question (not on the first page load).
 * Pages are keyed by their URL, so each navigation mounts the page again and runs this once.
 */
export function usePageHeading<T extends HTMLElement = HTMLHeadingElement>(title: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    document.title = documentTitle(title);
    if (firstPage) {
      firstPage = false;
      return;
    }
    // A new page opens at its top (not where the last one was scrolled to), its heading focused with its ring.
    (document.scrollingElement ?? document.documentElement).scrollTop = 0;
    ref.current?.focus({ preventScroll: true });
  }, [title]);
  return ref;
}
