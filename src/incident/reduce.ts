/**
 * The incidents as they stand, derived from their events (./log.ts): a pure function, the only reader of
 * the events. Corrections apply to what they name; what the union of two copies makes inconsistent (two DAs
 * for one service, one step recorded twice) is kept as the first recorded, the other reported as a conflict.
 */
import { replay } from '../flows/replay';
import { answerAt } from '../flows/rules';
import type { JournalFacts, JournalStep } from './journal';
import type { IncidentEvent } from './log';
import type {
  AbsorbedRecord,
  Conflict,
  DaService,
  FiledDa,
  Incident,
  JournalEntry,
  Revised,
  ServiceRecord,
  Stamp,
  WithdrawnEntry,
  SetAsideDa,
  SetAsideStep,
} from './schema';
import { currentTime, latest } from './schema';

interface Draft {
  id: string;
  createdAt: string;
  answers: readonly string[];
  services: Map<DaService, MutableService>;
  absorbed: AbsorbedRecord[];
  notes: string;
  notesEvent?: string;
  notesAt?: string;
  otherNotes: { text: string; at: string }[];
  closedAt?: Stamp;
  /** The closures no other replaces (two copies may each have closed it): the first holds. */
  closures: (Stamp & { id: string })[];
  setAsideClosures: { time: string; recordedAt: string; setAsideAt: string }[];
  reopenings: { closedAt: Stamp; reopenedAt: string }[];
  deleted: boolean;
  conflicts: Conflict[];
}

interface MutableService {
  service: DaService;
  mode: ServiceRecord['mode'];
  answers?: readonly string[];
  reasons?: readonly string[];
  event: string;
  alertAt: Stamp[];
  da: (Omit<FiledDa, 'numbers' | 'officeOpen'> & { numbers: Revised<string>[]; officeOpen: Revised<boolean>[] }) | null;
  journal: MutableEntry[];
  withdrawn: WithdrawnEntry[];
  setAsideDas: SetAsideDa[];
  /** The other DAs filed for it (two copies joined): reported; the first takes the place of one withdrawn. */
  otherDas: Extract<IncidentEvent, { type: 'da.filed' }>[];
  /** Its steps recorded in another copy too (two copies joined): reported when their times differ. */
  otherSteps: StepDone[];
  setAsideSteps: SetAsideStep[];
  /** The other copies' steps set aside: one corrected there since comes back, to be reported again. */
  settledSteps: StepDone[];
  /** The alert times another copy gave when it added the service too (corrections there included). */
  otherAlerts: { id: string; time: string; at: string }[];
}

type StepDone = Extract<IncidentEvent, { type: 'step.done' }>;

type MutableEntry = Omit<JournalEntry, 'times' | 'services'> & {
  times: Stamp[];
  services: DaService[];
  /** Another copy's step, in the journal of `services` since the step kept there was taken back (`at`). */
  promoted?: { at: string; event: StepDone; services: DaService[] };
};

type Targets = Map<
  string,
  {
    incident: Draft;
    service?: MutableService;
    entry?: MutableEntry;
    /** A DA noted alike in several copies: the events that note it, each copy's. */
    copies?: Set<string>;
    /** Another copy's addition of a service already added: its alert time. */
    otherAlert?: { id: string; time: string; at: string };
  }
>;

/** A DA filed for a service: its DA, and the step of its journal. */
function applyDaFiled(i: Draft, s: MutableService, e: Extract<IncidentEvent, { type: 'da.filed' }>, targets: Targets) {
  s.da = {
    event: e.id,
    numbers: e.number ? [{ value: e.number, recordedAt: e.at }] : [],
    officeOpen: [{ value: e.officeOpen, recordedAt: e.at }],
    text: e.text,
    references: e.references ?? null,
  };
  const entry = {
    step: 'da.file' as const,
    event: e.id,
    times: [{ at: e.time, recordedAt: e.at }],
    services: [e.service],
  };
  s.journal.push(entry);
  targets.set(e.id, { incident: i, service: s, entry });
}

/** A DA filed as the service's is, as it stands: number, time, office open or not, and text. */
function sameDa(s: MutableService, e: Extract<IncidentEvent, { type: 'da.filed' }>) {
  const entry = s.journal.find((j) => j.event === s.da?.event);
  return (
    s.da?.text === e.text &&
    s.da.numbers.at(-1)?.value === e.number &&
    s.da.officeOpen.at(-1)?.value === e.officeOpen &&
    entry?.times.at(-1)?.at === e.time
  );
}

