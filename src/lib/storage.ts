/**
 * Versioned, validated local storage. Whatever is read back is checked against a schema; a value that
 * does not fit is never used nor silently dropped: it is moved aside under `<key>.rejected` (so that it
 * can still be recovered by hand) and the caller gets a clear problem to show.
 */
import * as z from 'zod/mini';

export const STORAGE_PREFIX = 'secours-douane';

export type StoreProblem = 'corrupt' | 'version' | 'unavailable';

export interface StoreRead<T> {
  readonly value: T | null;
  readonly problem: StoreProblem | null;
}

export interface Store<T> {
  readonly key: string;
  read(): StoreRead<T>;
  write(value: T): boolean;
  clear(): void;
  /** The problem the last reads met, if any, once: so that it is shown once, wherever it is read first. */
  takeProblem(): StoreProblem | null;
}

const envelope = z.object({ v: z.number(), data: z.unknown() });

function safeStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

export function createStore<T>(name: string, version: number, schema: z.ZodMiniType<T>): Store<T> {
  const key = `${STORAGE_PREFIX}.${name}`;
  let pending: StoreProblem | null = null;
  const setAside = (storage: Storage, raw: string) => {
    try {
      storage.setItem(`${key}.rejected`, raw);
      storage.removeItem(key);
    } catch {
      /* storage full or blocked: leave the value where it is */
    }
  };
  const read = (): StoreRead<T> => {
    const storage = safeStorage();
    if (!storage) return { value: null, problem: 'unavailable' };
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      return { value: null, problem: 'unavailable' };
    }
    if (raw === null) return { value: null, problem: null };
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      setAside(storage, raw);
      return { value: null, problem: 'corrupt' };
    }
    const outer = envelope.safeParse(json);
    if (!outer.success) {
      setAside(storage, raw);
      return { value: null, problem: 'corrupt' };
    }
    if (outer.data.v !== version) {
      setAside(storage, raw);
      return { value: null, problem: 'version' };
    }
    const inner = schema.safeParse(outer.data.data);
    if (!inner.success) {
      setAside(storage, raw);
      return { value: null, problem: 'corrupt' };
    }
    return { value: inner.data, problem: null };
  };
  return {
    key,
    read() {
      const result = read();
      if (result.problem && result.problem !== 'unavailable') pending = result.problem;
      return result;
    },
    takeProblem() {
      const problem = pending;
      pending = null;
      return problem;
    },
    write(value) {
      const storage = safeStorage();
      if (!storage) return false;
      try {
        storage.setItem(key, JSON.stringify({ v: version, data: value }));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        safeStorage()?.removeItem(key);
      } catch {
        /* nothing to clear */
      }
    },
  };
}

/** French wording of a storage problem, for a notice. `what` names the data: « diagnostic en cours »… */
export function storeProblemMessage(problem: StoreProblem, what: string): string {
  switch (problem) {
    case 'corrupt':
      return `Les données « ${what} » enregistrées dans ce navigateur étaient illisibles : elles ont été mises de côté (rien n'est effacé) et vous repartez de zéro.`;
    case 'version':
      return `Les données « ${what} » enregistrées dans ce navigateur viennent d'une autre version de l'application : elles ont été mises de côté (rien n'est effacé) et vous repartez de zéro.`;
    case 'unavailable':
      return `Le stockage de ce navigateur n'est pas disponible : les données « ${what} » ne seront pas conservées après fermeture.`;
  }
}
