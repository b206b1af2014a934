/**
 * What an earlier build kept in this browser reads in this one, with nothing lost: every store and every log,
 * as that build wrote them while a person used it (src/testing/stored/, made by scripts/dump-stored.mjs from
 * the build before the records layer), and the backup file it made of them. Nothing is set aside, no problem is
 * reported, every value reads as it was and every event is there; the register, kept then as one value, reads
 * as the same register from its events.
 */
import before from '../testing/stored/652c25b.json';
import { reduceCalls } from '../helpDesk/calls';
import { callLog } from '../helpDesk/callLog';
import { reduceRegister } from '../gamma/reduce';
import { registerLog } from '../gamma/log';
import { registerStore } from '../gamma/store';
import { incidentLog } from '../incident/log';
import { reduceIncidents } from '../incident/reduce';
import { kept, storageKey } from '../lib/storage';
import type { Store } from '../lib/createStore';
import { ALL_STORES } from '../testing/robustness';
import { applyRestore, everythingAside, planRestore, readBackup } from '../backup/backup';
import { helpDeskModeStore } from '../helpDesk/store';
import { profileStore } from '../incident/store';
import { setEvidenceWriteHook } from './evidence';

const stored = before.storage as Record<string, string>;
const evidence = vi.fn<() => void>();
beforeEach(() => {
  evidence.mockClear();
  setEvidenceWriteHook(evidence);
});
afterEach(() => setEvidenceWriteHook(() => {}));
const raw = (name: string) => stored[storageKey(name)]!;
const LOGS = [incidentLog, callLog, registerLog];
/** A document as both builds keep it: its LRN, date, consignee, milestone and void. */
const shape = (d: Record<string, unknown>) => ({
  lrn: d.lrn,
  date: d.date,
  consignee: d.consignee,
  copySent: (d.copySent as { at: string } | undefined)?.at,
  voided: (d.voided as { reason: string } | undefined)?.reason,
});

test(`the fixture holds every store and log the build ${before.build} kept`, () => {
  expect(Object.keys(stored).toSorted()).toEqual(
    [
      ...ALL_STORES.map((s) => s.key),
      incidentLog.key,
      callLog.key,
      // The register, a value then; an event log now (read from it).
      storageKey('gamma-register'),
    ].toSorted(),
  );
});

/** What that build's records show, read here: the incident, both calls, the register. */
function expectTheRecords() {
  const [incident, ...others] = reduceIncidents(incidentLog.getSnapshot().events);
  expect(others).toEqual([]);
  expect(incident).toMatchObject({ notes: 'Panne vue par Camille ; « DA » déposée à 8 h.', deleted: false });
  expect(incident!.services.map((s) => s.service)).toEqual(['g']);
  // The DA and the office's e-mail as they were filed and sent, word for word; the step taken back, gone.
  const logged = JSON.parse(raw(incidentLog.name)).events as { type: string; step?: string; text?: string }[];
  const record = incident!.services[0]!;
  expect(record.da?.text).toBe(logged.find((e) => e.type === 'da.filed')!.text);
  expect(record.journal.map((e) => e.step)).toEqual(['da.file', 'office.inform', 'backup.activate']);
  expect(record.journal[1]!.text).toBe(logged.find((e) => e.step === 'office.inform')!.text);
  // The first call, ended; the second, begun with the diagnosis left in progress, still open.
  const { all } = reduceCalls(callLog.getSnapshot().events);
  expect(all).toHaveLength(2);
  const ended = all.find((c) => c.endedAt !== null);
  expect(ended).toMatchObject({
    notes: 'Appelle pour Delta G ; DTI.',
    caller: { name: 'M. Martin', company: 'Martin Logistique', eori: 'FR123456789', phone: '06 12 34 56 78' },
    answers: ['delta', 'g1', 'dti', 'no', 'cannotValidate'],
  });
  expect(ended!.course.map((e) => e.type)).toContain('answer.changed');
  expect(all.find((c) => c !== ended)).toMatchObject({ answers: ['gamma'], endedAt: null });

  // The register, kept then as one value, is the same register from its events.
  const old = JSON.parse(raw('gamma-register')).data;
  const { register, conflicts } = reduceRegister(registerLog.getSnapshot().events);
  expect(conflicts).toEqual([]);
  expect(register.operator).toEqual(old.operator);
  expect(register.prefix).toBe('SEC');
  expect(register.prefixChanges.map(({ from, to, years }) => ({ from, to, years }))).toEqual(
    old.prefixChanges.map(({ from, to, years }: (typeof old.prefixChanges)[number]) => ({ from, to, years })),
  );
  expect(register.episodes.map((e) => [e.startedAt, e.authorisation])).toEqual(
    old.episodes.map((e: (typeof old.episodes)[number]) => [e.startedAt, e.authorisation]),
  );
  // Every document as it was.
  expect(register.documents.map(shape)).toEqual(old.documents.map(shape));
  expect(register.documents.map((d) => d.lrn)).toEqual(['202600001', '202600002', '202600003', 'SEC202600001']);
  expect(registerStore.getSnapshot().value).toEqual(register);
}

