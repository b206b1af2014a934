/**
 * What the tests of rules share: their clock, the value of an accepted result (mustAccept), a refusal as a
 * rule gives it (refused), and a register with its episode open (withEpisode) and documents (withDocument),
 * made at that clock: a test that uses them takes TEST_NOW as its own.
 */
import { addDocument, type NewDocument } from '../gamma/documents';
import { openEpisode, type EpisodeInput } from '../gamma/episodes';
import { emptyRegister, type Register } from '../gamma/schema';
import type { Result } from '../lib/result';

/** The tests' clock: 23/11/2026, 11:00 in Paris. */
export const TEST_NOW = new Date('2026-11-23T10:00:00Z');

/** The value of a rule that must accept; a refusal fails the test with its problem. */
export function mustAccept<T, P>(result: Result<T, P>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
}

/** A refusal with this problem, as a rule returns it. */
export const refused = <P>(problem: P) => ({ ok: false, problem }) as const;

/** A register whose episode `e1` is open on 23/11/2026 since 08:00, authorised by the SAU at 08:00. */
export const withEpisode = (episode: Partial<EpisodeInput> = {}, register: Register = emptyRegister): Register =>
  mustAccept(
    openEpisode(
      register,
      { startedAt: '2026-11-23T08:00', by: 'sau', at: '2026-11-23T08:00', daReference: '', ...episode },
      TEST_NOW,
      'e1',
    ),
  );

/** Adds a document; an LRN outside the series is confirmed when `confirm` is set. */
export function withDocument(register: Register, document: NewDocument, confirm = false): Register {
  let result = addDocument(register, document, TEST_NOW);
  if (!result.ok && result.problem.deviation && confirm)
    result = addDocument(register, document, TEST_NOW, result.problem.deviation);
  return mustAccept(result);
}
