import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { AnsweredNode } from '../flows/rules';

/**
 * From `delta.selfTrigger`: opens an incident carrying the diagnosis, and goes to it. The incident code
 * is loaded on click, so that the wizard's first load does not carry it.
 */
export function StartIncident({ path }: { path: readonly AnsweredNode[] }) {
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  return (
    <p className="no-print">
      <button
        type="button"
        className="button"
        onClick={async () => {
          try {
            const { createIncident } = await import('./create');
            navigate(`/incidents/${createIncident(path, new Date())}`);
          } catch {
            setFailed(true);
          }
        }}
      >
        Préparer la demande d'assistance et suivre l'incident
      </button>
      {failed && (
        <span className="error-message" role="alert">
          {' '}
          Impossible d'ouvrir le suivi : rechargez la page et réessayez.
        </span>
      )}
    </p>
  );
}
