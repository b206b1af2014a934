import { useState } from 'react';
import { Link } from 'react-router';
import { retryUnsaved } from '../lib/storage';
import { useFocusOnChange } from '../ui/useFocusOnChange';
import { readProblemMessage, STORAGE_BANNER as T, writeProblemMessage } from '../content/fr/storageMessages';
import type { StoreProblem } from '../backup/useStoreProblems';
import { PAGE_PATHS } from '../routes';

/** Stores whose pages already say when their data could not be read. */
const SHOWN_ON_THEIR_PAGE = new Set(['incident-log', 'register-log', 'session']);

/**
 * Every storage failure, on every page, with the way out: save the data to a file, print the page, try
 * again once space is freed. A change that could not be stored stays on screen (in memory), and is tried
 * again when anything else is written, when the page is hidden or left, and from here (../lib/storage.ts,
 * retryUnsaved).
 */
export default function StorageStatus({ problems }: { problems: readonly StoreProblem[] }) {
  /** Tries that failed: each said again where the focus goes. */
  const [failed, setFailed] = useState(0);
  const said = useFocusOnChange<HTMLParagraphElement>(failed ? String(failed) : null);
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
  const unwritten = problems.some((p) => p.write === 'full' || p.write === 'unavailable');
  const unsaved = unwritten || problems.some((p) => p.read === 'unavailable');
  return (
    <section className="storage-status no-print" role="alert" aria-label={T.label}>
      <div className="container">
        {unique.map((m) => (
          <p key={m}>{m}</p>
        ))}
        {unsaved && <p>{T.unsaved}</p>}
        {unwritten && <p>{T.retryHint}</p>}
        {failed > 0 && (
          <p ref={said} tabIndex={-1}>
            {T.retryFailed}
          </p>
        )}
        <p>
          <button
            type="button"
            className="button button-small"
            onClick={() => void import('../backup/download').then((m) => m.downloadBackup())}
          >
            {T.save}
          </button>
          {unwritten && (
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => {
                // Saved: the banner goes, and the focus to the page.
                if (retryUnsaved()) document.getElementById('main')?.focus();
                else setFailed((n) => n + 1);
              }}
            >
              {T.retry}
            </button>
          )}
          <button type="button" className="button button-small button-secondary" onClick={() => window.print()}>
            {T.print}
          </button>
          <Link to={PAGE_PATHS.data}>{T.data}</Link>
        </p>
      </div>
    </section>
  );
}
