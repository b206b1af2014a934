/**
 * « Sauvegarder mes données » and « Restaurer »: one versioned JSON file of everything this browser keeps —
 * the records' event logs, the small values (references, help-desk mode) and what was set aside as
 * unreadable — read back, validated, and merged without loss. Restoring a record is the union of its events
 * by id, the same for every record (../shared/docs/records.md); the references, a single value, are a
 * choice for the user when both sides differ.
 */
import * as z from 'zod/mini';
import { callLog } from '../helpDesk/callLog';
import { helpDeskModeStore } from '../helpDesk/store';
import { registerLog, type RegisterEvent, type RegisterEventData } from '../gamma/log';
import { operatorKnown } from '../gamma/operator';
import { reduceRegister, type ReducedRegister } from '../gamma/reduce';
import { registerStore } from '../gamma/store';
import type { Operator } from '../gamma/schema';
import { incidentLog } from '../incident/log';
import { profileStore } from '../incident/store';
import type { Profile } from '../incident/profile';
import type { Store, WriteResult } from '../lib/createStore';
import { asRaw, everythingAside, keepAside, kept, setAside, storageKey } from '../lib/storage';
import { ok, refuse, type Result } from '../lib/result';
import { union, type Log, type RecordEvent } from '../records/log';

export const BACKUP_FORMAT = 1;
/** Two values the same (both read through their schema, so their fields come in one order). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
export const APPLICATION = 'secours-douane';
const storeName = z.string().check(z.maxLength(60));

/**
 * Each part is read on its own (./planRestore): one damaged value, list or log is reported and set aside,
 * and the rest of the file restored.
 */
const backupSchema = z.object({
  application: z.literal(APPLICATION),
  format: z.number(),
  exportedAt: z.string().check(z.maxLength(40)),
  /** The small values, as stored `{ v, data }` (and, in a file written before them, the records kept as values). */
  stores: z.record(storeName, z.unknown()),
  /** What was set aside as unreadable (a list of texts), by the name of the value or log it was set aside for. */
  rejected: z.optional(z.record(storeName, z.unknown())),
  /** The records kept as event logs (a list of events), by name (absent from files written before them). */
  logs: z.optional(z.record(storeName, z.unknown())),
});
export type BackupFile = z.infer<typeof backupSchema>;

/** Every record's log: a backup file holds their events, and a restore adds them. */
const LOGS = [incidentLog, registerLog, callLog] as unknown as readonly Log<RecordEvent>[];
const isStore = (k: (typeof kept)[number]): k is Store<unknown> => 'inBackup' in k;
/** Preferences: what this browser has not set is taken from the file (what it has set stays). */
const PREFERENCES = [helpDeskModeStore] as unknown as readonly Store<object>[];

/** A preference of the file with this browser's settings over it; null when that changes nothing here. */
function preferenceFrom(store: Store<object>, file: object): object | null {
  const here = store.getSnapshot();
  const taken = here.stored ? { ...file, ...here.value } : file;
  return JSON.stringify(taken) === JSON.stringify(here.value) ? null : taken;
}

/** What is set aside in this browser, by name, but a draft's: all of it goes into the backup file. */
function asideToKeep(): Record<string, string[]> {
  const drafts = new Set(kept.filter((k) => isStore(k) && !k.inBackup).map((k) => k.name));
  return Object.fromEntries(Object.entries(everythingAside()).filter(([name]) => !drafts.has(name)));
}

/** Everything kept in this browser, as one object (the file's content). */
export function makeBackup(now: Date): BackupFile & { rejected: Record<string, string[]> } {
  const stores: BackupFile['stores'] = {};
  for (const item of kept.filter(isStore)) {
    // A value the storage refused is in the file too (it is on screen).
    const { stored, writeProblem, value } = item.getSnapshot();
    if (item.inBackup && (stored || writeProblem)) stores[item.name] = { v: item.version, data: value };
  }
  const logs = Object.fromEntries(LOGS.map((log) => [log.name, [...log.getSnapshot().events]]));
  return {
    application: APPLICATION,
    format: BACKUP_FORMAT,
    exportedAt: now.toISOString(),
    stores,
    rejected: asideToKeep(),
    logs,
  };
}

/** How many values are set aside in this browser (unreadable, or left out of a restore): all in the file. */
export const setAsideCount = () => Object.values(asideToKeep()).flat().length;

export type ReadProblem = 'notJson' | 'notBackup' | 'newerFormat';

/** Reads a backup file's text; says why it cannot be used. */
export function readBackup(text: string): Result<BackupFile, ReadProblem> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('notJson');
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) return refuse('notBackup');
  if (parsed.data.format > BACKUP_FORMAT) return refuse('newerFormat');
  return ok(parsed.data);
}