/**
 * The conflicts a correction settles (those the page reported when the user made it): no longer said, and
 * another copy's DA so set aside never takes the place of the retained one.
 */
function settle(i: Draft, settles: readonly string[] | undefined, at: string) {
  if (!settles?.length) return;
  i.conflicts = i.conflicts.filter((c) => !settles.includes(c.ignored));
  for (const s of i.services.values()) {
    // Another copy's step time, set aside: on record, and it never stands in for the step kept.
    // (Its time kept instead, it is the journal's: nothing set aside.)
    for (const o of s.otherSteps.filter((x) => settles.includes(x.id))) {
      const kept = s.journal.find((j) => j.step === o.step);
      if (!kept || currentTime(kept.times) !== o.time)
        s.setAsideSteps.push({ step: o.step, time: o.time, recordedAt: o.at, setAsideAt: at });
    }
    s.settledSteps.push(...s.otherSteps.filter((o) => settles.includes(o.id)));
    s.otherSteps = s.otherSteps.filter((o) => !settles.includes(o.id));
    // Another copy's alert time, set aside: on record (unless it is the one kept).
    for (const o of s.otherAlerts.filter((x) => settles.includes(x.id)))
      if (o.time !== currentTime(s.alertAt))
        s.setAsideSteps.push({ step: 'alert', time: o.time, recordedAt: o.at, setAsideAt: at });
    s.otherAlerts = s.otherAlerts.filter((o) => !settles.includes(o.id));
    for (const d of s.otherDas.filter((x) => settles.includes(x.id)))
      s.setAsideDas.push({ number: d.number ?? '', time: d.time, recordedAt: d.at, setAsideAt: at });
    s.otherDas = s.otherDas.filter((d) => !settles.includes(d.id));
  }
}

/**
 * A correction of the other DA of a service (its number, whether the office was open, its time), or of the
 * other time of a step, made in its own copy: it stands corrected, still reported, and so it is if it takes
 * the retained one's place.
 */
function correctOtherDa(i: Draft, id: string, change: { number?: string; officeOpen?: boolean; time?: string }) {
  // What the correction gives: a field it leaves out stays as it was.
  const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
  for (const s of i.services.values()) {
    s.otherDas = s.otherDas.map((d) => (d.id === id ? { ...d, ...defined } : d));
    // Or of another step so recorded: its time.
    if (change.time) s.otherSteps = s.otherSteps.map((o) => (o.id === id ? { ...o, time: change.time! } : o));
  }
  i.conflicts = i.conflicts.map((c) => (c.kind === 'twoDas' && c.ignored === id ? { ...c, ...defined } : c));
}

