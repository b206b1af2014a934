import { contacts } from '../content/contacts';
import { contactsReadLine } from '../content/fr/contactsRead';
import { HELP_TEXT as T } from '../content/fr/help';
import { SHORTCUTS, type Shortcut } from '../helpDesk/shortcuts';
import { SHORTCUT_TEXT } from '../helpDesk/texts';
import { ClientOnly } from '../ui/ClientOnly';
import { usePageHeading } from '../ui/usePageHeading';

const KEYS = Object.keys(SHORTCUTS) as Shortcut[];

/**
 * « Aide »: for the person using the tool, in French: what it is and is not, the two flows, where the data
 * lives, help-desk mode and its keys (listed from the shortcuts themselves), printing, offline use, storage
 * problems, and the SAU's contacts. Prerendered, so that it reads offline and before any script.
 */
export default function HelpPage() {
  const ref = usePageHeading(T.title);
  return (
    <article className="help-page">
      <h1 ref={ref} tabIndex={-1}>
        {T.title}
      </h1>
      <section aria-labelledby="help-what">
        <h2 id="help-what">{T.whatTitle}</h2>
        {T.what.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </section>
      <section aria-labelledby="help-flows">
        <h2 id="help-flows">{T.flowsTitle}</h2>
        <ul>
          <li>{T.delta}</li>
          <li>{T.gamma}</li>
        </ul>
        <p>{T.answers}</p>
      </section>
      <section aria-labelledby="help-data">
        <h2 id="help-data">{T.dataTitle}</h2>
        {T.data.map((text, i) => (
          <p key={i}>{text}</p>
        ))}
      </section>
      <section aria-labelledby="help-desk-mode">
        <h2 id="help-desk-mode">{T.helpDeskTitle}</h2>
        <p>{T.helpDesk}</p>
        <h3>{T.keysTitle}</h3>
        <p>{T.keysIntro}</p>
        <dl className="shortcut-list">
          {KEYS.map((key) => (
            <div key={key}>
              <dt>
                <kbd>{SHORTCUTS[key]}</kbd>
              </dt>
              <dd>{SHORTCUT_TEXT[key]}</dd>
            </div>
          ))}
        </dl>
        <p>{T.keysOff}</p>
      </section>
      <section aria-labelledby="help-print">
        <h2 id="help-print">{T.printTitle}</h2>
        <p>{T.print}</p>
      </section>
      <section aria-labelledby="help-offline">
        <h2 id="help-offline">{T.offlineTitle}</h2>
        <p>{T.offline}</p>
      </section>
      <section aria-labelledby="help-contacts">
        <h2 id="help-contacts">{T.contactsTitle}</h2>
        <p>
          {contacts.sau.name}
          {'\u00a0: '}
          <a href={contacts.sau.phoneHref}>{contacts.sau.phoneDisplay}</a> ({contacts.sau.alertsOption}),{' '}
          <a href={`mailto:${contacts.sau.email}`}>{contacts.sau.email}</a>. {contactsReadLine()}
        </p>
      </section>
      {/* A button that needs the app: not in the prerendered page. */}
      <ClientOnly>
        <p className="no-print">
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            {T.printButton}
          </button>
        </p>
      </ClientOnly>
    </article>
  );
}
