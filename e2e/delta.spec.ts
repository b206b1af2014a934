import { expect, test } from './fixtures';
import { answer, answerAll, expectHeading, expectNoAxeViolations, startFlow } from './helpers';

const DELTA = 'DELTA (Delta G, Delta X, Delta H7)';

test.describe('DELTA diagnosis, one journey per outcome', () => {
  test('delta.followAlert: a matching alert is published', async ({ page }) => {
    await startFlow(page, DELTA);
    await expectHeading(page, 'Quel service DELTA utilisez-vous ?');
    await answer(page, 'Delta G – dédouanement en un temps');
    await answer(page, 'DTI (saisie sur le portail douane.gouv.fr)');
    await expectHeading(page, 'Une alerte est-elle publiée sur la météo des services en ligne ?');
    await expect(page.getByText('Source : fiche DELTA, étape 1')).toBeVisible();
    const meteo = page.getByRole('link', { name: /météo des services en ligne/ });
    await expect(meteo).toHaveAttribute('target', '_blank');
    await expect(meteo).toHaveAttribute('rel', /noopener/);
    await expect(page.getByRole('main').getByRole('link', { name: '09 70 28 01 00' })).toHaveAttribute(
      'href',
      'tel:+33970280100',
    );
    await answer(page, 'Oui, une alerte est publiée');
    await answer(page, 'Oui : même service, même mode, mêmes dysfonctionnements');
    await expectHeading(page, 'Appliquez la procédure de secours annoncée par l’alerte.');
    await expect(page).toHaveURL('/delta/followAlert?v=1&r=delta-g1-dti-yes-yes');
    await expect(page.getByText('Procédure de secours : oui')).toBeVisible();
  });

  test('delta.providerIncident: EDI provider at fault', async ({ page }) => {
    await startFlow(page, DELTA);
    await answerAll(page, ['Delta X Import', 'EDI (via un prestataire de connexion)', 'Non, aucune alerte']);
    await expectHeading(
      page,
      'Votre prestataire de connexion confirme-t-il que le dysfonctionnement vient de sa plateforme ?',
    );
    await answer(page, 'Oui, sa plateforme est en cause');
    await expectHeading(page, 'Incident chez votre prestataire : attendez l’alerte du CID.');
  });

  test('delta.noBackupNeeded: the declaration has its BAE in Aubette', async ({ page }) => {
    await startFlow(page, DELTA);
    await answerAll(page, ['Delta X Export', 'DTI (saisie sur le portail douane.gouv.fr)', 'Non, aucune alerte']);
    await expectHeading(page, 'Que constatez-vous ?');
    await answer(page, 'Mes déclarations validées n’obtiennent pas le BAE');
    await expect(page.getByRole('link', { name: /Aubette/ })).toHaveAttribute('target', '_blank');
    await answer(page, 'Elle est à l’état BAE');
    await expectHeading(page, 'Votre déclaration a le BAE : la procédure de secours n’est pas nécessaire.');
  });

  test('delta.notTechnical: the office says the declaration is under control', async ({ page }) => {
    await startFlow(page, DELTA);
    await answerAll(page, [
      'Delta H7',
      'EDI (via un prestataire de connexion)',
      'Oui, une alerte est publiée',
      'Non, ma situation est différente',
      'Non, sa plateforme fonctionne',
      'Mes déclarations validées n’obtiennent pas le BAE',
      'Elle n’a pas obtenu le BAE',
      'Oui, elle est dans l’un de ces états',
    ]);
    await expectHeading(page, 'Le blocage n’est pas technique : voyez avec votre bureau de douane.');
    await expect(
      page.getByText('Procédure de secours : pas d’auto-déclenchement (aucun des deux cas de la fiche)', {
        exact: true,
      }),
    ).toBeVisible();
  });

  test('delta.notCovered: another DELTA service', async ({ page }) => {
    await startFlow(page, DELTA);
    await answer(page, 'Un autre service (DELTA IE…)');
    await expectHeading(page, 'Cette fiche ne couvre pas ce service.');
    await expect(page.getByRole('link', { name: 'cid-sau@douane.finances.gouv.fr' })).toHaveAttribute(
      'href',
      'mailto:cid-sau@douane.finances.gouv.fr',
    );
  });

  test('delta.selfTrigger, case 1: declarations cannot be validated', async ({ page }) => {
    await startFlow(page, DELTA);
    await answerAll(page, [
      'Delta G – dédouanement en deux temps',
      'DTI (saisie sur le portail douane.gouv.fr)',
      'Non, aucune alerte',
      'Je n’arrive pas à valider mes déclarations (anticipées ou non)',
    ]);
    await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');
    await expect(page.getByText(/Cas 1 de la fiche/)).toBeVisible();
    // Its verdict in its tone on screen, in black on paper like the rest of the record.
    await expect(page.locator('.verdict')).toHaveCSS('color', 'rgb(29, 107, 53)');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.verdict')).toHaveCSS('color', 'rgb(0, 0, 0)');
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('link', { name: /OLGA/ })).toHaveAttribute('target', '_blank');
    await expect(page.getByText(/déposer une demande d’assistance pour chacun/)).toBeVisible();
  });

  test('delta.selfTrigger, case 2 unverified: the office is closed', async ({ page }) => {
    await startFlow(page, DELTA);
    await answerAll(page, [
      'Delta G – dédouanement en un temps',
      'DTI (saisie sur le portail douane.gouv.fr)',
      'Non, aucune alerte',
      'Mes déclarations validées n’obtiennent pas le BAE',
      'Je n’ai pas pu accéder à Aubette',
      'Le service n’est pas joignable (bureau fermé)',
    ]);
    await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');
    await expect(page.getByText(/n’a donc pas pu vérifier/)).toBeVisible();
  });
});

