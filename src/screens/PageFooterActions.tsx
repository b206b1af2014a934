import { useStartOver } from '../session/startOver';

/** « Recommencer » (and « Imprimer » on outcomes), at the foot of every diagnosis page. */
export function PageFooterActions({ showRestart, showPrint = false }: { showRestart: boolean; showPrint?: boolean }) {
  const startOver = useStartOver();
  if (!showRestart && !showPrint) return null;
  return (
    <div className="page-actions no-print">
      {showPrint && (
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          Imprimer
        </button>
      )}
      {showRestart && (
        <button type="button" className="button button-secondary" onClick={startOver}>
          Recommencer
        </button>
      )}
    </div>
  );
}