/** Every incident of the log (deleted ones included, flagged), oldest first. */
export function reduceIncidents(events: readonly IncidentEvent[]): (Incident & { deleted: boolean })[] {
  const incidents = new Map<string, Draft>();
  // What a correction may name: a service's addition, a DA, a step.
  const targets: Targets = new Map();
  // Every incident first: another tab's clock may put an event before the opening it follows.
  for (const e of events) {
    if (e.type !== 'incident.opened' || incidents.has(e.incident)) continue;
    incidents.set(e.incident, {
      id: e.incident,
      createdAt: e.at,
      answers: e.answers,
      services: new Map(),
      absorbed: [],
      notes: '',
      otherNotes: [],
      closures: [],
      setAsideClosures: [],
      reopenings: [],
      deleted: false,
      conflicts: [],
    });
  }
  // Events of one moment (one action may make several): a service before what is recorded for it.
  const ordered = events.toSorted((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : rank(a) - rank(b)));
  for (const e of ordered) {
    const i = incidents.get(e.incident);
    if (!i || e.type === 'incident.opened') continue;
    const stamp = (time: string): Stamp => ({ at: time, recordedAt: e.at });
    switch (e.type) {
      case 'service.added': {
        const added = i.services.get(e.service);
        if (added) {
          // Added in two copies: the first kept, the other's alert time (as corrected there) reported, once
          // every event is read, when it differs, until one is kept.
          const other = { id: e.id, time: e.time, at: e.at };
          added.otherAlerts.push(other);
          targets.set(e.id, { incident: i, otherAlert: other });
          break;
        }
        const s: MutableService = {
          service: e.service,
          mode: e.mode,
          ...(e.answers ? { answers: e.answers } : {}),
          ...(e.reasons ? { reasons: e.reasons } : {}),
          event: e.id,
          alertAt: [stamp(e.time)],
          da: null,
          journal: [],
          withdrawn: [],
          setAsideDas: [],
          otherDas: [],
          otherSteps: [],
          setAsideSteps: [],
          settledSteps: [],
          otherAlerts: [],
        };
        i.services.set(e.service, s);
        targets.set(e.id, { incident: i, service: s });
        break;
      }
      case 'reasons.confirmed': {
        const s = i.services.get(e.service);
        if (s && !s.answers) s.reasons = e.reasons;
        break;
      }
      case 'alert.corrected': {
        const target = targets.get(e.corrects);
        // The other copy's addition, corrected there.
        if (target?.otherAlert) target.otherAlert.time = e.time;
        const s = target?.service;
        if (!s) break;
        if (currentTime(s.alertAt) !== e.time) s.alertAt.push(stamp(e.time));
        settle(i, e.settles, e.at);
        break;
      }
      case 'da.filed': {
        const s = i.services.get(e.service);
        if (!s) break;
        // The same DA noted in two copies (two tabs): one DA, which either copy's corrections name.
        if (s.da && sameDa(s, e)) {
          const target = targets.get(s.da.event)!;
          (target.copies ??= new Set([s.da.event])).add(e.id);
          targets.set(e.id, target);
        } else if (s.da) {
          s.otherDas.push(e);
          i.conflicts.push({
            kind: 'twoDas',
            service: e.service,
            ignored: e.id,
            number: e.number ?? '',
            time: e.time,
            officeOpen: e.officeOpen,
          });
        } else applyDaFiled(i, s, e, targets);
        break;
      }
      case 'step.done': {
        const covered: DaService[] = [];
        for (const service of e.services) {
          const s = i.services.get(service);
          if (!s) continue;
          const kept = s.journal.find((j) => j.step === e.step);
          if (kept?.promoted?.services.includes(service) && e.at > kept.promoted.at) {
            // Recorded again after the step kept was taken back (another copy's stood in for it, unseen):
            // this one, the latest, is the journal's; the other copy's is reported.
            s.journal = s.journal.filter((j) => j !== kept);
            kept.services = kept.services.filter((x) => x !== service);
            s.otherSteps.push(kept.promoted.event);
          } else if (kept) {
            // Recorded in two copies: the first kept, the other reported when its time differs (stepConflicts).
            s.otherSteps.push(e);
            continue;
          }
          covered.push(service);
        }
        if (covered.length === 0) break;
        // One entry, shared by the services it covers: a correction of its time applies to each.
        const entry: MutableEntry = {
          step: e.step,
          event: e.id,
          times: [stamp(e.time)],
          services: covered,
          ...(e.text ? { text: e.text } : {}),
        };
        for (const service of covered) i.services.get(service)!.journal.push(entry);
        targets.set(e.id, { incident: i, entry });
        break;
      }
      case 'time.corrected': {
        const target = targets.get(e.corrects);
        if (!target?.entry) {
          // Another copy's step set aside here, corrected there since (unaware): a new time, reported again.
          for (const s of i.services.values()) {
            const settled = s.settledSteps.find((o) => o.id === e.corrects);
            if (!settled || settled.time === e.time) continue;
            s.settledSteps = s.settledSteps.filter((o) => o !== settled);
            s.otherSteps.push({ ...settled, time: e.time });
          }
          correctOtherDa(i, e.corrects, { time: e.time });
          break;
        }
        // The time it has already (a report settled, the time kept): nothing corrected.
        if (currentTime(target.entry.times) !== e.time) target.entry.times.push(stamp(e.time));
        settle(i, e.settles, e.at);
        break;
      }
      case 'da.corrected': {
        const target = targets.get(e.corrects);
        const da = target?.service?.da;
        // The service's DA as it stands, under its event or one of the same DA noted in another copy.
        if (!da || targets.get(da.event) !== target) {
          correctOtherDa(i, e.corrects, { number: e.number, officeOpen: e.officeOpen });
          break;
        }
        if (e.number !== undefined) da.numbers.push({ value: e.number, recordedAt: e.at });
        if (e.officeOpen !== undefined) da.officeOpen.push({ value: e.officeOpen, recordedAt: e.at });
        settle(i, e.settles, e.at);
        break;
      }
      case 'step.withdrawn': {
        const target = targets.get(e.corrects);
        const entry = target?.entry;
        // The same DA noted in several copies, taken back in one: it stands, as the others noted it.
        if (target?.copies?.delete(e.corrects) && target.copies.size > 0) {
          targets.delete(e.corrects);
          const [stays] = target.copies as Set<string>;
          // Named by an event that stands (the draft's own objects, shared by every target of this DA).
          if (entry?.event === e.corrects) (entry as { event: string }).event = stays!;
          const da = target.service?.da as { event: string } | null | undefined;
          if (da?.event === e.corrects) da.event = stays!;
          break;
        }
        // The other DA of a service withdrawn in its own copy: no longer a conflict.
        for (const s of i.services.values()) {
          s.otherDas = s.otherDas.filter((d) => d.id !== e.corrects);
          s.otherSteps = s.otherSteps.filter((o) => o.id !== e.corrects);
        }
        i.conflicts = i.conflicts.filter((c) => c.ignored !== e.corrects);
        if (!entry) break;
        for (const s of i.services.values()) {
          if (!s.journal.includes(entry)) continue;
          s.journal = s.journal.filter((j) => j !== entry);
          s.withdrawn.push({
            step: entry.step,
            time: entry.times[entry.times.length - 1]!.at,
            recordedAt: entry.times[0]!.recordedAt,
            withdrawnAt: e.at,
            ...(entry.step === 'da.file' && s.da ? { number: latest(s.da.numbers) ?? '' } : {}),
          });
          if (entry.step !== 'da.file') {
            promoteOtherStep(i, s, entry.step, e.at, targets);
            continue;
          }
          s.da = null;
          // The other DA filed for the service (two copies joined) is its DA now, no longer a conflict.
          const other = s.otherDas.shift();
          if (other) {
            i.conflicts = i.conflicts.filter((c) => c.ignored !== other.id);
            applyDaFiled(i, s, other, targets);
          }
        }
        targets.delete(e.corrects);
        break;
      }
      case 'notes.edited': {
        // Recorded over another text than the one that holds (two copies at once): the one it replaces is
        // kept aside, shown; a text recorded over the one shown, after them, settles them.
        const concurrent = e.over !== undefined && e.over !== (i.notesEvent ?? '');
        if (!concurrent) i.otherNotes = [];
        else if (i.notes.trim() && i.notes !== e.text) i.otherNotes.push({ text: i.notes, at: i.notesAt! });
        i.notes = e.text;
        i.notesEvent = e.id;
        i.notesAt = e.at;
        break;
      }
      case 'incident.closed': {
        // Over the closures it names; one of before names none (the incident was open where it was made: the
        // form closes an open one). Closed in two copies, each over what it had: both hold, the first shown,
        // the other reported once every event is read.
        const replaced = e.replaces ?? [];
        // A time kept as it was (of two copies'): still said as entered when it first was.
        const kept = i.closures.find((c) => replaced.includes(c.id) && c.at === e.time);
        const closure = { id: e.id, at: e.time, recordedAt: kept?.recordedAt ?? e.at };
        // Another time replaced (of two copies', one kept): on record, set aside.
        for (const c of i.closures.filter((x) => replaced.includes(x.id) && x.at !== e.time))
          i.setAsideClosures.push({ time: c.at, recordedAt: c.recordedAt, setAsideAt: e.at });
        i.closures = [...i.closures.filter((c) => !replaced.includes(c.id)), closure];
        i.closedAt = { at: i.closures[0]!.at, recordedAt: i.closures[0]!.recordedAt };
        break;
      }
      case 'incident.reopened':
        // Every closure that held (two copies may each have closed it): on record, reopened.
        for (const { at, recordedAt } of i.closures)
          i.reopenings.push({ closedAt: { at, recordedAt }, reopenedAt: e.at });
        delete i.closedAt;
        i.closures = [];
        break;
      case 'incident.deleted':
        i.deleted = true;
        break;
      case 'incident.restored':
        i.deleted = false;
        break;
      case 'record.absorbed':
        i.absorbed.push({
          service: e.service,
          ...(e.number ? { number: e.number } : {}),
          ...(e.time ? { time: e.time } : {}),
          steps: e.steps,
        });
        break;
    }
  }
  for (const i of incidents.values()) {
    i.conflicts.push(...stepConflicts(i, targets));
    for (const s of i.services.values())
      for (const o of s.otherAlerts)
        if (o.time !== currentTime(s.alertAt))
          i.conflicts.push({ kind: 'serviceTwice', service: s.service, ignored: o.id, time: o.time });
    const [shown, ...others] = i.closures;
    for (const c of others)
      if (c.at !== shown!.at) i.conflicts.push({ kind: 'closedTwice', ignored: c.id, time: c.at });
  }
  return [...incidents.values()]
    .filter((i) => i.services.size > 0)
    .map(({ services, notesAt: _at, closures, ...rest }) => ({
      ...rest,
      // The closures that hold: what a new one is made over.
      closures: closures.map((c) => c.id),
      services: [...services.values()].map(
        ({ otherSteps, otherAlerts: _a, settledSteps: _s, journal, ...service }) => ({
          ...service,
          journal: journal.map(({ promoted: _promoted, ...entry }) => entry),
          otherSteps: otherSteps.map((o) => ({ step: o.step, time: otherStepTime(o, targets) })),
        }),
      ),
    }));
}

