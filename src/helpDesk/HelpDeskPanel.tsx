import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { generatePath, Link, useLocation } from 'react-router';
import { contentOf } from '../content/fr';
import { reachableOutcomes } from '../flows/reachable';
import { flowOfReplay } from '../flows/ids';
import { replay } from '../flows/replay';
import { formatDateTime, formatLocalValue, formatTime, isoDay } from '../lib/time';
import { useStore } from '../lib/useStore';
import { PAGE_PATHS } from '../routes';
import { nodeHref, nodeOfPath } from '../session/codec';
import { resolveLocation } from '../session/resolve';
import { sessionStore } from '../session/store';
import { UndoNotice } from '../ui/Confirm';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { endCurrentCall, onCallPath, pathsOf, recordTyped, takeLinkAnswers } from './answering';
import { NOTES_MAX, type CallEventData } from './callLog';
import { callReference, isNewCall, type Call } from './calls';
import { AnswersSection } from './panel/AnswersSection';
import { CallerSection } from './panel/CallerSection';
import { ShareSection } from './panel/ShareSection';
import { SayBlock, StepSection } from './panel/StepSection';
import { useCallTyped } from './panel/useCallTyped';
import { SHORTCUTS } from './shortcuts';
import { CONFIRM_TEXT, PANEL_TEXT } from './texts';
import { useCalls } from './useCalls';
import { useNewCall, useResumeCall } from './useCallActions';
import { useHelpDeskMode } from './HelpDeskMode';
import { useHelpDeskShortcuts } from './useHelpDeskShortcuts';

const NO_ANSWERS: readonly string[] = [];

/**
 * The help-desk panel, beside every page while help-desk mode is on, in the order the agent needs it: on a
 * step, the sentence to read out, the notes (always in view), the facts to note and the keys; the caller's
 * answers and the changes; the outcomes still possible (folded); the caller; the summary and the link;
 * « Nouvel appel », « Fin d'appel ».
 *
 * It shows the call in progress, derived from its log (callLog.ts), and writes only when the agent acts:
 * a page shown, by a link, Back, Forward, a reload or another tab, records nothing. A step whose answers
 * are not the call's (another call's page, or the call's before a change) is read-only, with the way back
 * to the call and the way to take that page's call back.
 *
 * On a wide screen it stays in view while the page scrolls; on a narrow or zoomed one (below 62.5rem) it is
 * a drawer, opened by its button or the A key (styles.css).
 */
