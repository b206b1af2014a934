import type { ReplayPath } from '../../flows/replay';
import { fileStamp } from '../../lib/time';
import { CopyButton, downloadText } from '../../ui/CopyButton';
import { isEmail } from '../../incident/profile';
import { mailtoHref } from '../../ui/links';
import type { Call } from '../store';
import { callSummary, handoverMail } from '../texts';

/**
 * The call summary (copied or downloaded, for the ticket) and the handover: the link to the caller's step,
 * copied or sent by the agent's own mail program (`mailto:`) with what the caller has to do next.
 */
export function ShareSection({ call, session, shareUrl }: { call: Call; session: ReplayPath; shareUrl: string }) {
  const summary = () => callSummary(call, session, shareUrl, new Date());
  const mail = handoverMail(session, shareUrl);
  // A mistyped address is left out: the agent's mail program asks for one.
  const to = isEmail(call.caller.email) ? encodeURIComponent(call.caller.email.trim()).replace('%40', '@') : '';
  return (
    <section aria-labelledby="help-desk-share">
      <h3 id="help-desk-share">Résumé et lien</h3>
      <p className="actions-inline">
        <CopyButton text={summary} label="Copier le résumé d’appel" />{' '}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => downloadText(`appel-${fileStamp(new Date(call.startedAt || Date.now()))}.txt`, summary())}
        >
          Télécharger le résumé
        </button>
      </p>
      <p className="field-hint">Lien vers cette étape, pour l’appelant (il ne contient que les réponses) :</p>
      <p className="share-url">
        <code>{shareUrl}</code>
      </p>
      <p className="actions-inline">
        <CopyButton text={shareUrl} label="Copier le lien" />{' '}
        <a className="button button-secondary button-small" href={mailtoHref(to, mail.subject, mail.body)}>
          Envoyer le lien par courriel
        </a>
      </p>
      <p className="field-hint">
        {to
          ? `Le courriel s’ouvre dans votre messagerie, adressé à ${call.caller.email.trim()}.`
          : 'Le courriel s’ouvre dans votre messagerie ; indiquez le courriel de l’appelant pour l’y adresser.'}
      </p>
    </section>
  );
}
