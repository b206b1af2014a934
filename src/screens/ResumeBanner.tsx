import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { contentOf } from '../content/fr';
import { replay } from '../flows/replay';
import { useStore } from '../lib/useStore';
import { nodeHref } from '../session/codec';
import { sessionStore } from '../session/store';
import { SCREEN_TEXT as T } from './texts';

const StoreReadNotice = lazy(() => import('./StoreReadNotice'));

/**
 * On the entry page: offers to resume the diagnosis saved in this browser, or says why it could not be.
 * Loaded only when there is one. A diagnosis that already led to an incident (`led`) is not in progress:
 * its incident is offered instead, or, closed, nothing.
 */
export default function ResumeBanner({ led }: { led?: (answers: readonly string[]) => boolean }) {
  const saved = useStore(sessionStore);
  if (saved.problem && saved.problem !== 'unavailable') {
    return (
      <Suspense fallback={null}>
        <StoreReadNotice problem={saved.problem} name={sessionStore.name} />
      </Suspense>
    );
  }
  if (!saved.value || saved.value.answers.length === 0) return null;
  const result = replay(saved.value.answers);
  const values = result.path.map((a) => a.value);
  if (values.length === 0 || led?.(values)) return null;
  const savedNode = saved.value.node;
  const node = result.nodes.find((n) => n === savedNode) ?? result.current;
  return (
    <section className="resume" aria-label={T.resumeLabel}>
      <p>{T.resumeText(contentOf(node).title)}</p>
      <p className="resume-actions">
        <Link className="button" to={nodeHref(node, values)}>
          {T.resume}
        </Link>{' '}
        <button type="button" className="button button-secondary" onClick={() => sessionStore.clear()}>
          {T.dismiss}
        </button>
      </p>
    </section>
  );
}
