import { Link } from 'react-router';
import { usePageHeading } from '../ui/usePageHeading';

export default function NotFoundPage() {
  const ref = usePageHeading('Page introuvable');
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        Page introuvable
      </h1>
      <p>Cette adresse ne correspond à aucune page de l’application.</p>
      <p>
        <Link to="/">Commencer un diagnostic</Link>
      </p>
    </>
  );
}
