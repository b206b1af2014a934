/**
 * The incident journal of a self-triggered DELTA backup procedure (fiche DELTA, étapes 5 et 6), as a
 * parallel statechart: each obligation is a region, and the backup procedure may be marked active only
 * once both cumulative conditions hold (DA registered AND office informed). A journal is the list of its
 * entries; its state is derived by replaying them, like a diagnosis.
 *
 * The journal's steps, their order and their texts are all here (`JOURNAL_STEP_TEXT`, `journalSteps`).
 */
import { and, createActor, not, setup, stateIn, type SnapshotFrom } from 'xstate';

export const JOURNAL_STEPS = [
  'da.file',
  'office.inform',
  'sau.call',
  'sau.skip',
  'backup.activate',
  'office.verify',
  'system.restore',
  'closure.request',
  'office.informEnd',
] as const;
export type JournalStep = (typeof JOURNAL_STEPS)[number];

export interface JournalInput {
  /**
   * The office could not be reached during the diagnosis (`delta.office` = `closed`): the call to the SAU
   * after the DA is required (S1 step 5), and checking the declaration with the office once it opens is
   * advised (flows.md, second round).
   */
  readonly officeClosed: boolean;
}

export const journalMachine = setup({
  types: {
    events: {} as { type: JournalStep },
    input: {} as JournalInput,
    context: {} as JournalInput,
  },
  guards: {
    daFiled: stateIn('#journal.da.filed'),
    bothConditions: and([stateIn('#journal.da.filed'), stateIn('#journal.office.informed')]),
    systemRestored: stateIn('#journal.system.restored'),
    officeOpen: not(({ context }) => context.officeClosed),
    officeClosed: ({ context }) => context.officeClosed,
  },
}).createMachine({
  id: 'journal',
  type: 'parallel',
  context: ({ input }) => ({ officeClosed: input.officeClosed }),
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
        pending: {
          on: {
            'sau.call': { guard: 'daFiled', target: 'called' },
            'sau.skip': { guard: 'officeOpen', target: 'notNeeded' },
          },
        },
        called: {},
        notNeeded: {},
      },
    },
    backup: {
      initial: 'inactive',
      states: { inactive: { on: { 'backup.activate': { guard: 'bothConditions', target: 'active' } } }, active: {} },
    },
    verify: {
      initial: 'pending',
      states: { pending: { on: { 'office.verify': { guard: 'officeClosed', target: 'done' } } }, done: {} },
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

/** Replays steps in the order they were recorded; a step the journal cannot take is left out and reported. */
export function replayJournal<E extends { readonly step: JournalStep }>(
  entries: readonly E[],
  input: JournalInput,
): { snapshot: JournalSnapshot; accepted: E[]; refused: E[] } {
  const actor = createActor(journalMachine, { input }).start();
  const accepted: E[] = [];
  const refused: E[] = [];
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

export type BlockedReason = 'needsBoth' | 'needsDa' | 'needsRestore';

/** Why a step cannot be recorded yet; null when it can (or is done). */
export function blockedReason(snapshot: JournalSnapshot, step: JournalStep): BlockedReason | null {
  if (snapshot.can({ type: step })) return null;
  switch (step) {
    case 'backup.activate':
      return snapshot.matches({ backup: 'active' }) ? null : 'needsBoth';
    case 'sau.call':
    case 'system.restore':
      return snapshot.matches({ da: 'filed' }) ? null : 'needsDa';
    case 'closure.request':
    case 'office.informEnd':
      return snapshot.matches({ system: 'restored' }) ? null : 'needsRestore';
    default:
      return null;
  }
}

/** The procedure may be used: both conditions hold. */
export function backupAllowed(snapshot: JournalSnapshot): boolean {
  return snapshot.matches({ da: 'filed', office: 'informed' });
}

/** Every end step is done: the private system works again, the SAU and the office are told. */
export function endStepsDone(snapshot: JournalSnapshot): boolean {
  return snapshot.matches({ system: 'restored', closure: 'requested', officeEnd: 'informed' });
}

export interface StepText {
  /** What was done, as the journal, the print and the export say it. */
  readonly label: string;
  /** When to do it or why, in the words of the fiche (or marked as ours). */
  readonly note?: string;
  /** Advice of ours, not an obligation of the fiche: the screen says so. */
  readonly ours?: boolean;
}

export const JOURNAL_STEP_TEXT: Record<JournalStep, StepText> = {
  'da.file': {
    label: 'Demande d’assistance (DA) déposée sur OLGA',
    note: 'Son heure d’enregistrement, lue dans l’accusé de réception, est celle retenue pour le début de la procédure de secours.',
  },
  'office.inform': { label: 'Bureau de douane informé (accusé de réception de la DA transféré)' },
  'sau.call': {
    label: 'SAU du CID appelé (hors heures d’ouverture du bureau)',
    note: 'En dehors des heures d’ouverture du bureau, après avoir déposé la DA, appelez le SAU du CID.',
  },
  'sau.skip': { label: 'Appel au SAU non nécessaire (bureau ouvert)' },
  'backup.activate': { label: 'Procédure de secours en cours' },
  'office.verify': {
    label: 'État de la déclaration vérifié auprès du bureau dès son ouverture',
    note: 'Pour ne pas traiter en procédure de secours une déclaration qui serait en fait « sous contrôle », « crédit en attente » ou « paiement comptant ».',
    ours: true,
  },
  'system.restore': { label: 'Système de nouveau en état de marche' },
  'closure.request': { label: 'Clôture de la DA demandée au SAU' },
  'office.informEnd': { label: 'Bureau de douane informé de la fin de la procédure' },
};

/** The journal's rows in order, for this journal: the SAU row is « appelé » or « non nécessaire ». */
export function journalSteps(input: JournalInput, snapshot: JournalSnapshot): JournalStep[] {
  return [
    'da.file',
    'office.inform',
    snapshot.matches({ sau: 'notNeeded' }) ? 'sau.skip' : 'sau.call',
    'backup.activate',
    ...(input.officeClosed ? (['office.verify'] as const) : []),
    'system.restore',
    'closure.request',
    'office.informEnd',
  ];
}

export const BLOCKED_TEXT: Record<BlockedReason, string> = {
  needsBoth:
    'Possible seulement une fois la DA enregistrée et le bureau de douane informé : les deux conditions sont cumulatives.',
  needsDa: 'Déposez d’abord la demande d’assistance (DA).',
  needsRestore: 'À faire une fois votre système de nouveau en état de marche.',
};
