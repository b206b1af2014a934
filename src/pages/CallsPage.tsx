import { useMemo, useState } from 'react';
import { contentOf, FLOW_NAMES } from '../content/fr';
import { count } from '../content/fr/plural';
import { readProblemMessage } from '../content/fr/storageMessages';
import { flowOfReplay, isOutcomeId } from '../flows/ids';
import { replay } from '../flows/replay';
import { callAnswers } from '../helpDesk/call';
import { callerText, callSummary } from '../helpDesk/texts';
import { callArchiveStore, type Call } from '../helpDesk/store';
import { useHelpDeskMode } from '../helpDesk/HelpDeskMode';
import { useResumeCall } from '../helpDesk/useCallActions';
import { formatDateTime } from '../lib/time';
import { useStore } from '../lib/useStore';
import { nodeHref } from '../session/codec';
import { CopyButton } from '../ui/CopyButton';
import { Notice } from '../ui/Notice';
import { usePageHeading } from '../ui/usePageHeading';

/** What the history shows of a call, and what the search reads. */
function describe(call: Call) {
  const session = replay(callAnswers(call));
  const current = session.current;
  const flow = flowOfReplay(session);
  const outcome = isOutcomeId(current)
    ? contentOf(current).title
    : `Diagnostic non terminé (à la question « ${contentOf(current).title} »)`;
  const values = session.path.map((a) => a.value);
  const shareUrl = `${window.location.origin}${nodeHref(current, values)}`;
  const start = new Date(call.startedAt || call.endedAt || 0);
  const minutes = call.endedAt ? Math.round((new Date(call.endedAt).getTime() - start.getTime()) / 60_000) : null;
  return {
    start,
    duration:
      minutes === null
        ? null
        : minutes < 1
          ? 'moins d’une minute'
          : count(minutes, { one: 'minute', other: 'minutes' }),
    flow: flow ? FLOW_NAMES[flow] : 'Service non indiqué',
    outcome,
    caller: callerText(call.caller) || 'Appelant non indiqué',
    summary: () => callSummary(call, session, shareUrl, new Date()),
  };
}

/** Letters without accents nor case, for the search: « societe » finds « Société ». */
const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The call history: the calls archived by « Nouvel appel » in this browser, newest first; each read-only,
 * with its summary to copy, and the way to take it back. Part of « Mes données » (backup and restore).
 */
export default function CallsPage() {
  const ref = usePageHeading('Historique des appels');
  const archive = useStore(callArchiveStore);
  const resume = useResumeCall();
  const helpDesk = useHelpDeskMode().enabled;
  const [query, setQuery] = useState('');
  const calls = useMemo(() => archive.value.map((call) => ({ call, ...describe(call) })).toReversed(), [archive.value]);
  // Every word typed, in any order, in the caller, the service or the outcome.
  const words = folded(query).split(/\s+/).filter(Boolean);
  const shown = calls.filter((c) => {
    const text = folded(`${c.caller} ${c.flow} ${c.outcome}`);
    return words.every((w) => text.includes(w));
  });
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        Historique des appels
      </h1>
      {archive.problem && <Notice tone="warning">{readProblemMessage(archive.problem, callArchiveStore.name)}</Notice>}
      <p>
        Les appels archivés par « Nouvel appel » en mode assistance, dans ce navigateur seulement. Ils font partie de la
        sauvegarde de « Mes données ».
      </p>
      {calls.length === 0 ? (
        <p>Aucun appel archivé pour l’instant.</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="calls-search">Rechercher un appel</label>
            <p className="field-hint" id="calls-search-hint">
              Par le nom, l’entreprise, l’EORI, le téléphone ou le courriel de l’appelant, par le service ou par
              l’issue.
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
              {query.trim()
                ? `${count(shown.length, { one: 'appel trouvé', other: 'appels trouvés' })} sur ${calls.length}`
                : count(calls.length, { one: 'appel archivé', other: 'appels archivés' })}
            </output>
          </p>
          <ol className="call-list">
            {shown.map((c, n) => (
              <li key={`${c.call.startedAt}-${c.call.endedAt}`}>
                <h2 id={`call-${n}`}>
                  Appel du {formatDateTime(c.start)}
                  {c.duration && ` (${c.duration})`}
                </h2>
                <dl className="call-facts">
                  <dt>Service</dt>
                  <dd>{c.flow}</dd>
                  <dt>Issue</dt>
                  <dd>{c.outcome}</dd>
                  <dt>Appelant</dt>
                  <dd>{c.caller}</dd>
                </dl>
                <details>
                  <summary>Voir le résumé d’appel</summary>
                  <pre className="text-block">{c.summary()}</pre>
                </details>
                <p className="actions-inline">
                  <CopyButton text={c.summary} label="Copier le résumé d’appel" describedBy={`call-${n}`} />{' '}
                  {/* Taking a call back replaces the diagnosis in progress: an agent's act, in help-desk mode. */}
                  {helpDesk && (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-describedby={`call-${n}`}
                      onClick={() => resume(c.call)}
                    >
                      Reprendre cet appel
                    </button>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
