import { useState } from 'react';
import { Link } from 'react-router';
import { useHelpDeskMode } from '../helpDesk/HelpDeskMode';
import { CONFIRM_TEXT } from '../content/fr/confirm';
import { useNavigate } from 'react-router';
import { sessionStore } from '../session/store';
import { ClientOnly } from '../ui/ClientOnly';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { SCREEN_TEXT as T } from './texts';

/**
 * « Recommencer » (and « Imprimer » on outcomes), at the foot of every diagnosis page. « Recommencer » is a
 * link (before the app has taken over the page, it opens the entry question); then it asks first, with the
 * focus on « Annuler », and in help-desk mode the restart is recorded in the call. Printing needs the app,
 * so its button is added once the app is there.
 */
export function PageFooterActions({
  before,
  showRestart,
  showPrint = false,
}: {
  /** The answers before the page (a restart is recorded in a help-desk call only from one of its own pages). */
  before: readonly string[];
  showRestart: boolean;
  showPrint?: boolean;
}) {
  const helpDesk = useHelpDeskMode().enabled;
  const navigate = useNavigate();
  // The diagnosis starts again; in help-desk mode, recorded in the call (its code comes with the panel).
  const restart = async () => {
    if (helpDesk) (await import('../helpDesk/answering')).recordRestart(before);
    sessionStore.clear();
    void navigate('/');
  };
  const [asking, setAsking] = useState(false);
  if (!showRestart && !showPrint) return null;
  return (
    <div className="page-actions no-print">
      {showPrint && (
        <ClientOnly>
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            {T.print}
          </button>
        </ClientOnly>
      )}
      {showRestart && (
        <>
          <Link
            className="button button-secondary"
            to="/"
            onClick={(event) => {
              event.preventDefault();
              setAsking(true);
            }}
          >
            {T.restart}
          </Link>
          {/* Only once asked: a prerendered page holds no control that needs the app. */}
          {asking && (
            <ConfirmDialog
              open={asking}
              title={CONFIRM_TEXT.restart.title}
              confirmLabel={CONFIRM_TEXT.restart.confirm}
              cancelLabel={CONFIRM_TEXT.cancel}
              onCancel={() => setAsking(false)}
              onConfirm={() => {
                setAsking(false);
                void restart();
              }}
            >
              <p>{CONFIRM_TEXT.restart.body}</p>
              {helpDesk && <p>{CONFIRM_TEXT.restart.helpDesk}</p>}
            </ConfirmDialog>
          )}
        </>
      )}
    </div>
  );
}
