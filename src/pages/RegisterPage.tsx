import { Link, useLocation } from 'react-router';
import { replay } from '../flows/replay';
import { answerAt } from '../flows/rules';
import { GAMMA_OBLIGATIONS } from '../content/fr/gammaObligations';
import { nodeHref, parseSessionSearch } from '../session/codec';
import { usePageHeading } from '../ui/usePageHeading';
import { EpisodePanel } from '../gamma/EpisodePanel';
import { RegisterPanel } from '../gamma/RegisterPanel';

/**
 * The LRN register on its own page, reachable from the navigation at any time, and printable. Opened from
 * the `gamma.backup` outcome, the URL carries the diagnosis: the episode takes the authorisation it found.
 */
export default function RegisterPage() {
  const ref = usePageHeading('Registre LRN des documents de secours GAMMA 2');
  const parsed = parseSessionSearch(useLocation().search);
  const diagnosis = replay(parsed.ok ? parsed.values : []);
  const byAlert = diagnosis.current === 'gamma.backup' && answerAt(diagnosis.path, 'gamma.weather') === 'yes';
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        Registre LRN des documents de secours GAMMA 2
      </h1>
      <p className="no-print">
        Pour savoir si la procédure de secours est autorisée,{' '}
        <Link to={nodeHref('gamma.access', ['gamma'])}>faites le diagnostic GAMMA 2</Link>.
      </p>
      <details className="no-print">
        <summary>Rappel des quatre obligations</summary>
        <ol className="steps">
          {GAMMA_OBLIGATIONS.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ol>
      </details>
      <EpisodePanel authorisedBy={byAlert ? 'meteo' : null} />
      <RegisterPanel />
      <p className="no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          Imprimer le registre
        </button>
      </p>
    </>
  );
}
