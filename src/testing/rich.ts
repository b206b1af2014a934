/**
 * Records of every kind, for the tests that read everything the product shows (typography, fidelity): an
 * incident with every kind of event, a register with every kind of record; and every path of both flows.
 */
import { getSimplePaths } from 'xstate/graph';
import { diagnosticMachine } from '../flows/diagnostic.machine';
import { answersOf, type NodeId } from '../flows/ids';
import { answerEvent, nodeIdOf, replay } from '../flows/replay';
import type { AnsweredNode } from '../flows/rules';
import { addDocument, recordMilestone, voidDocument } from '../gamma/documents';
import { endEpisode, openEpisode } from '../gamma/episodes';
import { emptyRegister, type Register } from '../gamma/schema';
import { setPrefix } from '../gamma/series';
import { addConfirmedService, newIncident } from '../incident/opening';
import { type Incident } from '../incident/schema';
import { ok, type Result } from '../lib/result';
import { correctDa, correctStep, fileDa, recordStep, withdrawLast } from '../incident/steps';
import { incidentEvent, type IncidentEvent, type IncidentEventData } from '../incident/log';
import { reduceIncidents } from '../incident/reduce';
import { daText } from '../incident/outgoing';
import { TEST_PROFILE } from './profile';
import { mustAccept } from './rules';

export const NOW = new Date('2026-11-23T10:00:00Z');
const PROFILE = TEST_PROFILE;

/** The DA text of a service of the incident, as it would be filed. */
const daOf = (i: Incident, s: 'xe' | 'g') =>
  daText(
    PROFILE,
    i.services.find((r) => r.service === s)!,
  )!.body;

/**
 * An incident with every kind of content: the office closed, a DA filed and its number corrected, a step
 * taken back, a corrected time, a call for two services, three services (one without its reasons), notes.
 */
export function richEvents(): IncidentEvent[] {
  const answers = ['delta', 'xe', 'edi', 'yes', 'no', 'no', 'noBae', 'other', 'closed'];
  const events = newIncident(
    { path: replay(answers).path, endedAt: new Date('2026-11-23T08:00:00Z') },
    NOW,
    'inc-typo',
  )!;
  let t = 0;
  const add = (rule: (i: Incident) => Result<IncidentEventData | null, unknown>) => {
    const made = rule(reduceIncidents(events)[0]!);
    if (!made.ok || !made.value) throw new Error(JSON.stringify(made));
    events.push(incidentEvent('inc-typo', made.value, new Date(NOW.getTime() + ++t * 1000)));
  };
  add((i) =>
    addConfirmedService(
      i,
      { service: 'g', mode: 'dti', reasons: ['raison confirmée'] },
      new Date('2026-11-23T08:00:00Z'),
    ),
  );
  add((i) =>
    fileDa(
      i,
      'xe',
      { time: '2026-11-23T09:12', number: 'DA-1', officeOpen: false, text: daOf(i, 'xe'), references: PROFILE },
      NOW,
    ),
  );
  add((i) =>
    fileDa(
      i,
      'g',
      { time: '2026-11-23T09:13', number: '', officeOpen: false, text: daOf(i, 'g'), references: PROFILE },
      NOW,
    ),
  );
  add((i) => correctDa(i.services[0]!, { number: 'DA-2' }));
  add((i) => recordStep(i, ['xe', 'g'], 'office.inform', '2026-11-23T09:20', NOW));
  add((i) => recordStep(i, ['xe', 'g'], 'sau.call', '2026-11-23T09:21', NOW));
  add((i) => recordStep(i, ['xe'], 'backup.activate', '2026-11-23T09:22', NOW));
  add((i) => withdrawLast(i, i.services[0]!));
  add((i) => correctStep(i, i.services[0]!.journal[0]!.event, '2026-11-23T09:11', NOW));
  add(() => ok({ type: 'notes.edited', text: 'Note.' }));
  add(() => ok({ type: 'service.added', service: 'h7', mode: 'dti', time: '2026-11-23T09:00' }));
  // A record of the first version, merged into this one (Delta G in two steps, under the DA of Delta G).
  add(() =>
    ok({
      type: 'record.absorbed',
      service: 'g2',
      number: 'DA-0',
      time: '2026-11-23T08:55',
      steps: [{ step: 'office.inform', time: '2026-11-23T09:20' }],
    }),
  );
  return events;
}
export const richIncident = () => reduceIncidents(richEvents())[0]!;

/** A register with every kind of record: an operator, a prefix change, a confirmed gap, milestones, a void. */
export function richRegister(): Register {
  let r = mustAccept(
    openEpisode(
      {
        ...emptyRegister,
        operator: {
          name: 'Cave Martin',
          exciseNumber: 'FR012345678E0',
          street: '1 rue du Port',
          city: '33000 Bordeaux',
        },
      },
      { startedAt: '2026-11-23T07:50', by: 'sau', at: '2026-11-23T08:00', daReference: 'DA-9' },
      NOW,
      'e1',
    ),
  );
  r = mustAccept(
    addDocument(r, { lrn: '', date: '2026-11-23', consigneeName: 'Cave Dupont', consigneeIdentification: '' }, NOW),
  );
  r = mustAccept(setPrefix(r, 'SEC', NOW, true));
  const input = {
    lrn: 'SEC202600005',
    date: '2026-11-23',
    consigneeName: 'Brasserie',
    consigneeIdentification: 'FR098765432A0',
  };
  const gap = addDocument(r, input, NOW);
  r = mustAccept(!gap.ok && gap.problem.deviation ? addDocument(r, input, NOW, gap.problem.deviation) : gap);
  r = mustAccept(recordMilestone(r, 'SEC202600005', 'copySent', { at: '2026-11-23T09:00' }, NOW));
  r = mustAccept(recordMilestone(r, 'SEC202600005', 'archived', { at: '2026-11-23T09:10' }, NOW));
  r = mustAccept(endEpisode(r, 'e1', '2026-11-23T10:00', NOW));
  r = mustAccept(
    recordMilestone(r, 'SEC202600005', 'entered', { at: '2026-11-23T10:20', arc: '26FRAB1234567890123P5' }, NOW),
  );
  return mustAccept(voidDocument(r, '202600001', 'Erreur de destinataire', NOW));
}

/** One node as reached by one path: the answers given before it, and its address. */
export interface Visit {
  readonly node: NodeId;
  /** The answer values given before the node (from the entry question). */
  readonly values: readonly string[];
  /** The answered nodes before it, as the rules read them. */
  readonly path: readonly AnsweredNode[];
}

/** Every node of both flows by every path that reaches it (each prefix of every simple path, once). */
export function everyVisit(): Visit[] {
  const paths = getSimplePaths(diagnosticMachine, { events: (s) => answersOf(nodeIdOf(s)).map(answerEvent) });
  const seen = new Map<string, Visit>();
  for (const p of paths) {
    const values = p.steps
      .map((s) => s.event.type)
      .filter((t) => t.startsWith('answer.'))
      .map((t) => t.slice(7));
    const { nodes, path } = replay(values);
    nodes.forEach((node, i) => {
      const key = `${node}|${values.slice(0, i).join('-')}`;
      if (!seen.has(key)) seen.set(key, { node, values: values.slice(0, i), path: path.slice(0, i) });
    });
  }
  return [...seen.values()];
}
