/** A promise that carries its state, as React's use() reads it: once settled, use() no longer suspends. */
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/** Marks a promise with its state (React's use() then reads it without suspending once it has settled). */
function track<T>(promise: Promise<T>): Tracked<T> {
  const tracked = promise as Tracked<T>;
  tracked.status = 'pending';
  promise.then(
    (value) => {
      tracked.status = 'fulfilled';
      tracked.value = value;
    },
    (reason: unknown) => {
      tracked.status = 'rejected';
      tracked.reason = reason;
    },
  );
  return tracked;
}

/**
 * A module loaded on demand, once, for React's use(): `load()` starts it (or returns the load under way or
 * done), `loaded()` gives it once it is there. A load that failed (offline before the app was stored) is
 * tried again on the next call, instead of failing for the rest of the visit.
 */
export function loader<T>(load: () => Promise<T>): { load: () => Promise<T>; loaded: () => T | undefined } {
  let pending: Tracked<T> | null = null;
  return {
    load() {
      if (pending) return pending;
      const loading = track(load());
      loading.catch(() => {
        if (pending === loading) pending = null;
      });
      return (pending = loading);
    },
    loaded: () => (pending?.status === 'fulfilled' ? pending.value : undefined),
  };
}
