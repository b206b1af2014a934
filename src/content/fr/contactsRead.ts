/**
 * Said beside the contacts: where they come from, and when they were read there (flows.md, third round).
 * Apart from contacts.ts, which the build's HTML plugin reads and which imports nothing.
 */
import { formatLocalValue } from '../../lib/time';
import { contacts } from '../contacts';

export const contactsReadLine = () =>
  `Contacts relevés dans la fiche DELTA le ${formatLocalValue(contacts.readFromFicheOn)}.`;
