/**
 * The incident journal of a self-triggered DELTA backup procedure (fiche DELTA, étapes 5 et 6), as a
 * parallel statechart: each obligation is a region, and the backup procedure may be marked active only
 * once both cumulative conditions hold (DA registered AND office informed). A journal is the list of
 * its entries; its state is derived by replaying them, like a diagnosis.
 */
import { and, createActor, setup, stateIn, type SnapshotFrom } from 'xstate';

export const JOURNAL_STEPS = [
  'da.file',
  'office.inform',
  'sau.call',
  'sau.skip',
  'backup.activate',
  'system.restore',
  'closure.request',
  'office.informEnd',
] as const;
export type JournalStep = (typeof JOURNAL_STEPS)[number];

export const journalMachine = setup({
  types: {
    events: {} as { type: JournalStep },
  },
  guards: {
    daFiled: stateIn('#journal.da.filed'),
    bothConditions: and([stateIn('#journal.da.filed'), stateIn('#journal.office.informed')]),
    systemRestored: stateIn('#journal.system.restored'),
  },
}).createMachine({
  id: 'journal',
  type: 'parallel',
  states: {
    da: {
      initial: 'pending',
      states: { pending: { on: { 'da.file': 'filed' } }, filed: {} },
    },
    office: {
      initial: 'pending',
      states: { pending: { on: { 'office.inform': 'informed' } }, informed: {} },
    },
    sau: {
      initial: 'pending',
      states: {
        pending: { on: { 'sau.call': { guard: 'daFiled', target: 'called' }, 'sau.skip': 'notNeeded' } },
        called: {},
        notNeeded: {},
      },
    },
    backup: {
      initial: 'inactive',
      states: { inactive: { on: { 'backup.activate': { guard: 'bothConditions', target: 'active' } } }, active: {} },
    },
    system: {
      initial: 'down',
      states: { down: { on: { 'system.restore': { guard: 'daFiled', target: 'restored' } } }, restored: {} },
    },
    closure: {
      initial: 'pending',
      states: {
        pending: { on: { 'closure.request': { guard: 'systemRestored', target: 'requested' } } },
        requested: {},
      },
    },
    officeEnd: {
      initial: 'pending',
      states: {
        pending: { on: { 'office.informEnd': { guard: 'systemRestored', target: 'informed' } } },
        informed: {},
      },
    },
  },
});

export type JournalSnapshot = SnapshotFrom<typeof journalMachine>;

export interface JournalEntry {
  readonly step: JournalStep;
  /** ISO timestamp of when the step was recorded. */
  readonly at: string;
}

/** Replays entries; an entry the journal cannot take (out of order, forged) is left out and reported. */
export function replayJournal(entries: readonly JournalEntry[]): {
  snapshot: JournalSnapshot;
  accepted: JournalEntry[];
  refused: JournalEntry[];
} {
  const actor = createActor(journalMachine).start();
  const accepted: JournalEntry[] = [];
  const refused: JournalEntry[] = [];
  for (const entry of entries) {
    if (accepted.some((a) => a.step === entry.step) || !actor.getSnapshot().can({ type: entry.step })) {
      refused.push(entry);
      continue;
    }
    actor.send({ type: entry.step });
    accepted.push(entry);
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { snapshot, accepted, refused };
}

/** Why a step cannot be recorded yet, in French; null when it can (or is done). */
export function blockedReason(snapshot: JournalSnapshot, step: JournalStep): string | null {
  if (snapshot.can({ type: step })) return null;
  switch (step) {
    case 'backup.activate':
      if (snapshot.matches({ backup: 'active' })) return null;
      return 'Possible seulement une fois la DA enregistrée ET le bureau de douane informé : les deux conditions sont cumulatives.';
    case 'sau.call':
    case 'system.restore':
      return snapshot.matches({ da: 'filed' }) ? null : 'Déposez d’abord la demande d’assistance (DA).';
    case 'closure.request':
    case 'office.informEnd':
      return snapshot.matches({ system: 'restored' }) ? null : 'Une fois votre système de nouveau en état de marche.';
    default:
      return null;
  }
}

/** The procedure may be used: both conditions hold. */
export function backupAllowed(snapshot: JournalSnapshot): boolean {
  return snapshot.matches({ da: 'filed', office: 'informed' });
}
