import { Link } from 'react-router';
import { usePageHeading } from '../ui/usePageHeading';
import { PAGE_TEXT } from './texts';

const T = PAGE_TEXT.notFound;

export default function NotFoundPage() {
  const ref = usePageHeading(T.title);
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {T.title}
      </h1>
      <p>{T.text}</p>
      <p>
        <Link to="/">{T.start}</Link>
      </p>
    </>
  );
}
