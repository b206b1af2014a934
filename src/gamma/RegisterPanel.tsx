import { readProblemMessage } from '../content/fr/storageMessages';
import { formatLocalValue } from '../lib/time';
import { Notice } from '../ui/Notice';
import { documentsOf, LRN_MAX, openEpisodeOf, type Episode } from './register';
import { AddDocumentForm } from './register-panel/AddDocumentForm';
import { DocumentCard } from './register-panel/DocumentCard';
import { PrefixSetting } from './register-panel/PrefixSetting';
import { registerStore } from './store';
import { authorisationText } from './texts';
import { useLrnRegister } from './useLrnRegister';

/**
 * The LRN register: the add form for the open episode, then the documents by episode (newest episode
 * first), voided ones included. `only` limits it to the open episode (on the diagnosis outcome).
 */
export function RegisterPanel({ only = 'all' }: { only?: 'all' | 'open' }) {
  const { register, problem } = useLrnRegister();
  const open = openEpisodeOf(register);
  const episodes = (only === 'open' ? (open ? [open] : []) : register.episodes).toReversed();
  return (
    <section className="panel register" aria-labelledby="register-title">
      <h2 id="register-title">Registre des documents de secours (LRN)</h2>
      <p>
        Le registre est conservé dans ce navigateur uniquement. Le LRN est attribué librement, dans une série continue
        par année ; il compte au plus {LRN_MAX} lettres et chiffres. Un document n’est jamais supprimé : une erreur se
        corrige en l’annulant, il garde son numéro.
      </p>
      {problem && <Notice tone="warning">{readProblemMessage(problem, registerStore.name)}</Notice>}
      <PrefixSetting />
      {open ? (
        <AddDocumentForm />
      ) : (
        <p className="no-print">
          <strong>Aucun épisode de panne en cours</strong> : ouvrez-en un (ci-dessus, ou depuis le diagnostic GAMMA 2)
          pour enregistrer un document.
        </p>
      )}
      {episodes.length === 0 ? (
        <p>Aucun document enregistré pour l’instant.</p>
      ) : (
        episodes.map((e) => <EpisodeDocuments key={e.id} episode={e} />)
      )}
    </section>
  );
}

function EpisodeDocuments({ episode }: { episode: Episode }) {
  const { register } = useLrnRegister();
  const documents = documentsOf(register, episode.id);
  return (
    <section className="episode" aria-labelledby={`${episode.id}-title`}>
      <h3 id={`${episode.id}-title`}>
        Épisode du {formatLocalValue(episode.startedAt)}
        {episode.endedAt ? ` au ${formatLocalValue(episode.endedAt)}` : ' (en cours)'}
      </h3>
      <p className="note">{authorisationText(episode.authorisation)}.</p>
      {documents.length === 0 ? (
        <p>Aucun document dans cet épisode.</p>
      ) : (
        <ul className="doc-list">
          {documents.map((d) => (
            <DocumentCard key={d.lrn} document={d} />
          ))}
        </ul>
      )}
    </section>
  );
}
