/**
 * « Sauvegarder mes données » and « Restaurer »: one versioned JSON file of everything this browser keeps —
 * the records' event logs, the small values (references, help-desk mode) and what was set aside as
 * unreadable — read back, validated, and merged without loss. Restoring a record is the union of its events
 * by id, the same for every record (../shared/docs/records.md); the references, a single value, are a
 * choice for the user when both sides differ.
 */
import * as z from 'zod/mini';
import { callLog, eventsOfOldCall } from '../helpDesk/callLog';
import { registerLog, type RegisterEventData } from '../gamma/log';
import { operatorKnown } from '../gamma/operator';
import { reduceRegister, eventsOfOldRegister } from '../gamma/reduce';
import { eventsOfOldStore } from '../incident/legacy';
import { incidentLog } from '../incident/log';
import { reduceIncidents } from '../incident/reduce';
import { profileStore } from '../incident/store';
import type { Profile } from '../incident/profile';
import { storageKey, stores, type WriteResult } from '../lib/createStore';
import { copiesAt, keepCopies, rejectedValues } from '../lib/storeCopies';
import { ok, refuse, type Result } from '../lib/result';
import { union, type Log, type RecordEvent } from '../records/log';

export const BACKUP_FORMAT = 1;
/** Two references the same (both read through their schema, so their fields come in one order). */
const same = (a: Profile, b: Profile | null) => JSON.stringify(a) === JSON.stringify(b);
export const APPLICATION = 'secours-douane';

const backupSchema = z.object({
  application: z.literal(APPLICATION),
  format: z.number(),
  exportedAt: z.string().check(z.maxLength(40)),
  stores: z.record(z.string().check(z.maxLength(60)), z.object({ v: z.number(), data: z.unknown() })),
  rejected: z.optional(z.record(z.string().check(z.maxLength(60)), z.array(z.string()))),
  /** The records kept as event logs, by name (absent from files written before them). */
  logs: z.optional(z.record(z.string().check(z.maxLength(60)), z.array(z.unknown()))),
});
export type BackupFile = z.infer<typeof backupSchema>;
type StoreEntry = BackupFile['stores'][string];

/**
 * Every record's log, and how a file written before it kept the same record (as one value per store): made
 * into events, or null when it cannot be read.
 */
const RECORDS: readonly {
  log: Log<RecordEvent>;
  /** The store the record was kept in before its log, named when the file's copy of it cannot be read. */
  before: string;
  old: (stores: BackupFile['stores']) => unknown[] | null;
}[] = [
  {
    log: incidentLog as unknown as Log<RecordEvent>,
    before: 'incidents',
    old: (s) => (s.incidents ? eventsOfOldStore(s.incidents) : []),
  },
  {
    log: registerLog as unknown as Log<RecordEvent>,
    before: 'gamma-register',
    old: (s) => {
      const entry = s['gamma-register'];
      if (!entry) return [];
      const events = eventsOfOldRegister(JSON.stringify(entry));
      if (events.some((e) => typeof e === 'string')) return null;
      // A file of an earlier build does not say when its operator and prefix were set: what is here stays.
      const here = reduceRegister(registerLog.getSnapshot().events).register;
      return (events as RegisterEventData[]).filter(
        (e) =>
          !(e.type === 'operator.set' && operatorKnown(here.operator)) &&
          !(e.type === 'prefix.set' && !e.change && here.prefix !== ''),
      );
    },
  },
  {
    log: callLog as unknown as Log<RecordEvent>,
    before: 'help-desk-calls',
    old: (s) =>
      ['help-desk-call', 'help-desk-calls', 'agent-call', 'agent-calls'].flatMap((name) => {
        const data = s[name]?.data;
        return data === undefined ? [] : (Array.isArray(data) ? data : [data]).flatMap((c, n) => eventsOfOldCall(c, n));
      }),
  },
];

/** Everything kept in this browser, as one object (the file's content). */
export function makeBackup(now: Date): BackupFile {
  const data: BackupFile['stores'] = {};
  const rejected: Record<string, string[]> = {};
  for (const store of stores.filter((s) => s.inBackup)) {
    const snapshot = store.getSnapshot();
    if (snapshot.stored || snapshot.writeProblem) data[store.name] = { v: store.version, data: snapshot.value };
    const aside = rejectedValues(store);
    if (aside.length) rejected[store.name] = aside;
  }
  const logs: Record<string, unknown[]> = {};
  for (const { log, before } of RECORDS) {
    logs[log.name] = [...log.getSnapshot().events];
    // What was set aside for the log, and for the store it was kept in before (with its pre-migration copies).
    const old = storageKey(before);
    const aside = [...new Set([`${log.key}.rejected`, `${old}.rejected`, `${old}.v1`, `${old}.v2`].flatMap(copiesAt))];
    if (aside.length) rejected[log.name] = aside;
  }
  return {
    application: APPLICATION,
    format: BACKUP_FORMAT,
    exportedAt: now.toISOString(),
    stores: data,
    rejected,
    logs,
  };
}

/** How many values are set aside in this browser (unreadable, or left out of a restore): all in the file. */
export const setAsideCount = () => Object.values(makeBackup(new Date()).rejected ?? {}).flat().length;

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
export type Conflict = ProfileConflict;

