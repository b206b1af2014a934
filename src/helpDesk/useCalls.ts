import { useMemo } from 'react';
import { useLog } from '../records/useLog';
import { callLog } from './callLog';
import { reduceCalls, type Calls } from './calls';

/** The calls of this browser, derived from the log, with what reading it found. */
export function useCalls(): Calls & { rejected: number; writeProblem: boolean } {
  const log = useLog(callLog);
  const calls = useMemo(() => reduceCalls(log.events), [log.events]);
  return { ...calls, rejected: log.rejected, writeProblem: log.writeProblem !== null };
}
