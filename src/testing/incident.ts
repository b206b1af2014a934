/** An incident opened as the tests open one: Delta X Import, DTI, no alert, « cannot validate ». */
import { replay } from '../flows/replay';
import { newIncident } from '../incident/opening';
import { TEST_NOW } from './rules';

/** The events that open incident `id` at `now` (its diagnosis ended then too). */
export const openedIncident = (id: string, now: Date = TEST_NOW) =>
  newIncident({ path: replay(['delta', 'xi', 'dti', 'no', 'cannotValidate']).path, endedAt: now }, now, id)!;