/** Another copy's step time as it stands (corrected since, maybe as the journal's step of another service). */
function otherStepTime(o: StepDone, targets: Targets): string {
  const shown = targets.get(o.id)?.entry;
  return shown ? currentTime(shown.times) : o.time;
}

/**
 * The steps recorded in two copies whose times differ (each as it stands, corrections included): the one
 * the journal keeps, and the other, reported.
 */
function stepConflicts(i: Draft, targets: Targets): Conflict[] {
  return [...i.services.values()].flatMap((s) =>
    s.otherSteps.flatMap((o) => {
      const kept = s.journal.find((j) => j.step === o.step);
      const time = otherStepTime(o, targets);
      return kept && currentTime(kept.times) !== time
        ? [{ kind: 'twice' as const, step: o.step, service: s.service, ignored: o.id, time }]
        : [];
    }),
  );
}

/**
 * The step of a service taken back (`at`): the same step recorded in another copy (two copies joined), if
 * any, is the journal's now; one entry for every service it stands in for.
 */
function promoteOtherStep(i: Draft, s: MutableService, step: JournalStep, at: string, targets: Targets) {
  const other = s.otherSteps.find((o) => o.step === step);
  if (!other) return;
  s.otherSteps = s.otherSteps.filter((o) => o !== other);
  let entry = targets.get(other.id)?.entry;
  if (!entry) {
    entry = {
      step,
      event: other.id,
      times: [{ at: other.time, recordedAt: other.at }],
      services: [],
      ...(other.text ? { text: other.text } : {}),
    };
    targets.set(other.id, { incident: i, entry });
  }
  // Standing in for this service's step (the entry may be that copy's own step of another service).
  entry.promoted ??= { at, event: other, services: [] };
  entry.promoted.services.push(s.service);
  entry.services.push(s.service);
  s.journal.push(entry);
}

const rank = (e: IncidentEvent) => (e.type === 'service.added' ? 0 : 1);

/** The facts that decide a service's journal (./journal.ts). */
export function journalFacts(incident: Incident, record: ServiceRecord): JournalFacts {
  const answers = record.answers ?? incident.answers;
  return {
    officeOpen: record.da ? (latest(record.da.officeOpen) ?? null) : null,
    unverified: answerAt(replay(answers).path, 'delta.office') === 'closed',
    done: new Set(record.journal.map((e) => e.step)),
  };
}

/** The office was unreachable during the service's diagnosis (it preselects « fermé »). */
export const closedInDiagnosis = (incident: Incident, record: ServiceRecord) =>
  journalFacts(incident, record).unverified;

/** The entry of a step in a service's journal, if recorded. */
export const entryOf = (record: ServiceRecord, step: JournalStep) => record.journal.find((e) => e.step === step);

/** The time that holds of a step, if recorded. */
export function timeOf(record: ServiceRecord, step: JournalStep): string | null {
  const entry = entryOf(record, step);
  return entry ? entry.times[entry.times.length - 1]!.at : null;
}
