import { useSyncExternalStore } from 'react';
import type { Log, LogSnapshot, RecordEvent } from './log';

/** A log's current snapshot; other tabs' appends come with the `storage` event. Empty while hydrating. */
export function useLog<E extends RecordEvent>(log: Log<E>): LogSnapshot<E> {
  return useSyncExternalStore(log.subscribe, log.getSnapshot, log.getServerSnapshot);
}
