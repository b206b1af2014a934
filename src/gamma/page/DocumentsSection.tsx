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
        episodes.map((e) => <EpisodeDocuments key={e.id} episode={e} />)
      )}
      {register.prefixChanges.map((c) => (
        <p className="note" key={c.confirmedAt}>
          {prefixChangeNote(c)}
        </p>
      ))}
    </section>
  );
}

function EpisodeDocuments({ episode }: { episode: Episode }) {
  const register = useStore(registerStore).value;
  const documents = documentsOf(register, episode.id);
  if (documents.length === 0) return null;
  return (
    <section className="episode" aria-labelledby={`${episode.id}-title`}>
      <h3 id={`${episode.id}-title`}>{episodeTitle(episode)}</h3>
      <p className="note">{authorisationText(episode.authorisation)}</p>
      <ul className="doc-list">
        {documents.map((d) => (
          <DocumentCard key={d.lrn} document={d} episodeEnded={episode.endedAt !== undefined} />
        ))}
      </ul>
    </section>
  );
}
