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
  type MilestoneName,
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
  | { readonly kind: 'prefixTwice'; readonly other: string; readonly at: string }
  /**
   * An episode's start (with its authorisation) or end, or a document's milestone, recorded in two copies
   * each over what it had: the one recorded first is shown, the other with it, until the user keeps one.
   */
  | {
      readonly kind: 'startTwice';
      readonly episode: string;
      readonly other: Pick<Episode, 'startedAt' | 'authorisation'>;
      readonly at: string;
    }
  | { readonly kind: 'endTwice'; readonly episode: string; readonly other: string; readonly at: string }
  | {
      readonly kind: 'milestoneTwice';
      readonly lrn: string;
      /** The document's `document.added` event. */
      readonly document: string;
      readonly milestone: MilestoneName;
      readonly other: NonNullable<BackupDocument[MilestoneName]>;
      readonly at: string;
    };

/** The value two copies set differently, that must be chosen before a document is drawn up; null if none. */
export function unsettledOf(conflicts: readonly RegisterConflict[]) {
  const operator = conflicts.some((c) => c.kind === 'operatorTwice');
  const prefix = conflicts.some((c) => c.kind === 'prefixTwice');
  return operator && prefix ? 'both' : operator ? 'operator' : prefix ? 'prefix' : null;
}

/** The events the register shown stands on: what a value set replaces, and each document's own event. */
export interface RegisterHeads {
  /** By what they set (./reduce.ts, `slotOf`), the sets no other replaces. */
  readonly sets: ReadonlyMap<string, readonly string[]>;
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

type ValueSet = Extract<
  RegisterEvent,
  { type: 'operator.set' | 'prefix.set' | 'episode.corrected' | 'episode.ended' | 'milestone.recorded' }
>;

/**
 * What a set sets, as a key: the operator, the prefix, an episode's start or end, a document's milestone
 * (the document by its own event: `document`, the register's for its LRN in an event of before).
 */
function slotOf(e: RegisterEvent, documents: ReadonlyMap<string, string>): string | null {
  switch (e.type) {
    case 'operator.set':
    case 'prefix.set':
      return e.type;
    case 'episode.corrected':
    case 'episode.ended':
      return `${e.type} ${e.episode}`;
    case 'milestone.recorded':
      return `${e.milestone} ${e.document ?? documents.get(e.lrn)}`;
    default:
      return null;
  }
}

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
  /** Every set, by what it sets, in the log's order. */
  const sets = new Map<string, ValueSet[]>();
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
      case 'episode.opened':
        if (episodeAt(e.episode.id) < 0) episodes.push(e.episode);
        break;
      case 'document.added':
        if (documentIds.has(e.document.lrn))
          twice.push({ kind: 'lrnTwice', lrn: e.document.lrn, other: e.document, id: e.id, at: e.at });
        else {
          documents.push(e.document);
          documentIds.set(e.document.lrn, e.id);
        }
        break;
      case 'document.voided':
        onDocument(e, (d) => (d.voided ? d : { ...d, voided: { reason: e.reason, at: e.at } }));
        break;
      default: {
        const slot = slotOf(e, documentIds)!;
        sets.set(slot, [...(sets.get(slot) ?? []), e]);
      }
    }
  }
  // Each value: the first set of those no other replaces; the others, conflicts when they differ.
  const heads = new Map<string, ValueSet[]>();
  const others: RegisterConflict[] = [];
  for (const [slot, list] of sets) {
    const [shown, ...rest] = unreplaced(list);
    heads.set(slot, [shown!, ...rest]);
    const differ = rest.filter((o) => !same(valueOf(o), valueOf(shown!)));
    switch (shown!.type) {
      case 'episode.corrected': {
        const { startedAt, authorisation } = shown!;
        const i = episodeAt(shown!.episode);
        if (i >= 0) episodes[i] = { ...episodes[i]!, startedAt, authorisation };
        break;
      }
      case 'episode.ended': {
        const i = episodeAt(shown!.episode);
        if (i >= 0) episodes[i] = { ...episodes[i]!, endedAt: shown!.endedAt };
        break;
      }
      case 'milestone.recorded': {
        const m = shown!;
        onDocument(m, (d) => ({ ...d, [m.milestone]: m.value }));
        // Said for a document of the register (a second one of its LRN is reported as such).
        if (m.document !== undefined && m.document !== documentIds.get(m.lrn)) continue;
        break;
      }
    }
    others.push(...differ.flatMap((o) => conflictOf(o, documentIds)));
  }
  // A second document of an LRN voided (drawn up anew, or never established): settled.
  const settled = twice.filter((c) => c.other.voided);
  const conflicts: RegisterConflict[] = twice.filter((c) => !settled.includes(c));
  const open = episodes.filter((e) => e.endedAt === undefined);
  if (open.length > 1) conflicts.push({ kind: 'episodesOpen', episodes: open.map((e) => e.id) });
  // The operator and the prefix first: no document is drawn up until they are chosen.
  const rank = (c: RegisterConflict) => (c.kind === 'operatorTwice' ? 0 : c.kind === 'prefixTwice' ? 1 : 2);
  conflicts.push(...others.toSorted((a, b) => rank(a) - rank(b)));
  const [operator] = (heads.get('operator.set') ?? []) as Extract<ValueSet, { type: 'operator.set' }>[];
  const prefixes = (sets.get('prefix.set') ?? []) as Extract<ValueSet, { type: 'prefix.set' }>[];
  const [prefix] = (heads.get('prefix.set') ?? []) as typeof prefixes;
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
      sets: new Map([...heads].map(([slot, list]) => [slot, list.map((e) => e.id)])),
      documents: documentIds,
    },
  };
}