export default function HelpDeskPanel() {
  const location = useLocation();
  const { all, current, rejected, writeProblem } = useCalls();
  const saved = useStore(sessionStore).value;
  // The saved diagnosis, kept as a string so that an equal one read again is the same dependency.
  const remembered = saved?.answers.join('-') ?? '';
  const onStep = nodeOfPath(location.pathname) !== null;
  const shown = useMemo(() => {
    if (!onStep) return null;
    const r = resolveLocation(location.pathname, location.search, remembered ? remembered.split('-') : []);
    return r.kind === 'show' ? r : null;
  }, [onStep, location.pathname, location.search, remembered]);

  // The call's own diagnosis: what the caller answered, as it stands.
  const answered = (current?.answers ?? NO_ANSWERS).join('-');
  const session = useMemo(() => replay(answered ? answered.split('-') : []), [answered]);
  const values = session.path.map((a) => a.value);
  const pageValues = shown?.replay.path.map((a) => a.value) ?? NO_ANSWERS;
  const ofCall = shown !== null && onCallPath(values, { index: shown.index, values: pageValues }, pathsOf(current));
  const foreign = shown !== null && !ofCall;
  // The call this page's answers belong to, to take it back.
  const pageCall = foreign
    ? (all.findLast(
        (c) => c.id !== current?.id && onCallPath(c.answers, { index: shown.index, values: pageValues }, pathsOf(c)),
      ) ?? null)
    : null;
  const resolution = ofCall ? shown : null;
  /** On a page not of the call, with no answer in the call yet: the caller's link's answers to take. */
  const takesLink = foreign && !pageCall && values.length === 0;

  const [asking, setAsking] = useState<'newCall' | 'resume' | null>(null);
  const [ended, setEnded] = useState<{ call: Call; at: Date } | null>(null);
  // On a page of another call: that call to take back (the call just ended has its own notice to do so).
  const resumesPage = pageCall !== null && pageCall.id !== (ended && !current ? ended.call.id : null);
  const endedRef = useRef<HTMLDivElement>(null);
  const end = (call: Call | null) => {
    setEnded(call ? { call, at: new Date() } : null);
    // What comes next is said there, with the way to take the call back.
    if (call) requestAnimationFrame(() => endedRef.current?.focus());
  };
  const [open, setOpen] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const newCall = useNewCall();
  const resume = useResumeCall();

  // With no call in progress there is nothing to end: a new call is simply the entry question.
  const inCall = current !== null;
  const askNewCall = useCallback(() => (inCall ? setAsking('newCall') : void newCall()), [inCall, newCall, setAsking]);
  // Where the drawer was opened from: its button, or the page (the A key). Kept until it is closed.
  const opener = useRef<Element | null>(null);
  const togglePanel = useCallback((from?: Element | null) => {
    const toggle = toggleRef.current;
    if (!toggle) return;
    const isOpen = toggle.getAttribute('aria-expanded') === 'true';
    // A drawer only on a narrow or zoomed screen; on a wide one the panel is always there.
    if (!isOpen && !toggle.getClientRects().length) return;
    if (!isOpen) opener.current = from ?? document.activeElement;
    setOpen(!isOpen);
  }, []);
  const { keys } = useHelpDeskMode();
  useHelpDeskShortcuts(keys, asking ? null : resolution, askNewCall, togglePanel);
  const wasOpen = useRef(false);
  // A link of the drawer followed: the drawer closes, and the page it leads to takes the focus.
  const followed = useRef(false);
  useEffect(() => {
    // Opened: the agent is taken to it. Closed: back where it was opened from, the button or the page, where
    // the keys act again.
    if (open) titleRef.current?.focus();
    else if (wasOpen.current && followed.current) followed.current = false;
    else if (wasOpen.current) {
      const from = opener.current;
      const back = from instanceof HTMLElement && from !== document.body ? from : null;
      back?.focus();
      // Gone or hidden (the window widened): its button if it is there; else the page.
      if (back && document.activeElement !== back && toggleRef.current?.getClientRects().length)
        toggleRef.current.focus();
      else if (document.activeElement !== back && document.activeElement instanceof HTMLElement)
        document.activeElement.blur();
    }
    wasOpen.current = open;
  }, [open]);
  useEffect(() => {
    // Escape closes the drawer (a question, when asked, takes Escape for itself).
    if (!open || asking) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, asking]);

  // Where the header ends in the window, for the panel to start under it (styles.css), followed as it scrolls.
  const panelRef = useRef<HTMLElement>(null);
  const callLineRef = useRef<HTMLParagraphElement>(null);
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

  // The step the panel speaks of (its link, its outcomes, its map): the call's; with no call in progress (one
  // just ended), the page shown, whose link is the one to send.
  const about = resolution ?? (current === null ? shown : null);
  const node = about?.node ?? session.current;
  // A new step: the panel shows its top again, where the sentence to read out is.
  const shownNode = useRef(node);
  useEffect(() => {
    if (shownNode.current === node) return;
    shownNode.current = node;
    panelRef.current?.scrollTo?.({ top: 0 });
    // A key answered with the drawer open: the page behind it changed, the focus stays in the drawer.
    if (!open) return;
    const frame = requestAnimationFrame(() => {
      if (!panelRef.current?.contains(document.activeElement)) titleRef.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [node, open]);
  // The drawer, while open on a narrow screen, covers the page: the page is set aside (inert) so that the
  // keyboard stays in the drawer, as in a dialog; so is the drawer's own button, hidden behind it.
  // The window widened (or zoomed back) with the drawer open: the panel is beside the page again, closed.
  useEffect(() => {
    if (!open || !toggleRef.current?.getClientRects().length) return;
    const behind = [
      ...document.querySelectorAll('.skip-link, .site-header, .layout-main, .site-footer, .help-desk-toggle'),
    ];
    for (const el of behind) el.setAttribute('inert', '');
    const onResize = () => {
      if (!toggleRef.current?.getClientRects().length) setOpen(false);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      for (const el of behind) el.removeAttribute('inert');
    };
  }, [open]);
  // The page shown after a call, or with none in progress: the caller gets it as first asked, without the
  // answers given after it (nor those of a diagnosis this browser kept from before).
  const shownOnly = about !== null && (resolution === null || current === null);
  const shareValues = about ? (shownOnly ? about.before : about.replay.path).map((a) => a.value) : values;
  const shareSession = shownOnly ? replay(shareValues) : (about?.replay ?? session);
  const shareUrl = `${window.location.origin}${nodeHref(node, shareValues)}`;
  const flow = flowOfReplay({ current: node, nodes: shareSession.nodes });

  // Kept in view (sticky) on a step of the call; elsewhere it stays in its place, under the notices above it.
  const fields = useFieldsKey(current, all, callLineRef);
  const notes = <NotesField key={`notes-${fields}`} call={current} sticky={resolution !== null} />;

  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="button help-desk-toggle"
        aria-expanded={open}
        aria-controls="help-desk-panel"
        onClick={() => togglePanel(toggleRef.current)}
      >
        {PANEL_TEXT.title} {keys && <kbd>{SHORTCUTS.panel}</kbd>}
      </button>
      <aside
        ref={panelRef}
        id="help-desk-panel"
        className={open ? 'help-desk-panel open' : 'help-desk-panel'}
        aria-labelledby="help-desk-title"
        onClickCapture={(e) => {
          if (!open || !(e.target instanceof Element) || !e.target.closest('a[href^="/"]')) return;
          followed.current = true;
          setOpen(false);
        }}
      >
        <div className="help-desk-head">
          <h2 id="help-desk-title" ref={titleRef} tabIndex={-1}>
            {PANEL_TEXT.title}
          </h2>
          <button
            type="button"
            className="button button-secondary button-small help-desk-close"
            onClick={() => togglePanel()}
          >
            {PANEL_TEXT.close}
          </button>
        </div>
        <p className="help-desk-call" ref={callLineRef} tabIndex={-1}>
          {current
            ? current.openedAt === current.startedAt
              ? PANEL_TEXT.callOf(formatTime(new Date(current.startedAt)), callReference(current))
              : PANEL_TEXT.callResumed(
                  formatTime(new Date(current.openedAt)),
                  formatTime(new Date(current.startedAt)),
                  isoDay(new Date(current.openedAt)) === isoDay(new Date(current.startedAt))
                    ? null
                    : formatLocalValue(isoDay(new Date(current.startedAt))),
                  callReference(current),
                )
            : PANEL_TEXT.noCall}
        </p>
        {writeProblem && <p className="notice notice-warning">{PANEL_TEXT.storage}</p>}
        {rejected > 0 && <p className="notice notice-warning">{PANEL_TEXT.rejected(rejected)}</p>}
        {ended && !current && (
          <div ref={endedRef} tabIndex={-1}>
            <UndoNotice
              undoLabel={PANEL_TEXT.resumeEnded}
              onUndo={() => {
                resume(ended.call);
                setEnded(null);
                // The notice and its button go: the focus to the panel's title (a new page takes it from there).
                titleRef.current?.focus();
              }}
            >
              {PANEL_TEXT.ended(formatTime(ended.at))}
            </UndoNotice>
          </div>
        )}
        {/* The notes stay in one place of the tree whatever the page: a page that becomes the call's step (another
            tab started the call) never mounts them anew under the agent's fingers. */}
        {foreign ? (
          <div className="notice notice-warning">
            <p>{current ? PANEL_TEXT.notThisCall : PANEL_TEXT.noCallHere}</p>
            {/* (Nothing to offer, as right after « Fin d'appel » on its page, whose « Reprendre » is above: no line.) */}
            {(current || takesLink || resumesPage) && (
              <p className="actions-inline">
                {current && (
                  <Link className="tap-link" to={nodeHref(session.current, values)}>
                    {PANEL_TEXT.backToCall}
                  </Link>
                )}
                {takesLink && shown && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-describedby="help-desk-take-link"
                      onClick={() => {
                        takeLinkAnswers(
                          shown.replay.nodes.slice(0, shown.index),
                          shown.before.map((a) => a.value),
                        );
                        // The button goes with its notice: the focus to the panel's title, where the keys act.
                        titleRef.current?.focus();
                      }}
                    >
                      {current ? PANEL_TEXT.takeLink : PANEL_TEXT.takeLinkNew}
                    </button>
                    <span className="field-hint" id="help-desk-take-link">
                      {PANEL_TEXT.takeLinkHint}
                    </span>
                  </>
                )}
                {resumesPage && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => setAsking('resume')}
                    >
                      {PANEL_TEXT.resumeThis}
                    </button>
                  </>
                )}
              </p>
            )}
          </div>
        ) : resolution ? (
          <SayBlock resolution={resolution} />
        ) : (
          <p className="note">
            {PANEL_TEXT.offStep}{' '}
            {session.path.length > 0 && (
              <Link to={nodeHref(session.current, values)}>
                {PANEL_TEXT.backToStep(contentOf(session.current).title)}
              </Link>
            )}
          </p>
        )}
        {foreign && shown && <SayBlock resolution={shown} />}
        {notes}
        {!foreign && resolution && <StepSection resolution={resolution} call={current} fields={fields} />}
        <AnswersSection call={current} session={session} />
        <PossibleOutcomes answers={about && !resolution ? about.before.map((a) => a.value).join('-') : answered} />
        {flow && (
          <p>
            <Link
              className="tap-link"
              to={generatePath(PAGE_PATHS.map, { flow }) + nodeHref(node, shareValues).replace(/^[^?]*/, '')}
            >
              {PANEL_TEXT.map}
            </Link>
          </p>
        )}
        <CallerSection key={`caller-${fields}`} call={current} />
        <ShareSection
          call={current}
          session={shareSession}
          shareUrl={shareUrl}
          leadsTo={about ? 'page' : current ? 'call' : 'start'}
        />
        <p className="actions-inline">
          <button type="button" className="button button-secondary button-small" onClick={askNewCall}>
            {PANEL_TEXT.newCall} {keys && <kbd>{SHORTCUTS.newCall}</kbd>}
          </button>{' '}
          {current && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                // The caller's diagnosis is the call's: the next caller is not offered to resume it.
                sessionStore.clear();
                end(endCurrentCall());
              }}
            >
              {PANEL_TEXT.endCall}
            </button>
          )}{' '}
          <Link className="tap-link" to={PAGE_PATHS.calls}>
            {PANEL_TEXT.history}
          </Link>
        </p>
      </aside>
      <ConfirmDialog
        open={asking === 'newCall'}
        title={CONFIRM_TEXT.newCall.title}
        confirmLabel={CONFIRM_TEXT.newCall.confirm}
        cancelLabel={CONFIRM_TEXT.cancel}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          setAsking(null);
          end(newCall());
        }}
      >
        <p>{CONFIRM_TEXT.newCall.body}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'resume'}
        title={CONFIRM_TEXT.resume.title}
        confirmLabel={CONFIRM_TEXT.resume.confirm}
        cancelLabel={CONFIRM_TEXT.cancel}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          setAsking(null);
          if (pageCall) resume(pageCall);
          // The button it was asked from is gone with its notice: the focus, if lost, to the panel's title.
          requestAnimationFrame(() => {
            if (document.activeElement === document.body) titleRef.current?.focus();
          });
        }}
      >
        <p>{current ? CONFIRM_TEXT.resume.body : CONFIRM_TEXT.resume.bodyNoCall}</p>
      </ConfirmDialog>
    </>
  );
}

