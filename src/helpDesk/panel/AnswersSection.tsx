import { answerLabel, contentOf } from '../../content/fr';
import type { ReplayPath } from '../../flows/replay';
import { formatTime } from '../../lib/time';
import { answeredAt, type Call } from '../calls';
import { courseLines, PANEL_TEXT } from '../texts';

/** The caller's answers as they stand, with their times; then the changes and restarts, when each happened. */
export function AnswersSection({ call, session }: { call: Call | null; session: ReplayPath }) {
  const corrections = call ? courseLines(call).filter((_, i) => call.course[i]!.type !== 'answer.given') : [];
  return (
    <section aria-labelledby="help-desk-answers">
      <h3 id="help-desk-answers">{PANEL_TEXT.answers}</h3>
      {session.path.length === 0 ? (
        <p>{PANEL_TEXT.noAnswer}</p>
      ) : (
        <ol className="help-desk-log">
          {session.path.map((a, i) => {
            const at = call && answeredAt(call, i);
            return (
              <li key={a.node}>
                {at && <span className="time">{formatTime(new Date(at))} </span>}
                {contentOf(a.node).title} <strong>{answerLabel(a.node, a.value)}</strong>
              </li>
            );
          })}
        </ol>
      )}
      {corrections.length > 0 && (
        <>
          <h4>{PANEL_TEXT.course}</h4>
          <ul className="help-desk-log">
            {corrections.map((line) => (
              <li key={`${line.at}-${line.text}`}>
                <span className="time">{formatTime(new Date(line.at))} </span>
                {line.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
