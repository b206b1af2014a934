/**
 * Merging a register read from a backup file into this one, without loss: what is only in the backup is
 * added (with its episodes), what is the same on both sides stays once, and a document present on both
 * sides with different contents is left as it is here and reported, for the user to choose.
 */
import { equal } from '../lib/equal';
import type { BackupDocument, Register } from './schema';
import { replaceDocument } from './documents';
import { operatorKnown } from './operator';

export interface RegisterConflict {
  readonly lrn: string;
  readonly here: BackupDocument;
  readonly incoming: BackupDocument;
}

export function mergeRegister(
  here: Register,
  incoming: Register,
): { register: Register; conflicts: RegisterConflict[] } {
  const episodes = [...here.episodes];
  const episodeIds = new Map<string, string>();
  for (const e of incoming.episodes) {
    const index = episodes.findIndex((x) => x.id === e.id);
    const local = episodes[index];
    if (!local) {
      episodes.push(e);
      episodeIds.set(e.id, e.id);
    } else if (local.recordedAt === e.recordedAt) {
      // The same episode, one copy further on (ended since, or its authorisation completed): keep what
      // this copy has, and an end only the backup knows.
      episodes[index] = local.endedAt || !e.endedAt ? local : { ...local, endedAt: e.endedAt };
      episodeIds.set(e.id, e.id);
    } else {
      // Same id, other contents: kept as a distinct episode so that its documents keep their authorisation.
      let id = `${e.id}-b`;
      while (episodes.some((x) => x.id === id)) id += 'b';
      episodes.push({ ...e, id });
      episodeIds.set(e.id, id);
    }
  }
  const documents = [...here.documents];
  const conflicts: RegisterConflict[] = [];
  for (const d of incoming.documents) {
    const doc = { ...d, episodeId: episodeIds.get(d.episodeId) ?? d.episodeId };
    const local = documents.find((x) => x.lrn === doc.lrn);
    if (!local) documents.push(doc);
    else if (!equal(local, doc)) conflicts.push({ lrn: doc.lrn, here: local, incoming: doc });
  }
  const prefixChanges = [
    ...here.prefixChanges,
    ...incoming.prefixChanges.filter((c) => !here.prefixChanges.some((h) => equal(h, c))),
  ];
  return {
    register: {
      operator: operatorKnown(here.operator) ? here.operator : incoming.operator,
      prefix: here.prefix || incoming.prefix,
      prefixChanges,
      episodes,
      documents,
    },
    conflicts,
  };
}

/** Takes the backup's version of a conflicting document (its episode was merged with the rest). */
export function takeIncoming(register: Register, conflict: RegisterConflict): Register {
  return replaceDocument(register, conflict.incoming);
}