/**
 * The key of the call's fields (its notes, the caller, the facts): new for another call, or for none once a
 * call ends, so that they show that call's. Not when a call starts while none was in progress: the agent may
 * be typing its first record in them (a new key would remount them under the agent's fingers, the focus lost
 * and what is typed next taken as shortcuts).
 *
 * A call taken back meanwhile (another tab) is not one they were typed for: they show it anew, and what was
 * typed for a new call stays a draft for the next one (recordTyped). Whenever they are mounted anew under a
 * field being typed in (that call taken back, or the call ended or replaced in another tab), the focus goes
 * to the line that says which call is in progress, in the panel, where no key is a shortcut; a button of the
 * panel that changes the call leaves the focus to what follows it (the page's heading).
 */
function useFieldsKey(call: Call | null, all: readonly Call[], callLine: RefObject<HTMLElement | null>): string {
  const callId = call?.id ?? null;
  const [fields, setFields] = useState({ callId, key: 0, focusWasIn: false });
  useLayoutEffect(() => {
    if (fields.focusWasIn && (document.activeElement ?? document.body) === document.body) callLine.current?.focus();
  }, [fields, callLine]);
  if (fields.callId === callId) return String(fields.key);
  const started =
    fields.callId === null &&
    call !== null &&
    isNewCall(
      call,
      all.flatMap((c) => c.events),
    );
  const key = started ? fields.key : fields.key + 1;
  // Read before the fields are mounted anew (rendering, not yet committed): a field of the panel being typed in.
  const focusWasIn = !started && !!document.activeElement?.matches('#help-desk-panel :is(input, textarea)');
  setFields({ callId, key, focusWasIn });
  return String(key);
}

