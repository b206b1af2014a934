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
import { reduceRegister, unsettledOf, type RegisterConflict } from '../gamma/reduce';
import { incidentLog } from '../incident/log';
import { reduceIncidents } from '../incident/reduce';
import { profileStore } from '../incident/store';
import type { Profile } from '../incident/profile';
import type { Store, WriteResult } from '../lib/createStore';
import { asRaw, keepAside, kept, readRaw, setAside, STORAGE_PREFIX, storageKey } from '../lib/storage';
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
  /** When it was written: for the person who opens the file (never read back, so never a reason to refuse it). */
  exportedAt: z.unknown(),
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

/**
 * Everything set aside in this browser, by the name it was set aside for: `<name>.rejected`, and the copies
 * an earlier build kept before migrating a store (`<name>.v1`…). Whatever its name, nothing is left out.
 */
export function everythingAside(): Record<string, string[]> {
  const aside: Record<string, string[]> = {};
  let keys: string[] = [];
  try {
    keys = Object.keys(window.localStorage);
  } catch {
    /* storage blocked: nothing can be read, nothing is there to list */
  }
  for (const key of keys) {
    const name = new RegExp(`^${STORAGE_PREFIX}\\.(.+)\\.(rejected|v\\d+)$`).exec(key)?.[1];
    if (name) aside[name] = [...new Set([...(aside[name] ?? []), ...setAside(key)])];
  }
  return aside;
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
  // With the events of a type a newer build wrote: kept, and set aside by a restore that cannot read them.
  const logs = Object.fromEntries(
    LOGS.map((log) => {
      const { events, foreign } = log.getSnapshot();
      return [log.name, [...events, ...foreign]];
    }),
  );
  // What a newer build wrote (another tab): neither read nor lost, in the file as it is stored.
  const rejected = asideToKeep();
  for (const k of kept)
    if (k.getSnapshot().problem === 'version' && (!isStore(k) || k.inBackup))
      rejected[k.name] = [...(rejected[k.name] ?? []), readRaw(k.key)!];
  return {
    application: APPLICATION,
    format: BACKUP_FORMAT,
    exportedAt: now.toISOString(),
    stores,
    rejected,
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

/** The references, set differently here and in the file: the user's choice, the other set aside. */
export interface ProfileConflict {
  readonly here: Profile;
  readonly incoming: Profile;
}

export interface RestorePlan {
  /** Each record's events in the file (those of the stores a file kept before the logs too), by log name. */
  readonly events: Readonly<Record<string, unknown[]>>;
  /** The file's references, if it has some that read. */
  readonly profile: Profile | null;
  /** By name, the file's preferences with what this browser has set over them: written (help-desk mode, agent). */
  readonly preferences: Readonly<Record<string, object>>;
  /** What the file had set aside, and what of it does not read: set aside here, by name. */
  readonly rejected: Record<string, string[]>;
  readonly profileConflict: ProfileConflict | null;
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
  /**
   * What the register will report once both copies are joined (an LRN drawn up on both sides, a sender or
   * a prefix set differently, two episodes open), for the user to settle on its page.
   */
  readonly registerConflicts: number;
  /** Among them, a sender or a prefix set differently: no document is drawn up until one is chosen. */
  readonly registerUnsettled: boolean;
  /** The records and values of the file that could not be read (damaged, another version): not restored. */
  readonly unreadable: string[];
  /** Incidents of the file deleted in this browser since: they stay deleted (each can be restored from the list). */
  readonly deletedHere: number;
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

/** A register conflict as any copy names it: to tell those the file brings from those already here. */
const conflictKey = (c: RegisterConflict) =>
  c.kind === 'lrnTwice' ? c.id : c.kind === 'episodesOpen' ? c.episodes.join() : JSON.stringify(c);

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
  /** The incidents the file holds, by id. */
  const fileIncidents = new Set<string>();
  for (const log of LOGS) {
    const stored = (n: string) => (backup.stores[n] ? JSON.stringify(backup.stores[n]) : null);
    const old = log.eventsOfOld(stored);
    const own = backup.logs?.[log.name] ?? [];
    if (!Array.isArray(own)) notRead(log.name, [own]);
    const read = log.parse([...(Array.isArray(own) ? own : []), ...(log === registerLog ? keepOurs(old) : old)]);
    if (log === incidentLog)
      for (const e of read.events) fileIncidents.add((e as unknown as { incident: string }).incident);
    if (read.rejected.length > 0) notRead(log.name, read.rejected);
    const here = new Set(log.getSnapshot().events.map((e) => e.id));
    events[log.name] = read.events.filter((e) => !here.has(e.id));
  }
  const added = (log: Log<RecordEvent>, type: string) =>
    events[log.name]!.filter((e) => (e as RecordEvent).type === type).length;
  const registerHere = registerLog.getSnapshot().events;
  const joined = reduceRegister(union(registerHere, events[registerLog.name] as RegisterEvent[])).conflicts;
  const conflictsHere = new Set(reduceRegister(registerHere).conflicts.map(conflictKey));
  // Deleted here and still once joined: a file that restored one since brings it back.
  const incidentEvents = incidentLog.getSnapshot().events;
  const joinedIncidents = reduceIncidents(union(incidentEvents, events[incidentLog.name] as typeof incidentEvents));
  const deletedJoined = new Set(joinedIncidents.filter((i) => i.deleted).map((i) => i.id));

  const hereProfile = profileStore.getSnapshot().value;
  const entry = backup.stores[profileStore.name];
  const incomingProfile = entry ? profileStore.parse(entry) : null;
  if (entry && incomingProfile === null) notRead(profileStore.name, [entry]);
  const profileConflict =
    incomingProfile && hereProfile && !same(hereProfile, incomingProfile)
      ? { here: hereProfile, incoming: incomingProfile }
      : null;

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
    profile: incomingProfile,
    preferences,
    rejected,
    profileConflict,
    added: {
      incidents: added(incidentLog, 'incident.opened'),
      documents: added(registerLog, 'document.added'),
      episodes: added(registerLog, 'episode.opened'),
      calls: added(callLog, 'call.started'),
      profile: !hereProfile && incomingProfile !== null,
      helpDesk: helpDeskModeStore.name in preferences,
      events: Object.values(events).flat().length,
    },
    registerConflicts: joined.filter((c) => !conflictsHere.has(conflictKey(c))).length,
    registerUnsettled: unsettledOf(joined) !== null,
    unreadable,
    deletedHere: reduceIncidents(incidentEvents).filter(
      (i) => i.deleted && fileIncidents.has(i.id) && deletedJoined.has(i.id),
    ).length,
  };
}

/**
 * Writes a plan: every record's events join this browser's log; the preferences this browser had not set
 * taken; the file's references taken if this browser has none, or if the user chose them
 * (`takeFileProfile`). The references not taken are set aside (so that a later backup still holds them), as
 * are the values the file had set aside. The references are read again: those set here since the plan was
 * made (another tab) are the ones the choice is about.
 */
export function applyRestore(plan: RestorePlan, takeFileProfile: boolean): WriteResult[] {
  const results: WriteResult[] = LOGS.map((log) => {
    const events = (plan.events[log.name] ?? []) as RecordEvent[];
    return events.length > 0 ? log.append(...events) : ok(undefined);
  });
  const here = profileStore.getSnapshot().value;
  const incoming = plan.profile;
  const taken = incoming && (!here || (takeFileProfile && plan.profileConflict !== null)) ? incoming : here;
  const left = [here, incoming].find((p) => p && !same(p, taken));
  // What is set aside first: the references not taken, before the ones taken are written over them.
  const setAsideNow = { ...plan.rejected };
  if (left) (setAsideNow[profileStore.name] ??= []).push(JSON.stringify({ v: profileStore.version, left }));
  const keptAside = Object.entries(setAsideNow).every(([name, list]) =>
    keepAside(`${storageKey(name)}.rejected`, list),
  );
  if (!keptAside) results.push(refuse('full'));
  if (keptAside && taken && !same(taken, here)) results.push(profileStore.write(taken));
  // Read again: what was set here since the plan was made (another tab) stays.
  for (const store of PREFERENCES) {
    const file = plan.preferences[store.name];
    const value = file && preferenceFrom(store, file);
    if (value) results.push(store.write(value));
  }
  return results;
}

/** A name for the backup file, in Paris time: secours-douane-sauvegarde-2026-11-24-1405.json. */
export const backupFileName = (stamp: string) => `${APPLICATION}-sauvegarde-${stamp}.json`;
