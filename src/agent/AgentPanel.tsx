import { useEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { answerLabel, contentOf } from '../content/fr';
import { answersOf, flowOf, isOutcomeId } from '../flows/ids';
import { reachableOutcomes } from '../flows/reachable';
import { replay } from '../flows/replay';
import { formatTime } from '../lib/time';
import { useStore } from '../lib/useStore';
import { nodeHref } from '../session/codec';
import { resolveHref, type Resolution } from '../session/resolve';
import { sessionStore } from '../session/storage';
import { CopyButton, downloadText } from '../ui/CopyButton';
import { answeredAt, callStore, callSummary, logPath, newCall, type Call } from './call';
import { shortcutTarget } from './shortcuts';

type Shown = Extract<Resolution, { kind: 'show' }>;

const TEXT_ENTRY =
  'input:not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit]), textarea, select, [contenteditable]';

/** The help-desk view beside the current step: what to ask, the answers with times, what is still possible. */
export default function AgentPanel({ resolution }: { resolution: Shown }) {
  const navigate = useNavigate();
  const call = useStore(callStore);
  const { node } = resolution;
  const values = resolution.replay.path.map((a) => a.value);
  const before = resolution.before;
  const here = useMemo(() => replay(before.map((a) => a.value)).snapshot, [before]);
  const possible = useMemo(() => reachableOutcomes(here), [here]);
  const answers = answersOf(node);
  const previous = resolution.replay.nodes[resolution.index - 1];
  const shareUrl = `${window.location.origin}${nodeHref(node, values)}`;
  const content = contentOf(node);
  const update = callStore.update;

  // Every answer that reaches a new step is logged with its time.
  useEffect(() => {
    update((c) => logPath(c, before, new Date()));
  }, [before, update]);

  // A shortcut acts on the step the URL names now. navigate() changes the URL at once but the screen only
  // once React has rendered it (navigation is a transition), so two quick keys (« 3 », « 3 ») must not both
  // read the screen still shown: the steps shortcuts went to are kept until they are on screen.
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
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest(TEXT_ENTRY)) return;
      const pending = pendingRef.current;
      const last = pending.at(-1);
      const at = last === undefined ? resolution : resolveHref(last, sessionStore.getSnapshot().value?.answers);
      if (at === null) return;
      const to = shortcutTarget(at, event.key);
      if (to === null) return;
      event.preventDefault();
      if (to === '/') sessionStore.clear();
      pendingRef.current = [...pending, to];
      navigate(to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, resolution]);

  const setCaller = (field: keyof Call['caller']) => (e: { target: { value: string } }) =>
    update((c) => ({ ...c, caller: { ...c.caller, [field]: e.target.value } }));
  const flow = flowOf(node) ?? flowOf(resolution.replay.nodes[1] ?? 'start');
  const labels = content.answers as Record<string, string>;

  return (
    <aside className="agent-panel" aria-labelledby="agent-title">
      <h2 id="agent-title">Mode assistance</h2>
      {!isOutcomeId(node) && 'ask' in content && (
        <p className="agent-ask">
          <strong>À demander :</strong> {content.ask}
        </p>
      )}
      <section aria-labelledby="agent-keys">
        <h3 id="agent-keys">Raccourcis clavier</h3>
        <ul className="keys">
          {answers.map((value, i) => (
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
            <kbd>N</kbd> nouveau diagnostic (recommencer)
          </li>
        </ul>
      </section>
      <section aria-labelledby="agent-answers">
        <h3 id="agent-answers">Réponses de l’appelant</h3>
        {before.length === 0 ? (
          <p>Aucune pour l’instant.</p>
        ) : (
          <ol className="agent-log">
            {before.map((a) => {
              const at = answeredAt(call.value, a.node, a.value);
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
      <section aria-labelledby="agent-possible">
        <h3 id="agent-possible">Issues encore possibles</h3>
        <ul>
          {possible.map((o) => (
            <li key={o}>{contentOf(o).title}</li>
          ))}
        </ul>
        {flow && (
          <p>
            <Link to={`/carte/${flow}${nodeHref(node, values).replace(/^[^?]*/, '')}`}>
              Voir le parcours sur la carte
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="agent-caller">
        <h3 id="agent-caller">Appelant (facultatif)</h3>
        {(
          [
            ['name', 'Nom'],
            ['company', 'Entreprise'],
            ['eori', 'Numéro EORI'],
            ['phone', 'Téléphone'],
          ] as const
        ).map(([field, label]) => (
          <div className="field" key={field}>
            <label htmlFor={`caller-${field}`}>{label}</label>
            <input
              id={`caller-${field}`}
              type="text"
              maxLength={field === 'eori' ? 20 : 120}
              value={call.value.caller[field]}
              onChange={setCaller(field)}
            />
          </div>
        ))}
        <div className="field">
          <label htmlFor="agent-notes">Notes d’appel</label>
          <textarea
            id="agent-notes"
            maxLength={5000}
            value={call.value.notes}
            onChange={(e) => update((c) => ({ ...c, notes: e.target.value }))}
          />
        </div>
      </section>
      <section aria-labelledby="agent-share">
        <h3 id="agent-share">Résumé et partage</h3>
        <p>
          <CopyButton
            text={() => callSummary(call.value, resolution.replay, shareUrl, new Date())}
            label="Copier le résumé d’appel"
          />
        </p>
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() =>
              downloadText(
                `appel-${call.value.startedAt.slice(0, 16).replace(/[:T]/g, '-')}.txt`,
                callSummary(call.value, resolution.replay, shareUrl, new Date()),
              )
            }
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
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              update(() => newCall(new Date()));
              sessionStore.clear();
              navigate('/');
            }}
          >
            Nouvel appel
          </button>
        </p>
      </section>
    </aside>
  );
}
