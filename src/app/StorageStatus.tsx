import { Link } from 'react-router';
import { readProblemMessage, writeProblemMessage } from '../content/fr/storageMessages';
import type { StoreProblem } from '../backup/useStoreProblems';
import { PAGE_PATHS } from '../routes';
import { APP_TEXT } from './texts';

const T = APP_TEXT.storage;

/** Stores whose pages already say when their data could not be read. */
const SHOWN_ON_THEIR_PAGE = new Set(['incident-log', 'register-log', 'session']);

/**
 * Every storage failure, on every page, with the way out: save the data to a file, print the page. A
 * change that could not be stored stays on screen (in memory) until the page is closed.
 */
export default function StorageStatus({ problems }: { problems: readonly StoreProblem[] }) {
  const messages = [
    ...problems.flatMap((p) => (p.write ? [writeProblemMessage(p.write, p.name)] : [])),
    ...problems.flatMap((p) =>
      p.read && (p.read === 'unavailable' || !SHOWN_ON_THEIR_PAGE.has(p.name))
        ? [readProblemMessage(p.read, p.name)]
        : [],
    ),
  ];
  const unique = [...new Set(messages)];
  if (unique.length === 0) return null;
  const unsaved = problems.some((p) => p.write === 'full' || p.write === 'unavailable' || p.read === 'unavailable');
  return (
    <section className="storage-status no-print" role="alert" aria-label={T.label}>
      <div className="container">
        {unique.map((m) => (
          <p key={m}>{m}</p>
        ))}
        {unsaved && <p>{T.unsaved}</p>}
        <p>
          <button
            type="button"
            className="button button-small"
            onClick={() => void import('../backup/download').then((m) => m.downloadBackup())}
          >
            {T.save}
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => window.print()}>
            {T.print}
          </button>
          <Link to={PAGE_PATHS.data}>{T.data}</Link>
        </p>
      </div>
    </section>
  );
}
