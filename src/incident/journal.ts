/**
 * The journal of a self-triggered DELTA backup procedure (fiche DELTA, steps 5 and 6), for one online
 * service: its steps in the order the fiche gives them, each with the steps it follows (`JOURNAL`). That
 * table is the one place of the order: the statechart's guards, the reason a step is blocked, the order of
 * the times given and the printout all derive from it.
 *
 * The journal is the list of its entries; its state is derived by replaying them in a parallel statechart
 * (one region per obligation), like a diagnosis. The texts are in ./texts.ts.
 */
import { and, createActor, setup, stateIn, type SnapshotFrom } from 'xstate';

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

export interface JournalRow {
  readonly step: JournalStep;
  /** The steps it follows: it may be recorded once they are, at a time not before theirs. */
  readonly after: readonly JournalStep[];
  /** The other way to settle the same obligation (« non nécessaire »). */
  readonly instead?: JournalStep;
  /** A step of this journal only when the office was closed (true) or open (false) during the diagnosis. */
  readonly officeClosed?: boolean;
}

/**
 * The steps, in the fiche's order:
 * - the DA is filed on OLGA; its registration time is the start of the backup procedure;
 * - the office is informed by forwarding the DA's acknowledgement: after the DA;
 * - outside office hours, after the DA, the SAU is called (or, office open, it is not needed);
 * - the backup procedure may be used once both the DA is registered and the office informed;
 * - (our advice, office closed) the declaration's state is checked with the office once it opens;
 * - the private system works again; then the SAU is asked to close the DA and the office told.
 */
export const JOURNAL: readonly JournalRow[] = [
  { step: 'da.file', after: [] },
  { step: 'office.inform', after: ['da.file'] },
  { step: 'sau.call', after: ['da.file'], instead: 'sau.skip' },
  { step: 'sau.skip', after: [], instead: 'sau.call', officeClosed: false },
  { step: 'backup.activate', after: ['da.file', 'office.inform'] },
  { step: 'office.verify', after: [], officeClosed: true },
  { step: 'system.restore', after: ['da.file'] },
  { step: 'closure.request', after: ['system.restore'] },
  { step: 'office.informEnd', after: ['system.restore'] },
];

const rowOf = (step: JournalStep) => JOURNAL.find((r) => r.step === step)!;

/** The steps a step follows. */
export const stepsBefore = (step: JournalStep): readonly JournalStep[] => rowOf(step).after;

/** The steps that follow a step. */
export const stepsAfter = (step: JournalStep): JournalStep[] =>
  JOURNAL.filter((r) => r.after.includes(step)).map((r) => r.step);

/** The statechart's region of a step: a step and its « instead » share one. */
const regionOf = (step: JournalStep) => (step === 'sau.skip' ? 'sau.call' : step).replace('.', '_');
const doneState = (step: JournalStep) => (step === 'sau.skip' ? 'skipped' : 'done');

/** In the statechart, « done » for every step of a journal; a step and its « instead » settle one region. */
const guardOf = (row: JournalRow) => {
  const after = row.after.map((s) => stateIn(`#journal.${regionOf(s)}.${doneState(s)}`));
  const office =
    row.officeClosed === undefined
      ? []
      : [({ context }: { context: JournalInput }) => context.officeClosed === row.officeClosed];
  const all = [...after, ...office];
  return all.length === 0 ? undefined : and(all as never);
};

const regions = Object.fromEntries(
  JOURNAL.filter((r) => r.step !== 'sau.skip').map((row) => {
    const alternatives = [row, ...(row.instead ? [rowOf(row.instead)] : [])];
    return [
      regionOf(row.step),
      {
        initial: 'pending',
        states: {
          pending: {
            on: Object.fromEntries(alternatives.map((r) => [r.step, { guard: guardOf(r), target: doneState(r.step) }])),
          },
          done: {},
          ...(row.instead ? { skipped: {} } : {}),
        },
      },
    ];
  }),
);

export const journalMachine = setup({
  types: {
    events: {} as { type: JournalStep },
    input: {} as JournalInput,
    context: {} as JournalInput,
  },
}).createMachine({
  id: 'journal',
  type: 'parallel',
  context: ({ input }) => ({ officeClosed: input.officeClosed }),
  // Built from JOURNAL: one region per obligation.
  states: regions as never,
});

export type JournalSnapshot = SnapshotFrom<typeof journalMachine>;

/** Whether a step is done in a journal's state. */
export const isDone = (snapshot: JournalSnapshot, step: JournalStep) =>
  snapshot.matches({ [regionOf(step)]: doneState(step) } as never);

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

/** Why a step cannot be recorded yet: the first step it follows that is not done; null when it can be. */
export function blockedBy(snapshot: JournalSnapshot, step: JournalStep): JournalStep | null {
  if (snapshot.can({ type: step })) return null;
  return stepsBefore(step).find((s) => !isDone(snapshot, s)) ?? null;
}

/** The backup procedure may be used: both conditions hold, DA registered and office informed. */
export const backupAllowed = (snapshot: JournalSnapshot) =>
  isDone(snapshot, 'da.file') && isDone(snapshot, 'office.inform');

/** The private system works again: the backup procedure must no longer be used. */
export const systemRestored = (snapshot: JournalSnapshot) => isDone(snapshot, 'system.restore');

/** Every end step is done: the private system works again, the SAU and the office are told. */
export const endStepsDone = (snapshot: JournalSnapshot) =>
  isDone(snapshot, 'system.restore') && isDone(snapshot, 'closure.request') && isDone(snapshot, 'office.informEnd');

/** The journal's rows in order, for this journal: the SAU row is « appelé » or « non nécessaire ». */
export function journalSteps(input: JournalInput, snapshot: JournalSnapshot): JournalStep[] {
  return JOURNAL.filter((row) => {
    if (row.officeClosed !== undefined && row.officeClosed !== input.officeClosed && row.step !== 'sau.skip')
      return false;
    if (row.step === 'sau.skip') return isDone(snapshot, 'sau.skip');
    if (row.step === 'sau.call') return !isDone(snapshot, 'sau.skip');
    return true;
  }).map((row) => row.step);
}
