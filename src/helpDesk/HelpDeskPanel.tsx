import { useCallback, useEffect, useMemo, useState } from 'react';
import { generatePath, Link, useLocation, useNavigate } from 'react-router';
import { answerLabel, contentOf } from '../content/fr';
import { ASK } from '../content/fr/callTexts';
import { answersOf, flowOf, isOutcomeId } from '../flows/ids';
import { reachableOutcomes } from '../flows/reachable';
import { replay } from '../flows/replay';
import { eoriProblem, normalisePhone, phoneProblem, type FieldProblem } from '../incident/profile';
import { fieldProblemText } from '../incident/texts';
import { fileStamp, formatTime } from '../lib/time';
import { useStore } from '../lib/useStore';
import { nodeHref, nodeOfPath } from '../session/codec';
import { resolveLocation, type Shown } from '../session/resolve';
import { useStartOver } from '../session/startOver';
import { sessionStore, type SavedSession } from '../session/store';
import { ConfirmAction, UndoNotice } from '../ui/Confirm';
import { CopyButton, downloadText } from '../ui/CopyButton';
import { answeredAt, isEmptyCall, logPath } from './call';
import { callArchiveStore, callStore, NO_CALL, type Call } from './store';
import { callSummary } from './texts';
import { useHelpDeskShortcuts } from './useHelpDeskShortcuts';
import { PAGE_PATHS } from '../routes';

/**
 * The help-desk panel, beside every page while help-desk mode is on: on a step of the diagnosis, what to
 * ask and the shortcuts; everywhere, the caller's answers with their times, the outcomes still possible,
 * the caller and the notes, the call summary, and « Nouvel appel » (asked first; the call is archived and
 * can be taken back).
 */
