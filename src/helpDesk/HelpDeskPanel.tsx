import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { generatePath, Link, useLocation } from 'react-router';
import { contentOf } from '../content/fr';
import { reachableOutcomes } from '../flows/reachable';
import { flowOfReplay } from '../flows/ids';
import { replay, type ReplayPath } from '../flows/replay';
import { equal } from '../lib/equal';
import { useStore } from '../lib/useStore';
import { PAGE_PATHS } from '../routes';
import { nodeHref, nodeOfPath } from '../session/codec';
import { resolveLocation } from '../session/resolve';
import { sessionStore } from '../session/store';
import { UndoNotice } from '../ui/Confirm';
import { callAnswers, logPath } from './call';
import { AnswersSection } from './panel/AnswersSection';
import { CallerSection } from './panel/CallerSection';
import { NewCallDialog } from './panel/NewCallDialog';
import { ShareSection } from './panel/ShareSection';
import { StepSection } from './panel/StepSection';
import { SHORTCUTS } from './shortcuts';
import { callArchiveStore, callStore, createCall, type Call } from './store';
import { RETURN_TO_CALL, usePageCall } from './usePageCall';
import { useNewCall, useResumeCall } from './useCallActions';
import { useHelpDeskShortcuts } from './useHelpDeskShortcuts';

/**
 * The help-desk panel, beside every page while help-desk mode is on, in the order the agent needs it: on a
 * step, the sentence to read out, the notes (always in view), the facts to note and the keys; the caller's
 * answers and the changes; the outcomes still possible (folded); the caller; the summary and the link; « Nouvel appel ».
 *
 * On a wide screen it stays in view while the page scrolls; on a narrow or zoomed one (below 62.5rem) it is
 * a drawer, opened by its button or the A key (styles.css).
 */
