/**
 * The tools an outcome offers beyond its text (the incident of a self-trigger, the GAMMA 2 register),
 * registered here so that content never imports a feature: content words the outcome, the screen adds
 * its tools. Each is loaded on demand, apart from the wizard.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { NodeProps } from '../content/types';
import type { OutcomeId } from '../flows/ids';

export const OUTCOME_TOOLS: Partial<Record<OutcomeId, LazyExoticComponent<ComponentType<NodeProps>>>> = {
  'delta.selfTrigger': lazy(() => import('../incident/StartIncident')),
  'gamma.backup': lazy(() => import('../gamma/BackupTools')),
};