/** The call's notes, always in view: recorded once typed (one event per pause, not per key). */
function NotesField({ call, sticky }: { call: Call | null; sticky: boolean }) {
  // The notes shown when the agent began typing: what the text is recorded over (not those another tab
  // recorded meanwhile, which it would silently replace).
  const typedOver = useRef<string | null>(null);
  const typed = useCallTyped('notes', call, call?.notes ?? '', (text) => {
    const over = typedOver.current;
    const data: CallEventData = {
      type: 'note.edited',
      text: text.slice(0, NOTES_MAX),
      ...(over !== null ? { over } : {}),
    };
    const recorded = recordTyped([data], call);
    if (recorded) typedOver.current = null;
    return recorded;
  });
  return (
    <div className={sticky ? 'field help-desk-notes' : 'field help-desk-notes help-desk-notes-static'}>
      <label htmlFor="help-desk-notes">{PANEL_TEXT.notes}</label>
      <textarea
        id="help-desk-notes"
        rows={3}
        maxLength={5000}
        value={typed.value}
        onChange={(e) => {
          typedOver.current ??= call?.notesEvent ?? '';
          typed.onChange(e.target.value);
        }}
        onBlur={typed.onBlur}
      />
      {call?.otherNotes.map((other, i) => (
        <div key={`${i}-${other.at}`} className="other-notes">
          <p className="note">{PANEL_TEXT.otherNotesAt(formatDateTime(new Date(other.at)))}</p>
          <p className="notes-print">{other.text.trim()}</p>
          <p className="hint">{PANEL_TEXT.otherNotesHint}</p>
        </div>
      ))}
    </div>
  );
}

/** The outcomes the call's answers still lead to: a count, unfolded on demand. */
function PossibleOutcomes({ answers }: { answers: string }) {
  const possible = useMemo(() => reachableOutcomes(replay(answers ? answers.split('-') : []).snapshot), [answers]);
  return (
    <details className="help-desk-possible">
      <summary>
        <h3 className="summary-title">{PANEL_TEXT.possible(possible.length)}</h3>
      </summary>
      <ul>
        {possible.map((o) => (
          <li key={o}>{contentOf(o).title}</li>
        ))}
      </ul>
    </details>
  );
}
