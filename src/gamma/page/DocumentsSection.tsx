import { formatDateTime, formatLocalValue } from '../../lib/time';
import { useStore } from '../../lib/useStore';
import { documentsOf } from '../episodes';
import type { Episode } from '../schema';
import { registerStore } from '../store';
import { authorisationText, episodeTitle, prefixChangeNote } from '../texts';
import { DocumentCard } from './DocumentCard';
import { REGISTER_TEXT } from '../texts';

const T = REGISTER_TEXT.documents;

/** The documents by episode, newest episode first, voided ones included; on screen (the print has its table). */
export function DocumentsSection() {
  const register = useStore(registerStore).value;
  const episodes = register.episodes.toReversed();
  return (
    <section className="panel register no-print" aria-labelledby="register-title">
      <h2 id="register-title">{T.title}</h2>
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
      <SettledTwice id="settled-twice-screen" />
    </section>
  );
}

/** The second documents of an LRN drawn up twice, voided since: after the register's, with their reason. */
export function SettledTwice({ id }: { id: string }) {
  const { settled } = useStore(registerStore);
  if (settled.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{REGISTER_TEXT.settledTitle}</h3>
      <ul>
        {settled.map((c) => (
          <li key={c.id}>
            {REGISTER_TEXT.settledTwice(
              c.lrn,
              c.other.consignee.name,
              formatLocalValue(c.other.date),
              formatDateTime(new Date(c.other.voided!.at)),
              c.other.voided!.reason,
            )}
          </li>
        ))}
      </ul>
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
