import type { ChangeResult } from '../useIncident';

/**
 * The message to show where a change was made: the rule it broke, or a refused write. A full or blocked
 * storage is not repeated here: the change stays on screen and the storage banner says what to do.
 */
export function changeMessage<P>(result: ChangeResult<P>, word: (problem: P) => string): string | null {
  if (result.ok) return null;
  if ('problem' in result) return word(result.problem);
  return result.storage === 'invalid'
    ? 'Cette modification n’a pas été enregistrée : elle ne respecte pas le format attendu. Rien d’autre n’a changé.'
    : null;
}
