/**
 * What a rule gives: the new value, or why it refused, as a code (the texts word it). One shape for every
 * rule of the app; a store applies a rule and writes nothing when it refuses (createStore's `apply`).
 */
export type Result<T, P> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: P };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const refuse = <P>(problem: P): Result<never, P> => ({ ok: false, problem });
