/**
 * The register derived from its events (./log.ts), and the events a rule's change makes. The rules
 * (./documents.ts, ./episodes.ts, ./series.ts) still say what may be done to a register; what they did is
 * appended as events, and the register shown is always the reduction of the log. What a union of two copies
 * makes inconsistent — one LRN drawn up twice, two episodes open at once — is reported as a conflict for the
 * user, never resolved silently: the first document of an LRN stays in the register, the other is shown.
 */
import {
  emptyOperator,
  type Operator,
  MILESTONES,
  REGISTER_VERSION,
  registerMigrations,
  registerSchema,
  type BackupDocument,
  type Episode,
  type Register,
} from './schema';
import type { RegisterEvent, RegisterEventData } from './log';

export type RegisterConflict =
  /**
   * Two documents drawn up with one LRN (two tabs, a backup restored): the second is not in the register,
   * until it is voided (settled) or drawn up anew with the next LRN of its series.
   */
  | {
      readonly kind: 'lrnTwice';
      readonly lrn: string;
      /** The second document, with what was recorded for it; its `document.added` event. */
      readonly other: BackupDocument;
      readonly id: string;
      readonly at: string;
    }
  /** Two outage episodes open at once: the first is the one documents go to. */
  | { readonly kind: 'episodesOpen'; readonly episodes: readonly string[] }
  /**
   * The operator or the prefix set in two copies, each over what it had (a backup restored into a browser
   * that set its own): the one set first is shown, the other with it, and no document is drawn up until the
   * user sets one (./documents.ts).
   */
  | { readonly kind: 'operatorTwice'; readonly other: Operator; readonly at: string }
  | { readonly kind: 'prefixTwice'; readonly other: string; readonly at: string };

/** The value two copies set differently, that must be chosen before a document is drawn up; null if none. */
export function unsettledOf(conflicts: readonly RegisterConflict[]) {
  const operator = conflicts.some((c) => c.kind === 'operatorTwice');
  const prefix = conflicts.some((c) => c.kind === 'prefixTwice');
  return operator && prefix ? 'both' : operator ? 'operator' : prefix ? 'prefix' : null;
}

/** The events the register shown stands on: what a value set replaces, and each document's own event. */
export interface RegisterHeads {
  readonly operator: readonly string[];
  readonly prefix: readonly string[];
  /** By LRN, the `document.added` event of the document in the register. */
  readonly documents: ReadonlyMap<string, string>;
}

export interface ReducedRegister {
  readonly register: Register;
  readonly conflicts: readonly RegisterConflict[];
  /** The second documents of an LRN drawn up twice, voided since (settled): on record, with their reason. */
  readonly settled: readonly Extract<RegisterConflict, { kind: 'lrnTwice' }>[];
  readonly heads: RegisterHeads;
}

/**
 * What the other events name (an episode, a document) is read first, in order: an event of the same
 * millisecond (another tab, a fast machine) may sort before the one it follows.
 */
const first = (e: RegisterEvent) => e.type === 'episode.opened' || e.type === 'document.added';

type ValueSet = Extract<RegisterEvent, { type: 'operator.set' | 'prefix.set' }>;

/**
 * The sets of a value that no other replaces, in the log's order: one, or several set in two copies each
 * over what it had. Each names the sets it replaces; one of a build of before names none and replaces the
 * sets of before made earlier. The same whatever the order of the copies, or their clocks.
 */
function unreplaced<E extends ValueSet>(sets: readonly E[]): E[] {
  const replaced = new Set(sets.flatMap((e) => e.replaces ?? []));
  const before = sets.filter((e) => e.replaces === undefined);
  return sets.filter((e) => !replaced.has(e.id) && (e.replaces !== undefined || e === before.at(-1)));
}

/**
 * The sets a value shown comes from: the set it replaced first (the one shown when it was set), and so on
 * back; a set of before, the one of before made earlier.
 */
function lineage<E extends ValueSet>(sets: readonly E[], shown: E | undefined): Set<E> {
  const byId = new Map(sets.map((e) => [e.id, e]));
  const before = sets.filter((e) => e.replaces === undefined);
  const line = new Set<E>();
  for (let e = shown; e && !line.has(e);) {
    line.add(e);
    e = e.replaces === undefined ? before[before.indexOf(e) - 1] : byId.get(e.replaces[0] ?? '');
  }
  return line;
}

