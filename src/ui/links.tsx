import type { ReactNode } from 'react';
import { UI_TEXT as T } from './texts';

/** A link to an outside site: opens in a new tab, says so, and gives the new page no access to this one. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden">{T.newTab}</span>
      <span aria-hidden="true" className="external-mark">
        {' '}
        ↗
      </span>
    </a>
  );
}

export function MailLink({
  to,
  subject,
  body,
  children,
  className,
}: {
  to: string;
  subject?: string;
  body?: string;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <a className={className} href={mailtoHref(to, subject, body)}>
      {children ?? to}
    </a>
  );
}

/** RFC 6068 mailto: spaces as %20, line breaks as %0D%0A. */
export function mailtoHref(to: string, subject?: string, body?: string): string {
  const params: string[] = [];
  if (subject) params.push(`subject=${encodeURIComponent(subject)}`);
  if (body) params.push(`body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${to}${params.length ? `?${params.join('&')}` : ''}`;
}