// ---- The plan of a restore: what the file adds, and the one choice it may ask for.

export interface ProfileConflict {
  readonly kind: 'profile';
  readonly id: 'profile';
  readonly here: Profile;
  readonly incoming: Profile;
}
/** The register's operator or prefix, set differently here and in the file: a choice, set over both. */
export type RegisterValueConflict =
  | { readonly kind: 'operator'; readonly id: 'operator'; readonly here: Operator; readonly incoming: Operator }
  | { readonly kind: 'prefix'; readonly id: 'prefix'; readonly here: string; readonly incoming: string };
export type Conflict = ProfileConflict | RegisterValueConflict;

export interface RestorePlan {
  /** Each record's events in the file (those of the stores a file kept before the logs too), by log name. */
  readonly events: Readonly<Record<string, unknown[]>>;
  readonly profile: Profile | null;
  /** By name, the file's preferences with what this browser has set over them: written (help-desk mode, agent). */
  readonly preferences: Readonly<Record<string, object>>;
  /** What the file had set aside, and what of it does not read: set aside here, by name. */
  readonly rejected: Record<string, string[]>;
  readonly conflicts: Conflict[];
  /** What the file adds, counted: « 2 incidents », « 5 documents »… */
  readonly added: {
    incidents: number;
    documents: number;
    episodes: number;
    calls: number;
    profile: boolean;
    /** Help-desk mode, and the agent's name, from the file. */
    helpDesk: boolean;
    /** Every event the file adds, those to records already here included (a step, a date, a correction). */
    events: number;
  };
  /** LRNs the file and this browser each drew up for a document: both kept, reported by the register. */
  readonly lrnsTwice: number;
  /** The records and values of the file that could not be read (damaged, another version): not restored. */
  readonly unreadable: string[];
}

/**
 * An earlier build's register does not say when its operator and prefix were set (its events are dated
 * 1970): this browser's, when it has them, stay, rather than one chosen by the order of two ids.
 */
function keepOurs(old: readonly unknown[]) {
  const here = reduceRegister(registerLog.getSnapshot().events).register;
  return old.filter((e) => {
    const event = e as RegisterEventData;
    if (event.type === 'operator.set') return !operatorKnown(here.operator);
    return !(event.type === 'prefix.set' && !event.change && here.prefix !== '');
  });
}

/** How many LRNs of a register's events were drawn up twice. */
const lrnsTwice = (register: readonly RegisterEvent[]) =>
  reduceRegister(register).conflicts.filter((c) => c.kind === 'lrnTwice').length;

