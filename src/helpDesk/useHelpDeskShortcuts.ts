import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { answersOf } from '../flows/ids';
import { nodeHref } from '../session/codec';
import { resolveHref, type Shown } from '../session/resolve';
import { sessionStore } from '../session/store';
import { answerStep } from './answerStep';
import { replayEarlyKeys } from './earlyKeys';
import { digitOf, isKey, isTyping, keysMayAct } from './shortcuts';

/**
 * The help-desk keys, while help-desk mode is on: 1–9 answer the question shown and R goes back (on a step
 * of the call in progress: `resolution`, null elsewhere), N asks to start a new call and A opens or closes
 * the panel's drawer, unless the agent turned them off (`on`). The answers, R and N act only with the focus on the page's body or its question; A
 * anywhere but in a field (shortcuts.ts).
 *
 * navigate() changes the URL at once but the screen only once React has rendered it (navigation is a
 * transition), so two quick keys (« 3 », « 3 ») must not both act on the screen still shown: the steps the
 * keys went to are kept until they are on screen, each with the time it was reached.
 */
export function useHelpDeskShortcuts(
  on: boolean,
  resolution: Shown | null,
  onNewCall: () => void,
  onPanel: () => void,
) {
  const navigate = useNavigate();
  const location = useLocation();
  const pendingRef = useRef<{ href: string; at: string }[]>([]);
  // When the page shown was shown: a key answers it only if the call did not change since (answering.ts).
  const [mountedAt] = useState(() => new Date().toISOString());
  const shownAtRef = useRef(mountedAt);

  useEffect(() => {
    shownAtRef.current = new Date().toISOString();
    const pending = pendingRef.current;
    // Reached one of them: only the later ones are still to come. Anywhere else: a link or the browser's
    // Back button took over, and the keys act on what is shown.
    const reached = pending.findIndex((p) => p.href === location.pathname + location.search);
    pendingRef.current = reached === -1 ? [] : pending.slice(reached + 1);
  }, [location]);

  useEffect(() => {
    // Turned off by the agent (/assistance): no single key acts (WCAG 2.1.4).
    if (!on) return;
    const onKey = (event: KeyboardEvent) => {
      // A key held down repeats: it answers once, never the questions after.
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || event.repeat) return;
      if (document.querySelector('dialog[open]')) return;
      // A opens and closes the drawer from anywhere but a field: from the page, its button or the drawer.
      if (isKey('panel', event.key) && !isTyping(event.target)) {
        event.preventDefault();
        onPanel();
        return;
      }
      if (!keysMayAct(event.target)) return;
      if (isKey('newCall', event.key)) {
        event.preventDefault();
        onNewCall();
        return;
      }
      const pending = pendingRef.current;
      const last = pending.at(-1);
      const at = last === undefined ? resolution : resolveHref(last.href, sessionStore.getSnapshot().value?.answers);
      if (at === null) return;
      const shownAt = last?.at ?? shownAtRef.current;
      const answers = answersOf(at.node);
      const digit = digitOf(event);
      let to: string;
      if (digit >= 1 && digit <= answers.length) {
        const step = answerStep(true, at, answers[digit - 1]!, shownAt);
        if ('problem' in step) return;
        event.preventDefault();
        if (step.replace) {
          pendingRef.current = [];
          void navigate(step.to, { state: step.state, replace: true });
          return;
        }
        to = step.to;
      } else if (isKey('back', event.key) && at.index > 0) {
        event.preventDefault();
        to = nodeHref(
          at.replay.nodes[at.index - 1]!,
          at.replay.path.map((a) => a.value),
        );
      } else return;
      pendingRef.current = [...pending, { href: to, at: new Date().toISOString() }];
      void navigate(to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on, navigate, resolution, onNewCall, onPanel]);
  // Listening now (the effect above ran first): the keys pressed while the panel was loading act.
  useEffect(replayEarlyKeys, []);
}
