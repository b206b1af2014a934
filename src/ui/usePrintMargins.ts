import { useEffect } from 'react';

/**
 * Texts in the top margins of every printed page (CSS paged media; « page N / M » is styles.css's), so that a
 * loose page can be tied back to its record. They are the record's own, so the rule is built here and
 * adopted as a constructed style sheet, which the strict Content-Security-Policy allows (no inline style).
 */
export function usePrintMargins(left: string | null, right = '') {
  useEffect(() => {
    if (!left || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const quoted = (text: string) => `"${text.replace(/["\\]/g, '')}"`;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page { @top-left { content: ${quoted(left)}; font: 9pt sans-serif; }${
        right ? ` @top-right { content: ${quoted(right)}; font: bold 9pt monospace; }` : ''
      } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [left, right]);
}