/** The register an event log describes, in the log's order (time, then id), and its conflicts. */
export function reduceRegister(events: readonly RegisterEvent[]): ReducedRegister {
  const episodes: Episode[] = [];
  const documents: BackupDocument[] = [];
  const documentIds = new Map<string, string>();
  const twice: Extract<RegisterConflict, { kind: 'lrnTwice' }>[] = [];
  const operators: Extract<ValueSet, { type: 'operator.set' }>[] = [];
  const prefixes: Extract<ValueSet, { type: 'prefix.set' }>[] = [];
  const episodeAt = (id: string) => episodes.findIndex((e) => e.id === id);
  /**
   * The document an event is about: the one of the register, or the second drawn up with its LRN (an event
   * of before names none: the register's).
   */
  const onDocument = (e: { lrn: string; document?: string }, change: (d: BackupDocument) => BackupDocument) => {
    if (e.document === undefined || e.document === documentIds.get(e.lrn)) {
      const i = documents.findIndex((d) => d.lrn === e.lrn);
      if (i >= 0) documents[i] = change(documents[i]!);
      return;
    }
    const j = twice.findIndex((c) => c.id === e.document);
    if (j >= 0) twice[j] = { ...twice[j]!, other: change(twice[j]!.other) };
  };
  for (const e of [...events.filter(first), ...events.filter((x) => !first(x))]) {
    switch (e.type) {
      case 'operator.set':
        operators.push(e);
        break;
      case 'prefix.set':
        prefixes.push(e);
        break;
      case 'episode.opened':
        if (episodeAt(e.episode.id) < 0) episodes.push(e.episode);
        break;
      case 'episode.corrected': {
        const i = episodeAt(e.episode);
        if (i >= 0) episodes[i] = { ...episodes[i]!, startedAt: e.startedAt, authorisation: e.authorisation };
        break;
      }
      case 'episode.ended': {
        const i = episodeAt(e.episode);
        if (i >= 0) episodes[i] = { ...episodes[i]!, endedAt: e.endedAt };
        break;
      }
      case 'document.added':
        if (documentIds.has(e.document.lrn))
          twice.push({ kind: 'lrnTwice', lrn: e.document.lrn, other: e.document, id: e.id, at: e.at });
        else {
          documents.push(e.document);
          documentIds.set(e.document.lrn, e.id);
        }
        break;
      case 'milestone.recorded':
        onDocument(e, (d) => ({ ...d, [e.milestone]: e.value }));
        break;
      case 'document.voided':
        onDocument(e, (d) => (d.voided ? d : { ...d, voided: { reason: e.reason, at: e.at } }));
        break;
    }
  }
  // A second document of an LRN voided (drawn up anew, or never established): settled.
  const settled = twice.filter((c) => c.other.voided);
  const conflicts: RegisterConflict[] = twice.filter((c) => !settled.includes(c));
  const open = episodes.filter((e) => e.endedAt === undefined);
  if (open.length > 1) conflicts.push({ kind: 'episodesOpen', episodes: open.map((e) => e.id) });
  // The operator and the prefix: the first set of those no other replaces; the others, conflicts.
  const operatorHeads = unreplaced(operators);
  const prefixHeads = unreplaced(prefixes);
  const [operator, ...otherOperators] = operatorHeads;
  const [prefix, ...otherPrefixes] = prefixHeads;
  for (const o of otherOperators)
    if (!same(o.operator, operator!.operator)) conflicts.push({ kind: 'operatorTwice', other: o.operator, at: o.at });
  for (const p of otherPrefixes)
    if (p.prefix !== prefix!.prefix) conflicts.push({ kind: 'prefixTwice', other: p.prefix, at: p.at });
  // The changes of series the prefix shown comes through, each once (both copies may have made one).
  const line = lineage(prefixes, prefix);
  const prefixChanges = prefixes
    .flatMap((p) => (p.change && line.has(p) ? [p.change] : []))
    .filter((c, n, all) => all.findIndex((d) => d.from === c.from && d.to === c.to && same(d.years, c.years)) === n);
  return {
    register: {
      operator: operator?.operator ?? emptyOperator,
      prefix: prefix?.prefix ?? '',
      prefixChanges,
      episodes,
      documents,
    },
    conflicts,
    settled,
    heads: {
      operator: operatorHeads.map((e) => e.id),
      prefix: prefixHeads.map((e) => e.id),
      documents: documentIds,
    },
  };
}

/**
 * The events a change made, named after what they stand on (`heads`): a value set replaces every set of it
 * the register shown stands on (so that one set over a conflict resolves it), and a milestone or a void
 * names its document's own event. In the order made: an event names one made before it in the same change.
 */
