/** Every key of the app in local storage starts with this (see storage.ts). */
export const STORAGE_PREFIX = 'secours-douane';

/** The local-storage key of the store named `name`. */
export const storageKey = (name: string) => `${STORAGE_PREFIX}.${name}`;
