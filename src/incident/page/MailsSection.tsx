import { contacts } from '../../content/contacts';
import { contactsReadLine } from '../../content/fr/contactsRead';
import { SauPhone } from '../../content/links';
import { CopyButton } from '../../ui/CopyButton';
import { MailLink } from '../../ui/links';
import type { ServiceRecord } from '../schema';
import type { Profile } from '../profile';
import { closureMail, officeEndMail, officeStartMail, type Mail } from '../outgoing';

/** The three e-mails of the procedure, as mailto: links and as text to copy. */
export function MailsSection({ profile, record }: { profile: Profile; record: ServiceRecord }) {
  const mails: { title: string; mail: Mail; forward?: boolean }[] = [
    {
      title: 'Informer le bureau (transfert de l’accusé de réception de la DA)',
      mail: officeStartMail(profile, record),
      forward: true,
    },
    { title: 'Demander au SAU de clore la DA (fin d’alerte)', mail: closureMail(profile, record) },
    { title: 'Informer le bureau de la fin de la procédure', mail: officeEndMail(profile, record) },
  ];
  return (
    <section className="panel no-print" aria-label="Courriels de la procédure">
      <details>
        <summary>Les trois courriels de la procédure</summary>
        {mails.map(({ title, mail, forward }) => (
          <details key={title} className="mail">
            <summary>{title}</summary>
            <p>
              À : {mail.to || '(adresse du bureau à compléter)'}
              <br />
              Objet : {forward ? 'celui du courriel d’OLGA transféré' : mail.subject}
            </p>
            <pre className="text-block">{mail.body}</pre>
            {forward ? (
              <p>
                Transférez à votre bureau le courriel automatique d’OLGA accusant réception de la DA, en y ajoutant ce
                texte. <CopyButton text={mail.body} label="Copier le texte à ajouter au transfert" />
              </p>
            ) : (
              <p>
                <MailLink to={mail.to} subject={mail.subject} body={mail.body}>
                  Ouvrir dans ma messagerie
                </MailLink>{' '}
                <CopyButton text={`Objet : ${mail.subject}\n\n${mail.body}`} label="Copier le courriel" />
              </p>
            )}
          </details>
        ))}
        <p className="note">
          SAU du CID : <SauPhone />, {contacts.sau.email}. {contactsReadLine()}
        </p>
      </details>
    </section>
  );
}
