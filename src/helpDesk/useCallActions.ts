import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { replay } from '../flows/replay';
import { nodeHref } from '../session/codec';
import { useStartOver } from '../session/startOver';
import { sessionStore } from '../session/store';
import { callAnswers, endCall, isEmptyCall, resumeCall } from './call';
import { callArchiveStore, callStore, createCall, type Call } from './store';

/**
 * « Nouvel appel »: the call in progress is archived with its end (unless nothing was recorded), a new one
 * starts on the entry question. Returns the call archived, to offer taking it back.
 */
export function useNewCall() {
  const startOver = useStartOver();
  return useCallback((): Call | null => {
    const now = new Date();
    const current = callStore.getSnapshot().value;
    const archived = isEmptyCall(current) ? null : endCall(current, now);
    if (archived) callArchiveStore.update((all) => [...all, archived]);
    callStore.write(createCall());
    startOver();
    return archived;
  }, [startOver]);
}

/** « Reprendre »: an archived call becomes the call in progress again, on the step its answers reach. */
export function useResumeCall() {
  const navigate = useNavigate();
  return useCallback(
    (chosen: Call) => {
      const now = new Date();
      const { call, archive } = resumeCall(
        callStore.getSnapshot().value,
        callArchiveStore.getSnapshot().value,
        chosen,
        now,
      );
      callArchiveStore.write(archive);
      callStore.write(call);
      const back = replay(callAnswers(call));
      const values = back.path.map((a) => a.value);
      if (values.length > 0) sessionStore.write({ answers: values, node: back.current, savedAt: now.toISOString() });
      else sessionStore.clear();
      navigate(nodeHref(back.current, values));
    },
    [navigate],
  );
}
