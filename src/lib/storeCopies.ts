/**
 * The copies a store or a log keeps aside: unreadable values (`<key>.rejected`). Read by « Mes données » and
 * the backup file; apart from the store so that the first load does not carry them.
 */
import { keepCopy, storage, type Store } from './createStore';

/** The raw values kept in the JSON list stored under `key` (set-aside values). */
export function copiesAt(key: string): string[] {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return [];
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [raw];
  } catch {
    return [];
  }
}

/** Adds raw values to the list under `key`, once each. False if the storage refused. */
export function keepCopies(key: string, raws: readonly string[]): boolean {
  const s = storage();
  if (!s) return false;
  for (const raw of raws) keepCopy(s, key, raw);
  return raws.every((raw) => copiesAt(key).includes(raw));
}

/** The values set aside for a store as unreadable (raw strings, oldest first). */
export const rejectedValues = (store: Pick<Store<unknown>, 'key'>) => copiesAt(`${store.key}.rejected`);
