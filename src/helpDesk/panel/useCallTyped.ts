import { useState } from 'react';
import { useTyped } from '../../ui/useTyped';
import { callLog } from '../callLog';
import { reduceCalls, type Call } from '../calls';

/**
 * A panel's text field typed for `call` (useTyped). Its draft is kept under the call the field was shown for
 * (`new` while none is in progress), so that a call started while the agent types takes the text as it is,
 * from the same draft. A draft found when the field was shown is that call's; one found for a new call goes
 * only into a call this tab started (its first event appended here, or merged here from a backup), never
 * into one another tab started.
 */
export function useCallTyped(field: string, call: Call | null, recorded: string, record: (value: string) => boolean) {
  const [shownFor] = useState(call?.id ?? 'new');
  return useTyped(`help-desk:${shownFor}:${field}`, recorded, record, {
    recordsFound: () => {
      if (shownFor !== 'new') return true;
      const { current } = reduceCalls(callLog.getSnapshot().events);
      return current !== null && callLog.isOwn(current.events[0]!.id);
    },
  });
}