// Each test as the app would open once on what that build left: the register is read into its log once per
// page (a later test in this file would find it read already, for the same stored value).
test('what that build kept in this browser reads with nothing lost', () => {
  for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);

  // No problem anywhere, nothing set aside.
  for (const item of kept) expect(item.getSnapshot(), item.name).toMatchObject({ problem: null, writeProblem: null });
  for (const log of LOGS) expect(log.getSnapshot().rejected, log.name).toBe(0);
  expect(everythingAside()).toEqual({});

  // Every value as it was stored.
  for (const store of ALL_STORES as readonly Store<unknown>[]) {
    const snapshot = store.getSnapshot();
    expect(snapshot.stored, store.name).toBe(true);
    expect(snapshot.value, store.name).toEqual(JSON.parse(raw(store.name)).data);
  }
  // Every event of its logs.
  for (const log of [incidentLog, callLog]) {
    const events = JSON.parse(raw(log.name)).events as { id: string }[];
    const here = log.getSnapshot().events.map((e) => e.id);
    expect(here.toSorted(), log.name).toEqual(events.map((e) => e.id).toSorted());
  }
  expectTheRecords();

  // Read, not written: showing what that build kept writes nothing, nor asks for persistent storage.
  expect(localStorage.getItem(registerLog.key)).toBeNull();
  expect(evidence).not.toHaveBeenCalled();
  // The user's first change to the register writes it, with every event read from that build's.
  const read = registerLog.getSnapshot().events.length;
  registerStore.choose({ type: 'prefix.set', prefix: registerStore.getSnapshot().value.prefix });
  expect(JSON.parse(localStorage.getItem(registerLog.key)!).events).toHaveLength(read + 1);
  expect(evidence).toHaveBeenCalledTimes(1);
  expectTheRecords();
});

test('the backup file that build made restores into an empty browser with nothing lost', () => {
  const file = readBackup(JSON.stringify(before.backup));
  expect(file.ok).toBe(true);
  const plan = planRestore(file.ok ? file.value : (undefined as never));
  expect(plan).toMatchObject({ profileConflict: null, unreadable: [], registerConflicts: 0 });
  expect(plan.added).toMatchObject({
    incidents: 1,
    calls: 2,
    documents: 4,
    episodes: 1,
    profile: true,
    helpDesk: true,
  });
  expect(applyRestore(plan, false).filter((r) => !r.ok)).toEqual([]);

  expect(everythingAside()).toEqual({});
  expect(profileStore.getSnapshot().value).toEqual(JSON.parse(raw('profile')).data);
  expect(helpDeskModeStore.getSnapshot().value).toEqual({ enabled: true, agent: 'Camille Dupont' });
  expectTheRecords();
});