export interface RestorePlan {
  /** Each record's events in the file (and those of the stores a file kept before the logs), by log name. */
  readonly events: Readonly<Record<string, unknown[]>>;
  readonly profile: Profile | null;
  readonly rejected: Record<string, string[]>;
  readonly conflicts: Conflict[];
  /** What the file adds, counted: « 2 incidents », « 5 documents »… */
  readonly added: { incidents: number; documents: number; episodes: number; calls: number; profile: boolean };
  /** LRNs the file and this browser each drew up for a document: both kept, reported by the register. */
  readonly lrnsTwice: number;
  /** Stores of the file that could not be read (another version, damaged): they are not restored. */
  readonly unreadable: string[];
}

/** The events of `log` that `raw` adds to this browser's copy. */
function addedEvents<E extends RecordEvent>(log: Log<E>, raw: readonly unknown[]) {
  const here = log.getSnapshot().events;
  const ids = new Set(here.map((e) => e.id));
  return {
    here,
    all: union(
      here,
      log.parse(raw).events.filter((e) => !ids.has(e.id)),
    ),
  };
}

/** What restoring `backup` into the current data would do. */
export function planRestore(backup: BackupFile): RestorePlan {
  const unreadable: string[] = [];
  const events: Record<string, unknown[]> = {};
  for (const { log, old, before: from } of RECORDS) {
    const before = old(backup.stores);
    if (before === null) unreadable.push(from);
    events[log.name] = [...(backup.logs?.[log.name] ?? []), ...(before ?? [])];
  }

  const incidents = addedEvents(incidentLog, events[incidentLog.name]!);
  const hereIncidents = new Set(reduceIncidents(incidents.here).map((i) => i.id));
  const register = addedEvents(registerLog, events[registerLog.name]!);
  const [here, all] = [reduceRegister(register.here), reduceRegister(register.all)];
  const [registerHere, registerAll] = [here.register, all.register];
  const twice = (r: typeof here) => r.conflicts.filter((c) => c.kind === 'lrnTwice').length;
  const calls = addedEvents(callLog, events[callLog.name]!);
  const hereCalls = new Set(calls.here.map((e) => e.call));

  const conflicts: Conflict[] = [];
  const hereProfile = profileStore.getSnapshot().value;
  const entry = [profileStore.name, ...profileStore.formerNames].map((n) => backup.stores[n]).find(Boolean) as
    StoreEntry | undefined;
  const incomingProfile = entry ? profileStore.parse(entry.v, entry.data) : null;
  if (entry && incomingProfile === null) unreadable.push(profileStore.name);
  let profile = hereProfile;
  if (incomingProfile && !hereProfile) profile = incomingProfile;
  else if (incomingProfile && hereProfile && !same(hereProfile, incomingProfile))
    conflicts.push({ kind: 'profile', id: 'profile', here: hereProfile, incoming: incomingProfile });

  const rejected: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(backup.rejected ?? {})) {
    // A record's set-aside values, under its log's name or the store it was kept in before (an older file).
    const kept =
      stores.find((s) => s.name === name || s.formerNames.includes(name)) ??
      RECORDS.find((r) => r.log.name === name || r.before === name)?.log;
    if (kept) (rejected[kept.name] ??= []).push(...list.filter((raw) => !rejectedValues(kept).includes(raw)));
  }

  return {
    events,
    profile,
    rejected,
    conflicts,
    added: {
      incidents: reduceIncidents(incidents.all).filter((i) => !hereIncidents.has(i.id)).length,
      documents: registerAll.documents.length - registerHere.documents.length,
      episodes: registerAll.episodes.length - registerHere.episodes.length,
      calls: new Set(calls.all.map((e) => e.call).filter((c) => !hereCalls.has(c))).size,
      profile: !hereProfile && incomingProfile !== null,
    },
    lrnsTwice: twice(all) - twice(here),
    unreadable,
  };
}

export type Choice = 'here' | 'incoming';

/**
 * Writes a plan: every record's events join this browser's log; the references taken as chosen, the version
 * not taken set aside (so that a later backup still holds it), as are the values the file had set aside.
 */
export function applyRestore(plan: RestorePlan, choices: Readonly<Record<string, Choice>>): WriteResult[] {
  const took = plan.conflicts.some((c) => choices[`${c.kind}:${c.id}`] === 'incoming');
  const profile = plan.conflicts.find((c) => c.kind === 'profile');
  const results: WriteResult[] = RECORDS.map(({ log }) => {
    const merged = log.merge(plan.events[log.name] ?? []);
    return merged.ok ? ok(undefined) : merged;
  });
  const kept = profile && took ? profile.incoming : plan.profile;
  results.push(kept && !same(kept, profileStore.getSnapshot().value) ? profileStore.write(kept) : ok(undefined));
  const setAside: Record<string, string[]> = { ...plan.rejected };
  if (profile)
    (setAside[profileStore.name] ??= []).push(
      JSON.stringify({ v: profileStore.version, left: took ? profile.here : profile.incoming }),
    );
  for (const [name, list] of Object.entries(setAside))
    if (list.length > 0) keepCopies(`${storageKey(name)}.rejected`, list);
  return results;
}

/** A name for the backup file, in Paris time: secours-douane-sauvegarde-2026-11-24-1405.json. */
export const backupFileName = (stamp: string) => `${APPLICATION}-sauvegarde-${stamp}.json`;
