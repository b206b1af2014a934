import { readProblemMessage } from '../../content/fr/storageMessages';
import { useStore } from '../../lib/useStore';
import { Notice } from '../../ui/Notice';
import { documentsOf } from '../episodes';
import type { Episode } from '../schema';
import { registerStore } from '../store';
import { authorisationText, episodeTitle, prefixChangeNote } from '../texts';
import { DocumentCard } from './DocumentCard';
import { REGISTER_TEXT } from '../texts';

const T = REGISTER_TEXT.documents;

/** The documents by episode, newest episode first, voided ones included; on screen (the print has its table). */
export function DocumentsSection() {
  const { value: register, problem } = useStore(registerStore);
  const episodes = register.episodes.toReversed();
  return (
    <section className="panel register no-print" aria-labelledby="register-title">
      <h2 id="register-title">{T.title}</h2>
      {problem && <Notice tone="warning">{readProblemMessage(problem, registerStore.name)}</Notice>}
      {register.documents.length === 0 ? (
        <p>{T.none}</p>
      ) : (
        [...episodes, null].map((e) => <EpisodeDocuments key={e?.id ?? 'unknown'} episode={e} />)
      )}
      {register.prefixChanges.map((c) => (
        <p className="note" key={c.confirmedAt}>
          {prefixChangeNote(c)}
        </p>
      ))}
    </section>
  );
}

/** An episode's documents; `null`: those whose episode the register does not have (unreadable). */
function EpisodeDocuments({ episode }: { episode: Episode | null }) {
  const register = useStore(registerStore).value;
  const documents = documentsOf(register, episode?.id ?? null);
  if (documents.length === 0) return null;
  const id = `${episode?.id ?? 'unknown-episode'}-title`;
  return (
    <section className="episode" aria-labelledby={id}>
      <h3 id={id}>{episode ? episodeTitle(episode) : T.unknownEpisode}</h3>
      <p className="note">{episode ? authorisationText(episode.authorisation) : T.unknownEpisodeNote}</p>
      <ul className="doc-list">
        {documents.map((d) => (
          <DocumentCard key={d.lrn} document={d} episodeEnded={episode?.endedAt !== undefined} />
        ))}
      </ul>
    </section>
  );
}
