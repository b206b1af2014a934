import { contacts } from '../../content/contacts';
import { contactsReadLine } from '../../content/fr/contactsRead';
import { SauPhone } from '../../content/links';
import { CopyButton } from '../../ui/CopyButton';
import { MailLink } from '../../ui/links';
import type { JournalStep } from '../journal';
import type { ServiceRecord } from '../schema';
import type { Profile } from '../profile';
import { closureMail, officeEndMail, officeStartMail, type Mail } from '../outgoing';
import { MAIL_TEXT as M } from '../texts';
import { MailHead } from './NextStepParts';

/** The three e-mails of the procedure, as mailto: links and as text to copy. */
export function MailsSection({ profile, record }: { profile: Profile; record: ServiceRecord }) {
  // An e-mail whose step is recorded is shown as it was then (kept with the step), never rewritten.
  const asSent = (step: JournalStep, mail: Mail): Mail & { sent?: true } => {
    const text = record.journal.find((e) => e.step === step)?.text;
    return text ? { ...mail, body: text, sent: true } : mail;
  };
  const mails: { title: string; mail: Mail & { sent?: true }; forward?: boolean }[] = [
    { title: M.titles.start, mail: asSent('office.inform', officeStartMail(profile, record)), forward: true },
    { title: M.titles.closure, mail: asSent('closure.request', closureMail(profile, record)) },
    { title: M.titles.end, mail: asSent('office.informEnd', officeEndMail(profile, record)) },
  ];
  return (
    <section className="panel no-print" aria-label={M.sectionLabel}>
      <details>
        <summary>{M.section}</summary>
        {mails.map(({ title, mail, forward }) => (
          <details key={title} className="mail">
            <summary>{title}</summary>
            <MailHead mail={mail} forward={forward} />
            {mail.sent && <p className="note">{M.sent}</p>}
            <pre className="text-block">{mail.body}</pre>
            {forward ? (
              <p>
                {M.forwardShort} <CopyButton text={mail.body} label={M.copyForward()} />
              </p>
            ) : (
              <p>
                <MailLink className="tap-link" to={mail.to} subject={mail.subject} body={mail.body}>
                  {M.open}
                </MailLink>{' '}
                <CopyButton text={M.withSubject(mail)} label={M.copyMail} />
              </p>
            )}
          </details>
        ))}
        <p className="note">
          {M.sau}
          <SauPhone />, {contacts.sau.email}. {contactsReadLine()}
        </p>
      </details>
    </section>
  );
}