export default function HelpDeskPanel() {
  const location = useLocation();
  const saved = useStore(sessionStore).value;
  const call = useStore(callStore).value;
  // The saved diagnosis, kept as a string so that an equal one read again is the same dependency.
  const remembered = saved?.answers.join('-') ?? '';
  const diagnosis = useMemo(() => (remembered ? remembered.split('-') : []), [remembered]);
  const onStep = nodeOfPath(location.pathname) !== null;
  const shown = useMemo(() => {
    if (!onStep) return null;
    const r = resolveLocation(location.pathname, location.search, diagnosis);
    return r.kind === 'show' ? r : null;
  }, [onStep, location.pathname, location.search, diagnosis]);
  const shownBefore = useMemo(() => shown?.before.map((a) => a.value) ?? null, [shown]);

  // A call saved before calls had an id is given one, for its pages to be told from another call's.
  useEffect(() => {
    if (call.id === undefined) callStore.update((c) => (c.id === undefined ? { ...c, id: createCall().id } : c));
  }, [call.id]);
  // A step of another call (the browser's Back button after « Nouvel appel »): shown, never logged.
  const pageCall = usePageCall(call.id, shownBefore);
  const archivedPage = shown !== null && call.id !== undefined && pageCall !== null && pageCall !== call.id;
  const resolution = archivedPage ? null : shown;

  // The call's own diagnosis: what the caller answered, as it stands.
  const answered = callAnswers(call).join('-');
  const callSession = useMemo(() => replay(answered ? answered.split('-') : []), [answered]);
  const session = resolution?.replay ?? callSession;
  const before = resolution?.before ?? callSession.path;

  // Every answer that reaches a new step of this call is logged with its time; a changed one, as a change.
  useEffect(() => {
    if (!resolution) return;
    const answers = resolution.replay.path.map((a) => a.value);
    callStore.update((c) => logPath(c, resolution.before, new Date(), answers));
  }, [resolution]);

  const [asking, setAsking] = useState(false);
  const [archived, setArchived] = useState<Call | null>(null);
  // The call the undo offers, while the history still holds it as it was archived.
  const archive = useStore(callArchiveStore).value;
  const undoable = archived && archive.some((c) => equal(c, archived)) ? archived : null;
  // On an archived call's page: that call, to take it back.
  const pageArchive = archivedPage ? (archive.find((c) => c.id === pageCall) ?? null) : null;
  // A new form for each call: what was touched or folded for one caller is not for the next.
  const [callKey, setCallKey] = useState(0);
  const [open, setOpen] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const newCall = useNewCall();
  const resume = useResumeCall();

  const askNewCall = useCallback(() => setAsking(true), []);
  const togglePanel = useCallback(() => setOpen((o) => !o), []);
  useHelpDeskShortcuts(asking ? null : resolution, askNewCall, togglePanel);
  const wasOpen = useRef(false);
  useEffect(() => {
    // Opened: the agent is taken to it. Closed: back to its button (on a wide screen, the panel stays).
    if (open) titleRef.current?.focus();
    else if (wasOpen.current && toggleRef.current?.getClientRects().length) toggleRef.current.focus();
    wasOpen.current = open;
  }, [open]);
  useEffect(() => {
    // Escape closes the drawer (the new-call question, when asked, takes Escape for itself).
    if (!open || asking) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, asking]);

  // Where the header ends in the window, for the panel to start under it (styles.css), followed as it scrolls.
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const header = document.querySelector('.site-header');
    const panel = panelRef.current;
    if (!header || !panel) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      panel.style.setProperty('--header-bottom', `${Math.max(0, header.getBoundingClientRect().bottom)}px`);
    };
    const later = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    place();
    window.addEventListener('scroll', later, { passive: true });
    window.addEventListener('resize', later);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', later);
      window.removeEventListener('resize', later);
    };
  }, []);

  const node = resolution?.node ?? session.current;
  // A new step: the panel shows its top again, where the sentence to read out is.
  const shownNode = useRef(node);
  useEffect(() => {
    if (shownNode.current === node) return;
    shownNode.current = node;
    panelRef.current?.scrollTo?.({ top: 0 });
  }, [node]);
  // The drawer, while open on a narrow screen, covers the page: the page is set aside (inert) so that the
  // keyboard stays in the drawer, as in a dialog.
  useEffect(() => {
    if (!open || !toggleRef.current?.getClientRects().length) return;
    const behind = [...document.querySelectorAll('.skip-link, .site-header, .layout-main, .site-footer')];
    for (const el of behind) el.setAttribute('inert', '');
    return () => {
      for (const el of behind) el.removeAttribute('inert');
    };
  }, [open]);
  const values = session.path.map((a) => a.value);
  const shareUrl = `${window.location.origin}${nodeHref(node, values)}`;
  const flow = flowOfReplay({ current: node, nodes: session.nodes });

  // The call's notes, always in view: right under the sentence to read out.
  const notes = (
    <div className="field help-desk-notes">
      <label htmlFor="help-desk-notes">Notes d’appel</label>
      <textarea
        id="help-desk-notes"
        rows={3}
        maxLength={5000}
        value={call.notes}
        onChange={(e) => {
          const text = e.target.value;
          callStore.update((c) => ({ ...c, startedAt: c.startedAt || new Date().toISOString(), notes: text }));
        }}
      />
    </div>
  );

  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="button help-desk-toggle"
        aria-expanded={open}
        aria-controls="help-desk-panel"
        onClick={togglePanel}
      >
        Mode assistance <kbd>{SHORTCUTS.panel}</kbd>
      </button>
      <aside
        ref={panelRef}
        id="help-desk-panel"
        className={open ? 'help-desk-panel open' : 'help-desk-panel'}
        aria-labelledby="help-desk-title"
      >
        <div className="help-desk-head">
          <h2 id="help-desk-title" ref={titleRef} tabIndex={-1}>
            Mode assistance
          </h2>
          <button type="button" className="button button-secondary button-small help-desk-close" onClick={togglePanel}>
            Fermer
          </button>
        </div>
        {undoable && (
          <UndoNotice
            undoLabel="Reprendre l’appel précédent"
            onUndo={() => {
              resume(undoable);
              setArchived(null);
              setCallKey((k) => k + 1);
            }}
          >
            Nouvel appel commencé. L’appel précédent est archivé dans l’historique des appels.
          </UndoNotice>
        )}
        {archivedPage ? (
          <>
            <div className="notice notice-warning">
              <p>
                Cette page est celle d’un appel archivé : ce qui y est répondu n’est pas noté dans l’appel en cours.
              </p>
              <p className="actions-inline">
                <Link to={nodeHref(callSession.current, values)} state={RETURN_TO_CALL}>
                  Revenir à l’appel en cours
                </Link>
                {pageArchive && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => {
                        resume(pageArchive);
                        setCallKey((k) => k + 1);
                      }}
                    >
                      Reprendre cet appel
                    </button>
                  </>
                )}
              </p>
            </div>
            {notes}
          </>
        ) : resolution ? (
          <StepSection resolution={resolution}>{notes}</StepSection>
        ) : (
          <>
            <p className="note">
              Hors du diagnostic.{' '}
              {session.path.length > 0 && (
                <Link to={nodeHref(session.current, values)}>
                  Revenir à l’étape « {contentOf(session.current).title} »
                </Link>
              )}
            </p>
            {notes}
          </>
        )}
        <AnswersSection call={call} path={callSession.path} />
        <PossibleOutcomes before={before} />
        {flow && (
          <p>
            <Link to={generatePath(PAGE_PATHS.map, { flow }) + nodeHref(node, values).replace(/^[^?]*/, '')}>
              Voir le parcours sur la carte
            </Link>
          </p>
        )}
        <CallerSection key={callKey} call={call} />
        <ShareSection call={call} session={session} shareUrl={shareUrl} />
        <p className="actions-inline">
          <button type="button" className="button button-secondary button-small" onClick={askNewCall}>
            Nouvel appel <kbd>{SHORTCUTS.newCall}</kbd>
          </button>{' '}
          <Link to={PAGE_PATHS.calls}>Historique des appels</Link>
        </p>
      </aside>
      <NewCallDialog
        open={asking}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          setArchived(newCall());
          setCallKey((k) => k + 1);
        }}
      />
    </>
  );
}

/** The outcomes the answers so far still lead to: a count, unfolded on demand. */
function PossibleOutcomes({ before }: { before: ReplayPath['path'] }) {
  const here = useMemo(() => replay(before.map((a) => a.value)).snapshot, [before]);
  const possible = useMemo(() => reachableOutcomes(here), [here]);
  return (
    <details className="help-desk-possible">
      <summary>
        <h3 className="summary-title">Issues encore possibles ({possible.length})</h3>
      </summary>
      <ul>
        {possible.map((o) => (
          <li key={o}>{contentOf(o).title}</li>
        ))}
      </ul>
    </details>
  );
}