/** What a set sets: compared between two copies. */
function valueOf(e: ValueSet): unknown {
  switch (e.type) {
    case 'operator.set':
      return e.operator;
    case 'prefix.set':
      return e.prefix;
    case 'episode.corrected':
      return [e.startedAt, e.authorisation];
    case 'episode.ended':
      return e.endedAt;
    case 'milestone.recorded':
      // What is said of it: its time and ARC (not when each copy recorded it, nor confirmed it without a copy).
      return [e.value.at, e.value.arc];
  }
}

/** A set not shown, that differs from the one shown: the conflict said to the user. */
function conflictOf(e: ValueSet, documents: ReadonlyMap<string, string>): RegisterConflict[] {
  switch (e.type) {
    case 'operator.set':
      return [{ kind: 'operatorTwice', other: e.operator, at: e.at }];
    case 'prefix.set':
      return [{ kind: 'prefixTwice', other: e.prefix, at: e.at }];
    case 'episode.corrected':
      return [
        {
          kind: 'startTwice',
          episode: e.episode,
          other: { startedAt: e.startedAt, authorisation: e.authorisation },
          at: e.at,
        },
      ];
    case 'episode.ended':
      return [{ kind: 'endTwice', episode: e.episode, other: e.endedAt, at: e.at }];
    case 'milestone.recorded': {
      const document = e.document ?? documents.get(e.lrn);
      return document
        ? [{ kind: 'milestoneTwice', lrn: e.lrn, document, milestone: e.milestone, other: e.value, at: e.at }]
        : [];
    }
  }
}

/**
 * The events a change made, named after what they stand on (`heads`): a value set replaces every set of it
 * the register shown stands on (so that one set over a conflict resolves it), and a milestone or a void
 * names its document's own event. In the order made: an event names one made before it in the same change.
 */
export function linkEvents(events: readonly RegisterEvent[], heads: RegisterHeads): RegisterEvent[] {
  const sets = new Map(heads.sets);
  const documents = new Map(heads.documents);
  return events.map((e) => {
    const slot = slotOf(e, documents);
    if (slot !== null) {
      // A milestone names its document's own event, and replaces what was shown of it.
      const named = e.type === 'milestone.recorded' ? { ...e, document: e.document ?? documents.get(e.lrn) } : e;
      const linked = { ...named, replaces: [...(sets.get(slot) ?? [])] } as RegisterEvent;
      sets.set(slot, [e.id]);
      return linked;
    }
    switch (e.type) {
      case 'document.added':
        documents.set(e.document.lrn, e.id);
        return e;
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
