import { useMemo, useState } from 'react';
import { contentOf } from '../content/fr';
import { count } from '../content/fr/plural';
import { isOutcomeId } from '../flows/ids';
import { replay } from '../flows/replay';
import { callReference, type Call } from '../helpDesk/calls';
import { useHelpDeskMode } from '../helpDesk/HelpDeskMode';
import { helpDeskModeStore } from '../helpDesk/store';
import {
  CALLS_TEXT,
  callerText,
  callSummary,
  CONFIRM_TEXT,
  durationText,
  searchWords,
  searchText,
  serviceText,
  summaryFileName,
} from '../helpDesk/texts';
import { useCalls } from '../helpDesk/useCalls';
import { useResumeCall } from '../helpDesk/useCallActions';
import { fileStamp, formatDateTime } from '../lib/time';
import { useStore } from '../lib/useStore';
import { nodeHref } from '../session/codec';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { CopyButton, downloadText } from '../ui/CopyButton';
import { Notice } from '../ui/Notice';
import { usePageHeading } from '../ui/usePageHeading';

/** What the history shows of a call, and what the search reads. */
function describe(call: Call, agent: string) {
  const session = replay(call.answers);
  const current = session.current;
  const outcome = isOutcomeId(current) ? contentOf(current).title : CALLS_TEXT.unfinished(contentOf(current).title);
  const shareUrl = `${window.location.origin}${nodeHref(
    current,
    session.path.map((a) => a.value),
  )}`;
  return {
    call,
    reference: callReference(call),
    service: serviceText(session) ?? CALLS_TEXT.noService,
    outcome,
    caller: callerText(call.caller) || CALLS_TEXT.noCaller,
    search: searchText(call, outcome),
    summary: () => callSummary(call, shareUrl, new Date(), agent),
  };
}

/**
 * The call history: every call of help-desk mode in this browser, newest first; each read-only, with its
 * summary to copy, and the way to take it back. Derived from the calls' log; part of « Mes données ».
 */
export default function CallsPage() {
  const ref = usePageHeading(CALLS_TEXT.title);
  const { all, current, rejected } = useCalls();
  const agent = useStore(helpDeskModeStore).value.agent ?? '';
  const resume = useResumeCall();
  const helpDesk = useHelpDeskMode().enabled;
  const [query, setQuery] = useState('');
  const [asking, setAsking] = useState<Call | null>(null);
  const [now] = useState(() => new Date());
  const calls = useMemo(() => all.map((call) => describe(call, agent)).toReversed(), [all, agent]);
  // Every word typed, in any order, in what the search reads; digits also without their spaces.
  const words = searchWords(query);
  const shown = calls.filter((c) => words.every((w) => c.search.includes(w)));
  const take = (call: Call) => {
    if (current && current.id !== call.id) setAsking(call);
    else resume(call);
  };
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {CALLS_TEXT.title}
      </h1>
      {rejected > 0 && <Notice tone="warning">{CALLS_TEXT.rejected(rejected)}</Notice>}
      <p>{CALLS_TEXT.intro}</p>
      {calls.length === 0 ? (
        <p>{CALLS_TEXT.none}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="calls-search">{CALLS_TEXT.search}</label>
            <p className="field-hint" id="calls-search-hint">
              {CALLS_TEXT.searchHint}
            </p>
            <input
              id="calls-search"
              type="search"
              aria-describedby="calls-search-hint"
              autoComplete="off"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <p>
            <output>
              {query.trim() ? CALLS_TEXT.found(shown.length, calls.length) : count(calls.length, CALLS_TEXT.nouns)}
            </output>
          </p>
          <ol className="call-list">
            {shown.map((c) => (
              <li key={c.call.id}>
                <h2 id={`call-${c.call.id}`}>
                  {CALLS_TEXT.heading(formatDateTime(new Date(c.call.startedAt)))}
                  {c.call.endedAt
                    ? ` (${durationText(c.call, now)})`
                    : ` (${c.call.id === current?.id ? CALLS_TEXT.inProgress : CALLS_TEXT.notEnded})`}
                </h2>
                <dl className="call-facts">
                  <dt>{CALLS_TEXT.reference}</dt>
                  <dd>{c.reference}</dd>
                  <dt>{CALLS_TEXT.service}</dt>
                  <dd>{c.service}</dd>
                  <dt>{CALLS_TEXT.outcome}</dt>
                  <dd>{c.outcome}</dd>
                  <dt>{CALLS_TEXT.caller}</dt>
                  <dd>{c.caller}</dd>
                </dl>
                <details>
                  <summary>{CALLS_TEXT.showSummary}</summary>
                  <pre className="text-block">{c.summary()}</pre>
                </details>
                <p className="actions-inline">
                  <CopyButton text={c.summary} label={CALLS_TEXT.copy} describedBy={`call-${c.call.id}`} />{' '}
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-describedby={`call-${c.call.id}`}
                    onClick={() =>
                      downloadText(summaryFileName(c.call, fileStamp(new Date(c.call.startedAt))), c.summary())
                    }
                  >
                    {CALLS_TEXT.download}
                  </button>{' '}
                  {/* Taking a call back replaces the diagnosis in progress: an agent's act, in help-desk mode. */}
                  {helpDesk && c.call.id !== current?.id && (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-describedby={`call-${c.call.id}`}
                      onClick={() => take(c.call)}
                    >
                      {CALLS_TEXT.resume}
                    </button>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={CONFIRM_TEXT.resume.title}
        confirmLabel={CONFIRM_TEXT.resume.confirm}
        cancelLabel={CONFIRM_TEXT.cancel}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          const call = asking;
          setAsking(null);
          if (call) resume(call);
        }}
      >
        <p>{CONFIRM_TEXT.resume.body}</p>
      </ConfirmDialog>
    </>
  );
}
