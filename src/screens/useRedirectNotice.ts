import { useEffect, useState } from 'react';
import type { RedirectReason } from '../session/resolve';

type Words = typeof import('../content/fr/notices');
/** The notices' words, once loaded: every later redirect is worded at once. */
let loaded: Words | null = null;

/**
 * Why the page was redirected (`reason`), worded: the words come with their own module, asked for only when
 * there is a reason (most pages never have one, and a page prerendered never does), then kept.
 * @param question the title of the question the replay stopped at, for a rejected answer
 */
export function useRedirectNotice(reason: RedirectReason | undefined, question: string): string | undefined {
  const [words, setWords] = useState(loaded);
  useEffect(() => {
    if (reason && !words) void import('../content/fr/notices').then((m) => setWords((loaded = m)));
  }, [reason, words]);
  return reason && words ? words.redirectNotice(reason, question) : undefined;
}
