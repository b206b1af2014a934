import { Link } from 'react-router';
import { sessionStore } from '../session/store';
import { ClientOnly } from '../ui/ClientOnly';

/**
 * « Recommencer » (and « Imprimer » on outcomes), at the foot of every diagnosis page. « Recommencer » is a
 * link (it works before the app has taken over the page); printing needs the app, so its button is added
 * once the app is there.
 */
export function PageFooterActions({ showRestart, showPrint = false }: { showRestart: boolean; showPrint?: boolean }) {
  if (!showRestart && !showPrint) return null;
  return (
    <div className="page-actions no-print">
      {showPrint && (
        <ClientOnly>
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            Imprimer
          </button>
        </ClientOnly>
      )}
      {showRestart && (
        <Link className="button button-secondary" to="/" onClick={() => sessionStore.clear()}>
          Recommencer
        </Link>
      )}
    </div>
  );
}
