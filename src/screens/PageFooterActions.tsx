import { useNavigate } from 'react-router';
import { sessionStore } from '../session/storage';

/** « Recommencer » (and « Imprimer » on outcomes), at the foot of every diagnosis page. */
export function PageFooterActions({ showRestart, showPrint = false }: { showRestart: boolean; showPrint?: boolean }) {
  const navigate = useNavigate();
  if (!showRestart && !showPrint) return null;
  return (
    <div className="page-actions no-print">
      {showPrint && (
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          Imprimer
        </button>
      )}
      {showRestart && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            sessionStore.clear();
            navigate('/');
          }}
        >
          Recommencer
        </button>
      )}
    </div>
  );
}
