/**
 * The diagnosis as one statechart: the entry question, then the DELTA flow (fiche DELTA, S1) and the
 * GAMMA 2 flow (logigramme GAMMA 2, S2). State names are the ids of shared/docs/flows.md
 * (`delta.alert` is the state `alert` inside `delta`). The machine only routes: rules live in rules.ts.
 *
 * Events are `answer.<value>`, one per answer of flows.md. No invoke, no delays: the machine stays pure,
 * so that sessions can be replayed and every path generated from its graph.
 */
import { assign, setup } from 'xstate';
import type { AnswerValue } from './ids';
import { checksProviderFirst, type TransmissionMode } from './rules';

export interface DiagnosticContext {
  /** DELTA transmission mode, needed to route step 2. */
  readonly deltaMode: TransmissionMode | null;
}

export type AnswerEvent = { [V in AnswerValue]: { type: `answer.${V}` } }[AnswerValue];

export const diagnosticMachine = setup({
  types: {
    context: {} as DiagnosticContext,
    events: {} as AnswerEvent,
    tags: {} as 'question' | 'outcome',
  },
  guards: {
    checksProviderFirst: ({ context }) => checksProviderFirst(context.deltaMode),
  },
  actions: {
    rememberDti: assign({ deltaMode: 'dti' as const }),
    rememberEdi: assign({ deltaMode: 'edi' as const }),
  },
}).createMachine({
  id: 'diagnostic',
  initial: 'start',
  context: { deltaMode: null },
  states: {
    // Entry: « Quel service en ligne ne fonctionne pas ? »
    start: {
      tags: 'question',
      on: { 'answer.delta': '#delta.service', 'answer.gamma': '#gamma.access' },
    },

    // ---- DELTA (S1) ----
    delta: {
      id: 'delta',
      initial: 'service',
      states: {
        service: {
          tags: 'question',
          on: {
            'answer.g1': 'mode',
            'answer.g2': 'mode',
            'answer.xi': 'mode',
            'answer.xe': 'mode',
            'answer.h7': 'mode',
            'answer.other': 'notCovered',
          },
        },
        mode: {
          tags: 'question',
          on: {
            'answer.dti': { target: 'alert', actions: 'rememberDti' },
            'answer.edi': { target: 'alert', actions: 'rememberEdi' },
          },
        },
        // Step 1
        alert: {
          tags: 'question',
          on: {
            'answer.yes': 'alertMatch',
            'answer.no': [{ guard: 'checksProviderFirst', target: 'provider' }, { target: 'symptom' }],
          },
        },
        alertMatch: {
          tags: 'question',
          on: {
            'answer.yes': 'followAlert',
            'answer.no': [{ guard: 'checksProviderFirst', target: 'provider' }, { target: 'symptom' }],
          },
        },
        // Step 2, EDI only
        provider: {
          tags: 'question',
          on: { 'answer.yes': 'providerIncident', 'answer.no': 'symptom' },
        },
        // Step 2 (technical check) and step 3 (the two cases)
        symptom: {
          tags: 'question',
          on: { 'answer.cannotValidate': 'selfTrigger', 'answer.noBae': 'aubette' },
        },
        aubette: {
          tags: 'question',
          on: { 'answer.bae': 'noBackupNeeded', 'answer.other': 'office', 'answer.unreachable': 'office' },
        },
        office: {
          tags: 'question',
          on: { 'answer.yes': 'notTechnical', 'answer.no': 'selfTrigger', 'answer.closed': 'selfTrigger' },
        },
        followAlert: { tags: 'outcome' },
        providerIncident: { tags: 'outcome' },
        noBackupNeeded: { tags: 'outcome' },
        notTechnical: { tags: 'outcome' },
        notCovered: { tags: 'outcome' },
        selfTrigger: { tags: 'outcome' },
      },
    },

    // ---- GAMMA 2 (S2) ----
    gamma: {
      id: 'gamma',
      initial: 'access',
      states: {
        access: {
          tags: 'question',
          on: { 'answer.yes': 'office', 'answer.no': 'weather' },
        },
        weather: {
          tags: 'question',
          on: { 'answer.yes': 'backup', 'answer.no': 'mode' },
        },
        mode: {
          tags: 'question',
          on: { 'answer.dtiPlus': 'editor', 'answer.dti': 'office', 'answer.edi': 'provider' },
        },
        editor: {
          tags: 'question',
          on: { 'answer.yes': 'useDti', 'answer.no': 'office' },
        },
        provider: {
          tags: 'question',
          on: { 'answer.yes': 'authorisation', 'answer.no': 'office' },
        },
        office: {
          tags: 'question',
          on: { 'answer.yes': 'resolved', 'answer.no': 'authorisation' },
        },
        authorisation: {
          tags: 'question',
          on: { 'answer.yes': 'backup', 'answer.no': 'alternative' },
        },
        useDti: {
          tags: 'outcome',
          on: { 'answer.dtiFails': 'office' },
        },
        resolved: { tags: 'outcome' },
        alternative: { tags: 'outcome' },
        backup: { tags: 'outcome' },
      },
    },
  },
});