export default function HelpDeskPanel() {
  const location = useLocation();
  const navigate = useNavigate();
  const startOver = useStartOver();
  const saved = useStore(sessionStore).value;
  const call = useStore(callStore).value;
  const remembered = saved?.answers.join('-') ?? '';
  const onStep = nodeOfPath(location.pathname) !== null;
  const resolution = useMemo(() => {
    if (!onStep) return null;
    const r = resolveLocation(location.pathname, location.search, remembered ? remembered.split('-') : []);
    return r.kind === 'show' ? r : null;
  }, [onStep, location.pathname, location.search, remembered]);
  // Off the diagnosis (incident, register, map…), the call's diagnosis is the one saved in this browser.
  const session = useMemo(
    () => resolution?.replay ?? replay(remembered ? remembered.split('-') : []),
    [resolution, remembered],
  );
  const before = resolution?.before ?? session.path;
  const [confirming, setConfirming] = useState(false);
  const [archived, setArchived] = useState<{ call: Call; session: SavedSession | null } | null>(null);

  // Every answer that reaches a new step is logged with its time.
  useEffect(() => {
    callStore.update((c) => logPath(c, before, new Date()));
  }, [before]);

  const askNewCall = useCallback(() => setConfirming(true), []);
  useHelpDeskShortcuts(confirming ? null : resolution, askNewCall);

  const newCall = () => {
    const previous = { call: callStore.getSnapshot().value, session: sessionStore.getSnapshot().value };
    if (!isEmptyCall(previous.call)) callArchiveStore.update((all) => [...all, previous.call]);
    callStore.write(NO_CALL);
    setArchived(previous);
    startOver();
  };
  const takeBack = () => {
    if (!archived) return;
    callArchiveStore.update((all) => all.filter((c) => JSON.stringify(c) !== JSON.stringify(archived.call)));
    callStore.write(archived.call);
    if (archived.session) {
      sessionStore.write(archived.session);
      const back = replay(archived.session.answers);
      navigate(
        nodeHref(
          back.current,
          back.path.map((a) => a.value),
        ),
      );
    }
    setArchived(null);
  };

  const node = resolution?.node ?? session.current;
  const values = session.path.map((a) => a.value);
  const shareUrl = `${window.location.origin}${nodeHref(node, values)}`;
  const flow = flowOf(node) ?? flowOf(session.nodes[1] ?? 'start');
  const summary = () => callSummary(call, session, shareUrl, new Date());

  return (
    <aside className="help-desk-panel" aria-labelledby="help-desk-title">
      <h2 id="help-desk-title">Mode assistance</h2>
      {archived && (
        <UndoNotice undoLabel="Reprendre l’appel précédent" onUndo={takeBack}>
          Nouvel appel commencé. L’appel précédent est archivé.
        </UndoNotice>
      )}
      {resolution ? (
        <StepSection resolution={resolution} />
      ) : (
        <p className="note">
          Hors du diagnostic. {session.path.length > 0 ? 'Diagnostic de l’appel : ' : ''}
          {session.path.length > 0 && (
            <Link to={nodeHref(session.current, values)}>revenir à l’étape « {contentOf(session.current).title} »</Link>
          )}
        </p>
      )}
      <section aria-labelledby="help-desk-answers">
        <h3 id="help-desk-answers">Réponses de l’appelant</h3>
        {before.length === 0 ? (
          <p>Aucune pour l’instant.</p>
        ) : (
          <ol className="help-desk-log">
            {before.map((a) => {
              const at = answeredAt(call, a.node, a.value);
              return (
                <li key={a.node}>
                  {at && <span className="time">{formatTime(new Date(at))} </span>}
                  {contentOf(a.node).title} <strong>{answerLabel(a.node, a.value)}</strong>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <PossibleOutcomes before={before} />
      {flow && (
        <p>
          <Link to={generatePath(PAGE_PATHS.map, { flow }) + nodeHref(node, values).replace(/^[^?]*/, '')}>
            Voir le parcours sur la carte
          </Link>
        </p>
      )}
      <CallerSection call={call} />
      <section aria-labelledby="help-desk-share">
        <h3 id="help-desk-share">Résumé et partage</h3>
        <p>
          <CopyButton text={summary} label="Copier le résumé d’appel" />
        </p>
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => downloadText(`appel-${fileStamp(new Date(call.startedAt || Date.now()))}.txt`, summary())}
          >
            Télécharger le résumé
          </button>
        </p>
        <p className="field-hint">
          Lien vers cette étape, à transmettre à l’appelant (il ne contient que les réponses) :
        </p>
        <p className="share-url">
          <code>{shareUrl}</code>
        </p>
        <p>
          <CopyButton text={shareUrl} label="Copier le lien" />
        </p>
        <ConfirmAction
          label="Nouvel appel"
          question="Commencer un nouvel appel ?"
          confirmLabel="Oui, nouvel appel"
          className="button button-secondary button-small"
          open={confirming}
          onOpenChange={setConfirming}
          focus="confirm"
          onConfirm={newCall}
        >
          <p>L’appel en cours (réponses, appelant, notes) est archivé : vous pourrez le reprendre.</p>
        </ConfirmAction>
      </section>
    </aside>
  );
}

/** On a step: what to ask, and the keys that answer it. */
function StepSection({ resolution }: { resolution: Shown }) {
  const { node } = resolution;
  const content = contentOf(node);
  const labels = content.answers as Record<string, string>;
  const previous = resolution.replay.nodes[resolution.index - 1];
  return (
    <>
      {!isOutcomeId(node) && (
        <p className="help-desk-ask">
          <strong>À demander :</strong> {ASK[node]}
        </p>
      )}
      <section aria-labelledby="help-desk-keys">
        <h3 id="help-desk-keys">Raccourcis clavier</h3>
        <ul className="keys">
          {answersOf(node).map((value, i) => (
            <li key={value}>
              <kbd>{i + 1}</kbd> {labels[value]}
            </li>
          ))}
          {previous && (
            <li>
              <kbd>R</kbd> retour à la question précédente
            </li>
          )}
          <li>
            <kbd>N</kbd> nouvel appel (après confirmation)
          </li>
        </ul>
      </section>
    </>
  );
}

function PossibleOutcomes({ before }: { before: ReturnType<typeof replay>['path'] }) {
  const here = useMemo(() => replay(before.map((a) => a.value)).snapshot, [before]);
  const possible = useMemo(() => reachableOutcomes(here), [here]);
  return (
    <section aria-labelledby="help-desk-possible">
      <h3 id="help-desk-possible">Issues encore possibles</h3>
      <ul>
        {possible.map((o) => (
          <li key={o}>{contentOf(o).title}</li>
        ))}
      </ul>
    </section>
  );
}

const worded = (field: 'phone' | 'eori', problem: FieldProblem | null) =>
  problem ? fieldProblemText(field, problem) : null;

const setCaller = (field: keyof Call['caller'], value: string) =>
  callStore.update((c) => ({ ...c, caller: { ...c.caller, [field]: value } }));

/** The caller's references: the phone and the EORI are checked and formatted as in the operator profile. */
function CallerSection({ call }: { call: Call }) {
  const [touched, setTouched] = useState<Partial<Record<keyof Call['caller'], boolean>>>({});
  const problems: Partial<Record<keyof Call['caller'], string | null>> = {
    phone: worded('phone', call.caller.phone.trim() && touched.phone ? phoneProblem(call.caller.phone) : null),
    eori: worded('eori', call.caller.eori.trim() && touched.eori ? eoriProblem(call.caller.eori) : null),
  };
  const fields = [
    ['name', 'Nom', 'name', 120],
    ['company', 'Entreprise', 'organization', 120],
    ['eori', 'Numéro EORI', 'off', 20],
    ['phone', 'Téléphone', 'tel', 30],
  ] as const;
  return (
    <section aria-labelledby="help-desk-caller">
      <h3 id="help-desk-caller">Appelant (facultatif)</h3>
      {fields.map(([field, label, autoComplete, max]) => {
        const error = problems[field];
        return (
          <div className={error ? 'field field-error' : 'field'} key={field}>
            <label htmlFor={`caller-${field}`}>{label}</label>
            {error && (
              <p className="error-message" id={`caller-${field}-error`}>
                <span className="visually-hidden">Erreur : </span>
                {error}
              </p>
            )}
            <input
              id={`caller-${field}`}
              type={field === 'phone' ? 'tel' : 'text'}
              autoComplete={autoComplete}
              maxLength={max}
              value={call.caller[field]}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `caller-${field}-error` : undefined}
              onChange={(e) => setCaller(field, e.target.value)}
              onBlur={() => {
                setTouched((t) => ({ ...t, [field]: true }));
                // A valid French number is shown as on the incident page: 01 23 45 67 89.
                const formatted = field === 'phone' ? normalisePhone(call.caller.phone) : null;
                if (formatted && formatted !== call.caller.phone) setCaller('phone', formatted);
              }}
            />
          </div>
        );
      })}
      <div className="field">
        <label htmlFor="help-desk-notes">Notes d’appel</label>
        <textarea
          id="help-desk-notes"
          maxLength={5000}
          value={call.notes}
          onChange={(e) => {
            const notes = e.target.value;
            callStore.update((c) => ({ ...c, notes }));
          }}
        />
      </div>
    </section>
  );
}