/** What restoring `backup` into the current data would do. */
export function planRestore(backup: BackupFile): RestorePlan {
  const unreadable: string[] = [];
  const rejected: Record<string, string[]> = {};
  const setAsideHere = (name: string, raws: readonly unknown[]) => {
    const here = setAside(`${storageKey(name)}.rejected`);
    (rejected[name] ??= []).push(...raws.map(asRaw).filter((raw) => !here.includes(raw)));
  };
  /** A part of the file that does not read: reported, and set aside here (it is in the next backup). */
  const notRead = (name: string, raws: readonly unknown[]) => {
    if (!unreadable.includes(name)) unreadable.push(name);
    setAsideHere(name, raws);
  };
  for (const [name, list] of Object.entries(backup.rejected ?? {}))
    setAsideHere(name, Array.isArray(list) ? list : [list]);

  // Each record's events in the file (its own, and its stores' of before) that this browser lacks.
  const events: Record<string, unknown[]> = {};
  let fileRegister: ReducedRegister | null = null;
  for (const log of LOGS) {
    const stored = (n: string) => (backup.stores[n] ? JSON.stringify(backup.stores[n]) : null);
    const old = log.eventsOfOld(stored);
    const own = backup.logs?.[log.name] ?? [];
    if (!Array.isArray(own)) notRead(log.name, [own]);
    const read = log.parse([...(Array.isArray(own) ? own : []), ...(log === registerLog ? keepOurs(old) : old)]);
    if (read.rejected.length > 0) notRead(log.name, read.rejected);
    const here = new Set(log.getSnapshot().events.map((e) => e.id));
    events[log.name] = read.events.filter((e) => !here.has(e.id));
    if (log === registerLog) fileRegister = reduceRegister(read.events as RegisterEvent[]);
  }
  const added = (log: Log<RecordEvent>, type: string) =>
    events[log.name]!.filter((e) => (e as RecordEvent).type === type).length;
  const registerHere = registerLog.getSnapshot().events;

  const conflicts: Conflict[] = [];
  const hereProfile = profileStore.getSnapshot().value;
  const entry = backup.stores[profileStore.name];
  const incomingProfile = entry ? profileStore.parse(entry) : null;
  if (entry && incomingProfile === null) notRead(profileStore.name, [entry]);
  let profile = hereProfile;
  if (incomingProfile && !hereProfile) profile = incomingProfile;
  else if (incomingProfile && hereProfile && !same(hereProfile, incomingProfile))
    conflicts.push({ kind: 'profile', id: 'profile', here: hereProfile, incoming: incomingProfile });

  // The register's operator and prefix, each set on both sides to another value: the user's choice (as
  // the register would otherwise keep whichever was set first, this browser's or not).
  const h = reduceRegister(registerHere);
  const f = fileRegister;
  if (f) {
    if (h.heads.operator.length && f.heads.operator.length && !same(h.register.operator, f.register.operator))
      conflicts.push({ kind: 'operator', id: 'operator', here: h.register.operator, incoming: f.register.operator });
    if (h.heads.prefix.length && f.heads.prefix.length && h.register.prefix !== f.register.prefix)
      conflicts.push({ kind: 'prefix', id: 'prefix', here: h.register.prefix, incoming: f.register.prefix });
  }

  const preferences: Record<string, object> = {};
  for (const store of PREFERENCES) {
    // A file from before the store was renamed holds it under its former name.
    const stored = backup.stores[store.name] ?? (store.formerName && backup.stores[store.formerName]);
    const value = stored ? store.parse(stored) : null;
    const taken = value && preferenceFrom(store, value);
    if (stored && value === null) notRead(store.name, [stored]);
    else if (taken) preferences[store.name] = taken;
  }

  return {
    events,
    profile,
    preferences,
    rejected,
    conflicts,
    added: {
      incidents: added(incidentLog, 'incident.opened'),
      documents: added(registerLog, 'document.added'),
      episodes: added(registerLog, 'episode.opened'),
      calls: added(callLog, 'call.started'),
      profile: !hereProfile && incomingProfile !== null,
      helpDesk: helpDeskModeStore.name in preferences,
      events: Object.values(events).flat().length,
    },
    lrnsTwice: lrnsTwice(union(registerHere, events[registerLog.name] as RegisterEvent[])) - lrnsTwice(registerHere),
    unreadable,
  };
}

export type Choice = 'here' | 'incoming';

/**
 * Writes a plan: every record's events join this browser's log; the preferences this browser had not set
 * taken; the references taken as chosen, the version not taken set aside (so that a later backup still
 * holds it), as are the values the file had set aside.
 */
export function applyRestore(plan: RestorePlan, choices: Readonly<Record<string, Choice>>): WriteResult[] {
  const takes = (c: Conflict) => choices[`${c.kind}:${c.id}`] === 'incoming';
  const profile = plan.conflicts.find((c) => c.kind === 'profile');
  const took = profile !== undefined && takes(profile);
  const results: WriteResult[] = LOGS.map((log) => {
    const events = (plan.events[log.name] ?? []) as RecordEvent[];
    return events.length > 0 ? log.append(...events) : ok(undefined);
  });
  // What is set aside first: the references not taken, before the ones taken are written over them.
  const setAsideNow = { ...plan.rejected };
  if (profile)
    (setAsideNow[profileStore.name] ??= []).push(
      JSON.stringify({ v: profileStore.version, left: took ? profile.here : profile.incoming }),
    );
  const keptAside = Object.entries(setAsideNow).every(([name, list]) =>
    keepAside(`${storageKey(name)}.rejected`, list),
  );
  if (!keptAside) results.push(refuse('full'));
  const chosen = profile && took ? profile.incoming : plan.profile;
  if (keptAside && chosen && !same(chosen, profileStore.getSnapshot().value)) results.push(profileStore.write(chosen));
  // The register's operator and prefix as chosen, set over both copies' (the register's events joined first).
  for (const c of plan.conflicts)
    if (c.kind === 'operator' || c.kind === 'prefix') {
      const value = takes(c) ? c.incoming : c.here;
      const set = registerStore.choose(
        c.kind === 'operator' ? { operator: value as Operator } : { prefix: value as string },
      );
      results.push(set.ok ? ok(undefined) : refuse(set.problem.storage));
    }
  // Read again: what was set here since the plan was made (another tab) stays.
  for (const store of PREFERENCES) {
    const file = plan.preferences[store.name];
    const taken = file && preferenceFrom(store, file);
    if (taken) results.push(store.write(taken));
  }
  return results;
}

/** A name for the backup file, in Paris time: secours-douane-sauvegarde-2026-11-24-1405.json. */
export const backupFileName = (stamp: string) => `${APPLICATION}-sauvegarde-${stamp}.json`;
