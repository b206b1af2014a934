import { useSyncExternalStore } from 'react';
import type { Store, StoreSnapshot } from './createStore';

/**
 * A store's current snapshot. Every component and every tab sees the same value: writes in this tab notify
 * every reader, and the `storage` event brings other tabs' changes. While hydrating prerendered HTML, the
 * server snapshot (empty) is used, then the stored value.
 */
export function useStore<S = StoreSnapshot<unknown>>(
  store: Pick<Store<unknown>, 'subscribe'> & { getSnapshot(): S; getServerSnapshot(): S },
): S {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}
