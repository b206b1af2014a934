/**
 * Outage episodes of the register, as pure rules that give codes. An episode is when GAMMA 2 was out,
 * as the user gives it: when the outage started, who authorised the backup procedure and when (not before
 * the start), and when GAMMA 2 worked again (not before the start, the authorisation or its documents).
 * One episode is open at a time; its documents print its authorisation.
 */
import { ok, refuse, type Result } from '../lib/result';
import { slack, timeProblem, type TimeProblem } from '../lib/time';
import type { Authorisation, Authoriser, Episode, Register } from './schema';
import { newId } from '../records/log';
import { seriesOf } from './series';

export const openEpisodeOf = (register: Register) => register.episodes.find((e) => e.endedAt === undefined) ?? null;

/** Series heads (prefix and year) compared by year, then by prefix. */
const byYearThenPrefix = (a: string, b: string) => a.slice(-4).localeCompare(b.slice(-4)) || a.localeCompare(b);

/**
 * The documents of an episode in the order of their LRNs, series by series (year, prefix), so that each
 * series reads continuous; an LRN of no series after them, in the order registered. With `null`: the
 * documents whose episode the register does not have (its event unreadable, set aside): listed all the same.
 */
export const documentsOf = (register: Register, episodeId: string | null) =>
  register.documents
    .filter((d) =>
      episodeId === null ? !register.episodes.some((e) => e.id === d.episodeId) : d.episodeId === episodeId,
    )
    .map((d) => ({ d, s: seriesOf(d.lrn) }))
    .toSorted((a, b) =>
      !a.s || !b.s ? Number(!a.s) - Number(!b.s) : byYearThenPrefix(a.s.head, b.s.head) || a.s.n - b.s.n,
    )
    .map(({ d }) => d);

export interface EpisodeInput {
  readonly startedAt: string;
  readonly by: Authoriser | '';
  readonly at: string;
  readonly daReference: string;
}

/** Why an episode's fields are refused, field by field, or why the episode cannot change. */
export type EpisodeProblems = Partial<{
  startedAt: TimeProblem;
  by: 'missing';
  at: TimeProblem | 'beforeStart';
  daReference: 'tooLong';
  endedAt: TimeProblem | 'beforeStart' | 'beforeAuthorisation' | 'beforeDocuments' | 'afterEntry';
  episode: 'alreadyOpen' | 'hasDocuments' | 'unknown' | 'ended';
}>;

function checked(
  input: EpisodeInput,
  now: Date,
): Result<Pick<Episode, 'startedAt' | 'authorisation'>, EpisodeProblems> {
  const problems: EpisodeProblems = {};
  // A clock a few minutes behind the user's watch: a time just ahead of it is taken (as on the incident).
  const start = timeProblem(input.startedAt, slack(now));
  if (start) problems.startedAt = start;
  if (input.by === '') problems.by = 'missing';
  const at = timeProblem(input.at, slack(now));
  if (at) problems.at = at;
  else if (!start && input.at < input.startedAt) problems.at = 'beforeStart';
  const daReference = input.daReference.trim();
  if (daReference.length > 60) problems.daReference = 'tooLong';
  if (Object.keys(problems).length > 0 || input.by === '') return refuse(problems);
  const authorisation: Authorisation = {
    by: input.by,
    at: input.at,
    ...(daReference && input.by !== 'meteo' ? { daReference } : {}),
  };
  return ok({ startedAt: input.startedAt, authorisation });
}

/** Opens an outage episode, authorised as given; only one episode is open at a time. */
export function openEpisode(
  register: Register,
  input: EpisodeInput,
  now: Date,
  id = newId(),
): Result<Register, EpisodeProblems> {
  if (openEpisodeOf(register)) return refuse({ episode: 'alreadyOpen' });
  const fields = checked(input, now);
  if (!fields.ok) return fields;
  const episode: Episode = { id, ...fields.value, recordedAt: now.toISOString() };
  return ok({ ...register, episodes: [...register.episodes, episode] });
}

/**
 * Corrects an episode's start and authorisation, only while none of its documents was drawn up (their
 * printed forms carry them), or when the first register had not recorded the authorisation.
 */
export function correctEpisode(
  register: Register,
  episodeId: string,
  input: EpisodeInput,
  now: Date,
): Result<Register, EpisodeProblems> {
  const episode = register.episodes.find((e) => e.id === episodeId);
  if (!episode) return refuse({ episode: 'unknown' });
  if (episode.authorisation && documentsOf(register, episodeId).length > 0) return refuse({ episode: 'hasDocuments' });
  const fields = checked(input, now);
  if (!fields.ok) return fields;
  if (episode.endedAt && episode.endedAt < fields.value.authorisation!.at) return refuse({ at: 'beforeStart' });
  return ok(changeEpisode(register, episodeId, fields.value));
}

/** The latest time an episode's end must not come before (its start, its authorisation): the form's « now » is not. */
export const episodeEndNotBefore = (episode: Episode): string =>
  [episode.startedAt, episode.authorisation?.at ?? ''].toSorted().at(-1)!;

/** Ends an episode: GAMMA 2 works again (then the documents' data are entered into it at once). */
export function endEpisode(
  register: Register,
  episodeId: string,
  at: string,
  now: Date,
): Result<Register, EpisodeProblems> {
  const episode = register.episodes.find((e) => e.id === episodeId);
  if (!episode) return refuse({ episode: 'unknown' });
  if (episode.endedAt) return refuse({ episode: 'ended' });
  const problem = timeProblem(at, slack(now));
  if (problem) return refuse({ endedAt: problem });
  if (at < episode.startedAt) return refuse({ endedAt: 'beforeStart' });
  if (episode.authorisation && at < episode.authorisation.at) return refuse({ endedAt: 'beforeAuthorisation' });
  if (documentsOf(register, episodeId).some((d) => at.slice(0, 10) < d.date))
    return refuse({ endedAt: 'beforeDocuments' });
  // Its documents are entered in GAMMA 2 once it works again (an end kept of two copies: ./store.ts, choose).
  if (documentsOf(register, episodeId).some((d) => d.entered?.at && d.entered.at < at))
    return refuse({ endedAt: 'afterEntry' });
  return ok(changeEpisode(register, episodeId, { endedAt: at }));
}

/** The register with one episode's fields changed. */
const changeEpisode = (register: Register, id: string, change: Partial<Episode>): Register => ({
  ...register,
  episodes: register.episodes.map((e) => (e.id === id ? { ...e, ...change } : e)),
});
