import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { resolveHref, type Shown } from '../session/resolve';
import { sessionStore } from '../session/store';
import { isKey, shortcutTarget } from './shortcuts';

const TEXT_ENTRY =
  'input:not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit]), textarea, select, [contenteditable]';

/**
 * The help-desk keys, while help-desk mode is on: 1–9 answer the question shown, R goes back (both on a
 * step of the diagnosis), N asks to start a new call and A opens or closes the panel's drawer (anywhere).
 * Keys typed in a field are text.
 *
 * A key acts on the step the URL names now. navigate() changes the URL at once but the screen only once
 * React has rendered it (navigation is a transition), so two quick keys (« 3 », « 3 ») must not both read
 * the screen still shown: the steps the keys went to are kept until they are on screen.
 */
export function useHelpDeskShortcuts(resolution: Shown | null, onNewCall: () => void, onPanel: () => void) {
  const navigate = useNavigate();
  const location = useLocation();
  const url = location.pathname + location.search;
  const pendingRef = useRef<string[]>([]);

  useEffect(() => {
    const pending = pendingRef.current;
    // Reached one of them: only the later ones are still to come. Anywhere else: a link or the browser's
    // Back button took over, and the keys act on what is shown.
    const reached = pending.indexOf(url);
    pendingRef.current = reached === -1 ? [] : pending.slice(reached + 1);
  }, [url]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest(TEXT_ENTRY)) return;
      // A question asked in a dialog takes the keys for itself.
      if (document.querySelector('dialog[open]')) return;
      if (isKey('newCall', event.key) || isKey('panel', event.key)) {
        event.preventDefault();
        (isKey('newCall', event.key) ? onNewCall : onPanel)();
        return;
      }
      const pending = pendingRef.current;
      const last = pending.at(-1);
      const at = last === undefined ? resolution : resolveHref(last, sessionStore.getSnapshot().value?.answers);
      if (at === null) return;
      const to = shortcutTarget(at, event.key);
      if (to === null) return;
      event.preventDefault();
      pendingRef.current = [...pending, to];
      navigate(to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, resolution, onNewCall, onPanel]);
}
