/**
 * shared/docs/flows.md written out as plain data, independently of the machine, so that tests can check
 * the machine against the specification: for each answer, where flows.md says it leads.
 * Only for tests (and for the docs): the app routes with the machine.
 */
import type { NodeId, OutcomeId } from './ids';

type Target = NodeId | { readonly dti: NodeId; readonly edi: NodeId };

export const SPEC_TRANSITIONS: Readonly<Record<string, Target>> = {
  'start:delta': 'delta.service',
  'start:gamma': 'gamma.access',

  'delta.service:g1': 'delta.mode',
  'delta.service:g2': 'delta.mode',
  'delta.service:xi': 'delta.mode',
  'delta.service:xe': 'delta.mode',
  'delta.service:h7': 'delta.mode',
  'delta.service:other': 'delta.notCovered',
  'delta.mode:dti': 'delta.alert',
  'delta.mode:edi': 'delta.alert',
  'delta.alert:yes': 'delta.alertMatch',
  'delta.alert:no': { edi: 'delta.provider', dti: 'delta.symptom' },
  'delta.alertMatch:yes': 'delta.followAlert',
  'delta.alertMatch:no': { edi: 'delta.provider', dti: 'delta.symptom' },
  'delta.provider:yes': 'delta.providerIncident',
  'delta.provider:no': 'delta.symptom',
  'delta.symptom:cannotValidate': 'delta.selfTrigger',
  'delta.symptom:noBae': 'delta.aubette',
  'delta.aubette:bae': 'delta.noBackupNeeded',
  'delta.aubette:other': 'delta.office',
  'delta.aubette:unreachable': 'delta.office',
  'delta.office:yes': 'delta.notTechnical',
  'delta.office:no': 'delta.selfTrigger',
  'delta.office:closed': 'delta.selfTrigger',

  'gamma.access:yes': 'gamma.office',
  'gamma.access:no': 'gamma.weather',
  'gamma.weather:yes': 'gamma.backup',
  'gamma.weather:no': 'gamma.mode',
  'gamma.mode:dtiPlus': 'gamma.editor',
  'gamma.mode:dti': 'gamma.office',
  'gamma.mode:edi': 'gamma.provider',
  'gamma.editor:yes': 'gamma.useDti',
  'gamma.editor:no': 'gamma.office',
  'gamma.provider:yes': 'gamma.authorisation',
  'gamma.provider:no': 'gamma.office',
  'gamma.office:yes': 'gamma.resolved',
  'gamma.office:no': 'gamma.authorisation',
  'gamma.authorisation:yes': 'gamma.backup',
  'gamma.authorisation:no': 'gamma.alternative',
  'gamma.useDti:dtiFails': 'gamma.office',
};

/** The outcomes flows.md lists for each flow. */
export const SPEC_OUTCOMES: Record<'delta' | 'gamma', readonly OutcomeId[]> = {
  delta: [
    'delta.followAlert',
    'delta.providerIncident',
    'delta.noBackupNeeded',
    'delta.notTechnical',
    'delta.notCovered',
    'delta.selfTrigger',
  ],
  gamma: ['gamma.useDti', 'gamma.resolved', 'gamma.alternative', 'gamma.backup'],
};
