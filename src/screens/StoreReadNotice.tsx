import { readProblemMessage } from '../content/fr/storageMessages';
import type { ReadProblem } from '../lib/storage';
import { Notice } from '../ui/Notice';

/** Why a store's data could not be read, loaded only when that happens. */
export default function StoreReadNotice({ problem, name }: { problem: ReadProblem; name: string }) {
  return <Notice tone="warning">{readProblemMessage(problem, name)}</Notice>;
}
