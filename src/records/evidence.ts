/**
 * Records are evidence (an incident, the LRN register, a call): after the first write of one, the app asks the
 * browser to keep its storage persistent. A module of its own so that the first page load does not carry the
 * records' code to set the hook.
 */
let onEvidenceWrite: () => void = () => {};

/** What to do after a record is written (src/main.tsx: ask once for persistent storage). */
export function setEvidenceWriteHook(hook: () => void) {
  onEvidenceWrite = hook;
}

export const evidenceWritten = () => onEvidenceWrite();