export function linkEvents(events: readonly RegisterEvent[], heads: RegisterHeads): RegisterEvent[] {
  let operator = heads.operator;
  let prefix = heads.prefix;
  const documents = new Map(heads.documents);
  return events.map((e) => {
    switch (e.type) {
      case 'operator.set': {
        const linked = { ...e, replaces: [...operator] };
        operator = [e.id];
        return linked;
      }
      case 'prefix.set': {
        const linked = { ...e, replaces: [...prefix] };
        prefix = [e.id];
        return linked;
      }
      case 'document.added':
        documents.set(e.document.lrn, e.id);
        return e;
      case 'milestone.recorded':
      case 'document.voided':
        // Named already: the second document of an LRN drawn up twice (./store.ts, settleTwice).
        return { ...e, document: e.document ?? documents.get(e.lrn) };
      default:
        return e;
    }
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The events that take the register `before` to `after`, as a rule changed it (nothing is ever removed). */
export function registerEventsFor(before: Register, after: Register): RegisterEventData[] {
  const events: RegisterEventData[] = [];
  if (!same(before.operator, after.operator)) events.push({ type: 'operator.set', operator: after.operator });
  // Each confirmed change of series is an event of its own; then the prefix, when it is not the last change's.
  let prefix = before.prefix;
  for (const change of after.prefixChanges.slice(before.prefixChanges.length)) {
    events.push({ type: 'prefix.set', prefix: change.to, change });
    prefix = change.to;
  }
  if (prefix !== after.prefix) events.push({ type: 'prefix.set', prefix: after.prefix });
  for (const e of after.episodes) {
    const b = before.episodes.find((x) => x.id === e.id);
    if (!b) events.push({ type: 'episode.opened', episode: e });
    else {
      if (b.startedAt !== e.startedAt || !same(b.authorisation, e.authorisation))
        events.push({
          type: 'episode.corrected',
          episode: e.id,
          startedAt: e.startedAt,
          authorisation: e.authorisation,
        });
      if (e.endedAt !== undefined && b.endedAt !== e.endedAt)
        events.push({ type: 'episode.ended', episode: e.id, endedAt: e.endedAt });
    }
  }
  for (const d of after.documents) {
    const b = before.documents.find((x) => x.lrn === d.lrn);
    if (!b) {
      events.push({ type: 'document.added', document: d });
      continue;
    }
    for (const m of MILESTONES) {
      const value = d[m];
      if (value && !same(b[m], value)) events.push({ type: 'milestone.recorded', lrn: d.lrn, milestone: m, value });
    }
    if (d.voided && !b.voided) events.push({ type: 'document.voided', lrn: d.lrn, reason: d.voided.reason });
  }
  return events;
}

const EARLIEST = '1970-01-01T00:00:00.000Z';

/** A short, stable name for a value: the same value always gives the same id. */
function digest(value: unknown): string {
  let h = 5381;
  for (const c of JSON.stringify(value)) h = (Math.imul(h, 33) ^ c.charCodeAt(0)) >>> 0;
  return h.toString(36);
}

/**
 * The register an earlier build kept as one value (`gamma-register`, versions 1 to 3), made into events
 * whose ids and times do not change between reads. What does not read is returned as it is, to be set aside.
 */
export function eventsOfOldRegister(raw: string | null): unknown[] {
  if (raw === null) return [];
  let stored: { v?: unknown; data?: unknown };
  try {
    stored = JSON.parse(raw) as typeof stored;
  } catch {
    return [raw];
  }
  let data = stored?.data;
  const from = typeof stored?.v === 'number' ? stored.v : REGISTER_VERSION + 1;
  for (let v = from; v < REGISTER_VERSION; v++) data = registerMigrations[v as 1 | 2]?.(data);
  const parsed = from <= REGISTER_VERSION ? registerSchema.safeParse(data) : null;
  if (!parsed?.success) return [raw];
  const register = parsed.data;
  const lastChange = register.prefixChanges
    .map((c) => c.confirmedAt)
    .toSorted()
    .at(-1);
  const afterChanges =
    lastChange && !Number.isNaN(Date.parse(lastChange)) ? new Date(Date.parse(lastChange) + 1).toISOString() : EARLIEST;
  return registerEventsFor(
    { ...register, operator: emptyOperator, prefix: '', prefixChanges: [], episodes: [], documents: [] },
    register,
  ).map((e) => {
    switch (e.type) {
      // Named by what they are, so that the same one read again keeps its id, and another browser's
      // document of the same LRN (a backup file of an earlier build) is another event: an LRN taken twice.
      case 'episode.opened':
        return { ...e, id: `old-episode-${digest([e.episode.id, e.episode.startedAt])}`, at: e.episode.recordedAt };
      case 'document.added': {
        const d = e.document;
        return { ...e, id: `old-document-${d.lrn}-${digest([d.date, d.consignee, d.createdAt])}`, at: d.createdAt };
      }
      case 'prefix.set':
        // After the changes of series it follows, in their order.
        return { ...e, id: `old-prefix-${digest(e)}`, at: e.change?.confirmedAt ?? afterChanges };
      default:
        return { ...e, id: `old-${e.type}-${digest(e)}`, at: EARLIEST };
    }
  });
}
