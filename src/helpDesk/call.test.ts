// @vitest-environment node
import { replay } from '../flows/replay';
import { answeredAt, logPath, newCall } from './call';
import { callSchema } from './store';
import { callSummary } from './texts';

const T0 = new Date('2026-11-23T15:00:00Z');
const at = (min: number) => new Date(T0.getTime() + min * 60_000);

describe('call record', () => {
  test('logs each new or changed answer with its time, once', () => {
    let call = newCall(T0);
    call = logPath(call, replay(['delta', 'g1']).path, at(1));
    call = logPath(call, replay(['delta', 'g1', 'dti']).path, at(2));
    expect(call.log.map((e) => `${e.node}=${e.value}`)).toEqual(['start=delta', 'delta.service=g1', 'delta.mode=dti']);
    // Changed answer: a new entry; the time shown is the latest.
    call = logPath(call, replay(['delta', 'g1', 'edi']).path, at(5));
    expect(call.log).toHaveLength(4);
    expect(answeredAt(call, 'delta.mode', 'edi')).toBe(at(5).toISOString());
    expect(answeredAt(call, 'delta.mode', 'dti')).toBeNull();
    expect(callSchema.parse(JSON.parse(JSON.stringify(call)))).toEqual(call);
  });

  test('the summary holds the caller, the service, the answers with times, the outcome, next steps and notes', () => {
    const session = replay(['delta', 'xi', 'dti', 'no', 'cannotValidate']);
    let call = {
      ...newCall(T0),
      caller: { name: 'M. Martin', company: 'Transit Dupont', eori: 'FR552100554', phone: '' },
    };
    call = logPath(call, session.path, at(3));
    call = { ...call, notes: 'Rappeler à 17 h.' };
    const text = callSummary(
      call,
      session,
      'https://example.test/delta/selfTrigger?v=1&r=delta-xi-dti-no-cannotValidate',
      at(10),
    );
    expect(text.split('\n')).toEqual([
      'RÉSUMÉ D’APPEL – Secours douane',
      'Appel du 23/11/2026 à 16:00 au 23/11/2026 à 16:10 (heure de Paris)',
      'Appelant : M. Martin – Transit Dupont – EORI FR552100554',
      'Service : DELTA – Delta X Import',
      '',
      'Réponses :',
      '- 16:03 Quel service en ligne ne fonctionne pas ? → DELTA (Delta G, Delta X, Delta H7)',
      '- 16:03 Quel service DELTA utilisez-vous ? → Delta X Import',
      '- 16:03 Quel mode de transmission utilisez-vous ? → DTI (saisie sur le portail douane.gouv.fr)',
      '- 16:03 Une alerte est-elle publiée sur la météo des services en ligne ? → Non, aucune alerte',
      '- 16:03 Que constatez-vous ? → Je n’arrive pas à valider mes déclarations (anticipées ou non)',
      '',
      'Résultat : Vous pouvez auto-déclencher la procédure de secours. (Procédure de secours : oui)',
      '',
      'Prochaines étapes :',
      '- Déposer une demande d’assistance sur OLGA par service en ligne concerné, avec la mention « auto-déclenchement de la procédure de secours ».',
      '- Transférer au bureau de douane le courriel d’accusé de réception de la DA.',
      '- Recourir à la procédure de secours une fois la DA enregistrée et le bureau informé.',
      '- Hors heures d’ouverture du bureau : appeler le SAU du CID au 09 70 28 01 00 après la DA.',
      '- Fin d’alerte : demander au SAU du CID de clore la DA, et informer le bureau de douane.',
      '',
      'Notes :',
      'Rappeler à 17 h.',
      '',
      'Lien vers cette étape (réponses seulement) : https://example.test/delta/selfTrigger?v=1&r=delta-xi-dti-no-cannotValidate',
    ]);
  });

  test('a call still in progress says at which question', () => {
    const session = replay(['gamma', 'no']);
    const text = callSummary(newCall(T0), session, 'x', at(1));
    expect(text).toContain('Service : GAMMA 2');
    expect(text).toContain(
      'Diagnostic en cours, à la question : La météo des services en ligne signale-t-elle un dysfonctionnement de GAMMA 2 ?',
    );
    expect(text).not.toContain('Appelant');
  });
});
