import { Link } from 'react-router';
import { usePageHeading } from '../ui/usePageHeading';
import { GAMMA_OBLIGATIONS } from '../content/fr/gammaObligations';
import { RegisterPanel } from './RegisterPanel';

/** The LRN register on its own page, reachable from the navigation at any time. */
export default function RegisterPage() {
  const ref = usePageHeading('Registre LRN des documents de secours GAMMA 2');
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        Registre LRN des documents de secours GAMMA 2
      </h1>
      <p>
        Pour savoir si la procédure de secours est autorisée,{' '}
        <Link to="/gamma/access?v=1&r=gamma">faites le diagnostic GAMMA 2</Link>.
      </p>
      <details>
        <summary>Rappel des quatre obligations</summary>
        <ol className="steps">
          {GAMMA_OBLIGATIONS.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ol>
      </details>
      <RegisterPanel />
    </>
  );
}
