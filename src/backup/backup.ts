/**
 * « Sauvegarder mes données » and « Restaurer »: one versioned JSON file of everything this browser keeps
 * (every store, and the values set aside as unreadable), read back, validated, and merged without loss.
 * Nothing already here is overwritten: what the file adds is added, what is identical stays once, and an
 * incident, a document or the references present on both sides with different contents is a conflict
 * for the user to settle.
 */
import * as z from 'zod/mini';
import { callLog, eventsOfOldCall } from '../helpDesk/callLog';
import { mergeRegister, takeIncoming, type RegisterConflict } from '../gamma/merge';
import type { Register } from '../gamma/schema';
import { equal } from '../lib/equal';
import { registerStore } from '../gamma/store';
import { eventsOfOldStore } from '../incident/legacy';
import { incidentLog } from '../incident/log';
import { reduceIncidents } from '../incident/reduce';
import { profileStore } from '../incident/store';
import type { Profile } from '../incident/profile';
import { storageKey, stores, type Store, type WriteResult } from '../lib/createStore';
import { copiesAt, keepCopies, olderCopies, rejectedValues } from '../lib/storeCopies';
import { ok, refuse, type Result } from '../lib/result';

export const BACKUP_FORMAT = 1;
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

/** Everything kept in this browser, as one object (the file's content). */
export function makeBackup(now: Date): BackupFile {
  const data: BackupFile['stores'] = {};
  const rejected: Record<string, string[]> = {};
  for (const store of stores.filter((s) => s.inBackup)) {
    const snapshot = store.getSnapshot();
    if (snapshot.stored || snapshot.writeProblem) data[store.name] = { v: store.version, data: snapshot.value };
    const aside = [...rejectedValues(store), ...olderCopies(store)];
    if (aside.length) rejected[store.name] = aside;
  }
  const logs: Record<string, unknown[]> = {};
  for (const log of [callLog, incidentLog]) {
    logs[log.name] = [...log.getSnapshot().events];
    const aside = copiesAt(`${log.key}.rejected`);
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

// ---- The plan of a restore: what the file adds, and the conflicts.

export type Conflict =
  | { readonly kind: 'document'; readonly id: string; readonly conflict: RegisterConflict }
  | { readonly kind: 'profile'; readonly id: 'profile'; readonly here: Profile; readonly incoming: Profile };

export interface RestorePlan {
  readonly register: Register;
  /** The register as the file has it (with its episodes), for a document taken from it. */
  readonly incomingRegister: Register | null;
  readonly profile: Profile | null;
  /** The help-desk log's events of the file (and its calls written before the log, as events). */
  readonly callEvents: unknown[];
  /** The incident log's events of the file (and its incidents written before the log, as events). */
  readonly incidentEvents: unknown[];
  readonly rejected: Record<string, string[]>;
  readonly conflicts: Conflict[];
  /** What the file adds, counted: « 2 incidents », « 5 documents »… */
  readonly added: { incidents: number; documents: number; episodes: number; calls: number; profile: boolean };
  /** Stores of the file that could not be read (another version, damaged): they are not restored. */
  readonly unreadable: string[];
}

/** What restoring `backup` into the current data would do, with every conflict left as it is here. */
export function planRestore(backup: BackupFile): RestorePlan {
  const unreadable: string[] = [];
  const read = <T>(store: Store<T>): T | null => {
    const entry = [store.name, ...store.formerNames].map((n) => backup.stores[n]).find(Boolean);
    if (!entry) return null;
    const value = store.parse(entry.v, entry.data);
    if (value === null) unreadable.push(store.name);
    return value;
  };

  const conflicts: Conflict[] = [];
  // Incidents are never in conflict: their events join this browser's log (union by id).
  const incidentEvents: unknown[] = [...(backup.logs?.[incidentLog.name] ?? [])];
  const oldIncidents = backup.stores.incidents;
  if (oldIncidents) {
    const events = eventsOfOldStore(oldIncidents);
    if (events) incidentEvents.push(...events);
    else unreadable.push('incidents');
  }
  const hereIncidents = new Set(reduceIncidents(incidentLog.getSnapshot().events).map((i) => i.id));
  const addedIncidents = reduceIncidents(incidentLog.parse(incidentEvents).events).filter(
    (i) => !hereIncidents.has(i.id),
  ).length;

  const hereRegister = registerStore.getSnapshot().value;
  const incomingRegister = read(registerStore);
  const merged = incomingRegister
    ? mergeRegister(hereRegister, incomingRegister)
    : { register: hereRegister, conflicts: [] };
  for (const c of merged.conflicts) conflicts.push({ kind: 'document', id: c.lrn, conflict: c });

  const hereProfile = profileStore.getSnapshot().value;
  const incomingProfile = read(profileStore);
  let profile = hereProfile;
  if (incomingProfile && !hereProfile) profile = incomingProfile;
  else if (incomingProfile && hereProfile && !equal(hereProfile, incomingProfile))
    conflicts.push({ kind: 'profile', id: 'profile', here: hereProfile, incoming: incomingProfile });

  // Calls are never in conflict: their events join this browser's log (union by id).
  const callEvents: unknown[] = [...(backup.logs?.[callLog.name] ?? [])];
  for (const name of ['help-desk-call', 'help-desk-calls', 'agent-call', 'agent-calls']) {
    const data = backup.stores[name]?.data;
    if (data !== undefined)
      (Array.isArray(data) ? data : [data]).forEach((c, n) => callEvents.push(...eventsOfOldCall(c, n)));
  }
  const hereCalls = new Set(callLog.getSnapshot().events.map((e) => e.call));
  const calls = new Set(
    callLog
      .parse(callEvents)
      .events.map((e) => e.call)
      .filter((c) => !hereCalls.has(c)),
  ).size;

  const rejected: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(backup.rejected ?? {})) {
    const store = stores.find((s) => s.name === name || s.formerNames.includes(name));
    const log = [callLog, incidentLog].find((l) => l.name === name);
    const kept = store ?? log;
    if (kept) rejected[kept.name] = list.filter((raw) => !rejectedValues(kept).includes(raw));
  }

  return {
    register: merged.register,
    incomingRegister,
    profile,
    callEvents,
    incidentEvents,
    rejected,
    conflicts,
    added: {
      incidents: addedIncidents,
      documents: merged.register.documents.length - hereRegister.documents.length,
      episodes: merged.register.episodes.length - hereRegister.episodes.length,
      calls,
      profile: !hereProfile && incomingProfile !== null,
    },
    unreadable,
  };
}

export type Choice = 'here' | 'incoming';

/** The plan with the user's choice for each conflict (absent: keep what is here). */
export function resolvePlan(plan: RestorePlan, choices: Readonly<Record<string, Choice>>) {
  let register = plan.register;
  let profile = plan.profile;
  for (const c of plan.conflicts) {
    if (choices[`${c.kind}:${c.id}`] !== 'incoming') continue;
    if (c.kind === 'document') register = takeIncoming(register, c.conflict);
    if (c.kind === 'profile') profile = c.incoming;
  }
  return { register, profile, rejected: plan.rejected };
}

/**
 * Writes a resolved plan. A conflicting value not taken is not lost either: the version left aside goes
 * to the store's set-aside copies, so that a later backup still holds it.
 */
export function applyRestore(plan: RestorePlan, choices: Readonly<Record<string, Choice>>): WriteResult[] {
  const resolved = resolvePlan(plan, choices);
  const results = [
    mergeLog(incidentLog, plan.incidentEvents),
    registerStore.write(resolved.register),
    resolved.profile ? profileStore.write(resolved.profile) : ok(undefined),
    mergeLog(callLog, plan.callEvents),
  ];
  const setAside: Record<string, string[]> = { ...resolved.rejected };
  for (const c of plan.conflicts) {
    const took = choices[`${c.kind}:${c.id}`] === 'incoming';
    const left = c.kind === 'document' ? (took ? c.conflict.here : c.conflict.incoming) : took ? c.here : c.incoming;
    const store = c.kind === 'document' ? registerStore : profileStore;
    (setAside[store.name] ??= []).push(JSON.stringify({ v: store.version, left }));
  }
  for (const [name, list] of Object.entries(setAside)) keepAside(name, list);
  return results;
}

function mergeLog(log: Pick<typeof callLog, 'merge'>, events: readonly unknown[]): WriteResult {
  const result = log.merge(events);
  return result.ok ? ok(undefined) : result;
}

function keepAside(name: string, raws: readonly string[]) {
  if (raws.length > 0) keepCopies(`${storageKey(name)}.rejected`, raws);
}

/** A name for the backup file, in Paris time: secours-douane-sauvegarde-2026-11-24-1405.json. */
export const backupFileName = (stamp: string) => `${APPLICATION}-sauvegarde-${stamp}.json`;