test.describe('DELTA navigation', () => {
  test('the next question’s heading takes the focus; Continuer without an answer shows an error summary linked to the field', async ({
    page,
  }) => {
    await startFlow(page, DELTA);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByRole('alert')).toContainText('Sélectionnez une réponse pour continuer.');
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Sélectionnez une réponse pour continuer.' }).click();
    await expect(page.getByLabel('Delta G – dédouanement en un temps')).toBeFocused();
  });

  test('Retour keeps the answer; browser back and forward; reload keeps everything', async ({ page }) => {
    await startFlow(page, DELTA);
    await answer(page, 'Delta X Export');
    await answer(page, 'EDI (via un prestataire de connexion)');
    await expectHeading(page, 'Une alerte est-elle publiée sur la météo des services en ligne ?');

    await page.getByRole('link', { name: 'Retour' }).click();
    await expectHeading(page, 'Quel mode de transmission utilisez-vous ?');
    await expect(page.getByLabel('EDI (via un prestataire de connexion)')).toBeChecked();

    await page.goBack();
    await expectHeading(page, 'Une alerte est-elle publiée sur la météo des services en ligne ?');
    await page.goBack();
    await page.goBack();
    await expectHeading(page, 'Quel service DELTA utilisez-vous ?');
    await expect(page.getByLabel('Delta X Export')).toBeChecked();
    await page.goForward();
    await expectHeading(page, 'Quel mode de transmission utilisez-vous ?');

    await page.reload();
    await expectHeading(page, 'Quel mode de transmission utilisez-vous ?');
    await expect(page.getByLabel('EDI (via un prestataire de connexion)')).toBeChecked();
  });

  test('Modifier changes an answer and drops the answers that no longer apply', async ({ page }) => {
    await startFlow(page, DELTA);
    await answerAll(page, [
      'Delta G – dédouanement en un temps',
      'EDI (via un prestataire de connexion)',
      'Non, aucune alerte',
      'Non, sa plateforme fonctionne',
      'Je n’arrive pas à valider mes déclarations (anticipées ou non)',
    ]);
    await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');
    const answers = page.getByRole('region', { name: 'Vos réponses' });
    await expect(answers).toContainText('Non, sa plateforme fonctionne');

    await answers
      .getByRole('link', { name: 'Modifier la réponse à « Quel mode de transmission utilisez-vous ? »' })
      .click();
    await expectHeading(page, 'Quel mode de transmission utilisez-vous ?');
    await answer(page, 'DTI (saisie sur le portail douane.gouv.fr)');
    await expectHeading(page, 'Une alerte est-elle publiée sur la météo des services en ligne ?');
    await expect(page.getByLabel('Non, aucune alerte')).toBeChecked();
    await answer(page, 'Non, aucune alerte');
    // The provider question does not apply to DTI: straight to the symptom, its answer kept.
    await expectHeading(page, 'Que constatez-vous ?');
    await expect(page.getByLabel('Je n’arrive pas à valider mes déclarations (anticipées ou non)')).toBeChecked();
    await answer(page, 'Je n’arrive pas à valider mes déclarations (anticipées ou non)');
    await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');
    await expect(page.getByRole('region', { name: 'Vos réponses' })).not.toContainText('sa plateforme');
    await expect(page).toHaveURL('/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate');
  });
});
