/** Links to the contacts and official services of contacts.ts, for the texts of the app. */
import type { ReactNode } from 'react';
import { ExternalLink, MailLink } from '../ui/links';
import { contacts, type LinkKey } from './contacts';

/** One of the official links of contacts.ts. */
export function OfficialLink({ to, children }: { to: LinkKey; children?: ReactNode }) {
  const link = contacts.links[to];
  return <ExternalLink href={link.href}>{children ?? link.label}</ExternalLink>;
}

export function SauPhone() {
  return <a href={contacts.sau.phoneHref}>{contacts.sau.phoneDisplay}</a>;
}

export function SauMail({ subject, body }: { subject?: string; body?: string }) {
  return <MailLink to={contacts.sau.email} subject={subject} body={body} />;
}
