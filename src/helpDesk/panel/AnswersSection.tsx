import { answerLabel, contentOf } from '../../content/fr';
import type { NodeId } from '../../flows/ids';
import type { ReplayPath } from '../../flows/replay';
import { formatTime } from '../../lib/time';
import { answeredAt, changesOf } from '../call';
import type { Call } from '../store';
import { changeText } from '../texts';

/** The caller's answers with their times, then the answers changed during the call (old, new, when). */
export function AnswersSection({ call, path }: { call: Call; path: ReplayPath['path'] }) {
  const changes = changesOf(call);
  return (
    <section aria-labelledby="help-desk-answers">
      <h3 id="help-desk-answers">Réponses de l’appelant</h3>
      {path.length === 0 ? (
        <p>Aucune pour l’instant.</p>
      ) : (
        <ol className="help-desk-log">
          {path.map((a) => {
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
      {changes.length > 0 && (
        <>
          <h4>Réponses modifiées</h4>
          <ul className="help-desk-log">
            {changes.map((e) => (
              <li key={`${e.node}-${e.at}-${e.value}`}>
                <span className="time">{formatTime(new Date(e.at))} </span>
                {changeText(e.node as NodeId, e.previous!, e.value)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
