/** The e-mails of the procedure: once a step is recorded, its e-mail is the text it had then. */
import { screen, within } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { TEST_PROFILE } from '../testing/profile';
import { renderWholePage } from '../testing/render';
import { TEST_NOW as NOW } from '../testing/rules';
import { incidentEvent, incidentLog } from './log';
import { incidentText } from './outgoing';
import { reduceIncidents } from './reduce';
import { profileStore } from './store';
import { openedIncident } from '../testing/incident';

beforeAll(preloadScreens);

const later = (s: number) => new Date(NOW.getTime() + s * 1000);

const ID = 'incident-mails';
const SENT = 'Bonjour,\nTexte envoyé avec EORI FR000000000 et la DA de 09:12.';

function recordOfficeInformed() {
  incidentLog.append(...openedIncident(ID, NOW));
  incidentLog.append(
    incidentEvent(
      ID,
      { type: 'da.filed', service: 'xi', time: '2026-11-23T09:12', officeOpen: true, text: 'DA' },
      later(1),
    ),
    incidentEvent(
      ID,
      { type: 'step.done', step: 'office.inform', services: ['xi'], time: '2026-11-23T09:20', text: SENT },
      later(2),
    ),
  );
  // The references changed since.
  profileStore.write({ ...TEST_PROFILE, companyName: 'Autre Société SAS' });
}

test('the office’s e-mail, its step recorded, is shown as it was, not rewritten from today’s references', async () => {
  recordOfficeInformed();
  await renderWholePage(`/incidents/${ID}`);
  const mails = screen.getByRole('region', { name: 'Courriels de la procédure' });
  const start = within(mails)
    .getByText('Informer le bureau (transfert de l’accusé de réception de la DA)')
    .closest('details')!;
  expect(start.querySelector('pre')).toHaveTextContent(/^Bonjour, Texte envoyé avec EORI FR000000000/);
  expect(start).toHaveTextContent(/Texte tel qu’il était quand l’étape a été enregistrée/);
  // The e-mails whose steps are still to come follow the references as they are.
  const end = within(mails).getByText('Informer le bureau de la fin de la procédure').closest('details')!;
  expect(end.querySelector('pre')).toHaveTextContent('Autre Société SAS');
});

test('the text export gives each e-mail sent as it was', () => {
  recordOfficeInformed();
  const [incident] = reduceIncidents(incidentLog.getSnapshot().events);
  const text = incidentText(incident!, profileStore.getSnapshot().value, NOW);
  expect(text).toContain(`tel qu’il était à son enregistrement\u00a0:\n${SENT}`);
});
