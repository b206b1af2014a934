// @vitest-environment node
import { sayAt } from '../content/fr/callTexts';
import { replay } from '../flows/replay';
import { answeredAt, callAnswers, changesOf, endCall, isEmptyCall, logPath, noteFact, resumeCall } from './call';
import { callSchema, callStore, NO_CALL, type Call } from './store';
import { callSummary, handoverMail } from './texts';
import { refused } from '../testing/rules';

const T0 = new Date('2026-11-23T15:00:00Z');
const at = (min: number) => new Date(T0.getTime() + min * 60_000);
const started: Call = { ...NO_CALL, startedAt: T0.toISOString() };

describe('call record', () => {
  test('logs each new answer with its time, once; a changed answer as a change, the old one kept', () => {
    let call = logPath(NO_CALL, replay(['delta', 'g1']).path, at(1));
    expect(call.startedAt).toBe(at(1).toISOString());
    call = logPath(call, replay(['delta', 'g1', 'dti']).path, at(2));
    expect(logPath(call, replay(['delta', 'g1', 'dti']).path, at(3))).toBe(call);
    expect(call.log.map((e) => `${e.node}=${e.value}`)).toEqual(['start=delta', 'delta.service=g1', 'delta.mode=dti']);
    expect(changesOf(call)).toEqual([]);
    // Back with R, answered again: a change, with the answer it replaces and its time.
    call = logPath(call, replay(['delta', 'g1', 'edi']).path, at(5));
    expect(changesOf(call)).toEqual([{ node: 'delta.mode', value: 'edi', previous: 'dti', at: at(5).toISOString() }]);
    expect(call.answers).toEqual(['delta', 'g1', 'edi']);
    expect(answeredAt(call, 'delta.mode', 'edi')).toBe(at(5).toISOString());
    expect(answeredAt(call, 'delta.mode', 'dti')).toBeNull();
    expect(callSchema.parse(JSON.parse(JSON.stringify(call)))).toEqual(call);
  });

  test('facts are noted, checked, forgotten when emptied', () => {
    const noted = noteFact(started, 'authorisedAt', '2026-11-23T15:30', at(10));
    expect(noted.ok).toBe(true);
    if (!noted.ok) return;
    expect(noted.value.facts.authorisedAt).toEqual({ value: '2026-11-23T15:30', at: at(10).toISOString() });
    // An authorisation after now is refused, with a reason; nothing is noted.
    const future = noteFact(noted.value, 'authorisedAt', '2026-11-23T18:00', at(10));
    expect(future).toEqual(refused('future'));
    expect(noteFact(started, 'authorisedBy', 'meteo', at(10)).ok).toBe(false);
    expect(noteFact(started, 'daNumber', 'x'.repeat(121), at(10))).toEqual(refused('tooLong'));
    const forgotten = noteFact(noted.value, 'authorisedAt', '', at(11));
    expect(forgotten.ok && forgotten.value.facts).toEqual({});
    expect(isEmptyCall(NO_CALL)).toBe(true);
    expect(isEmptyCall(noted.value)).toBe(false);
  });

  test('the summary holds the caller, the service, the answers with times, the outcome, next steps and notes', () => {
    const session = replay(['delta', 'xi', 'dti', 'no', 'cannotValidate']);
    let call: Call = {
      ...started,
      caller: { name: 'M. Martin', company: 'Transit Dupont', eori: 'FR552100554', phone: '', email: '' },
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
      'Résultat : Vous pouvez auto-déclencher la procédure de secours. (Procédure de secours : à auto-déclencher (DA, puis bureau informé))',
      '',
      'Prochaines étapes :',
      '- Déposer une demande d’assistance sur OLGA par service en ligne concerné, avec la mention « auto-déclenchement de la procédure de secours ».',
      '- Informer le bureau de douane en lui transférant le courriel d’accusé de réception de la DA.',
      '- Recourir à la procédure de secours une fois la DA enregistrée et le bureau informé (les deux conditions sont cumulatives).',
      '- Hors heures d’ouverture du bureau : appeler le SAU du CID au 09 70 28 01 00 après la DA.',
      '- Fin d’alerte : demander au SAU du CID de clore la DA, et informer le bureau de douane.',
      '',
      'Notes :',
      'Rappeler à 17 h.',
      '',
      'Lien vers cette étape (réponses seulement) : https://example.test/delta/selfTrigger?v=1&r=delta-xi-dti-no-cannotValidate',
    ]);
  });

  test('the office closed: the SAU call after the DA is said as due, in the summary and the handover mail', () => {
    const session = replay(['delta', 'h7', 'edi', 'no', 'no', 'noBae', 'unreachable', 'closed']);
    expect(session.current).toBe('delta.selfTrigger');
    const call = logPath(started, session.path, at(3));
    const due = 'Bureau fermé lors du diagnostic : appeler le SAU du CID au 09 70 28 01 00 après la DA.';
    for (const text of [callSummary(call, session, 'https://example.test/', at(4)), handoverMail(session, '').body]) {
      expect(text).toContain(`- ${due}`);
      expect(text).not.toContain('Hors heures d’ouverture');
    }
    expect(sayAt('delta.selfTrigger', session.path)).toContain('Votre bureau étant fermé, après la DA, appelez le SAU');
    expect(sayAt('delta.selfTrigger', replay(['delta', 'xi', 'dti', 'no', 'cannotValidate']).path)).toContain(
      'En dehors des heures d’ouverture du bureau, après la DA, appelez le SAU',
    );
  });

  test('the GAMMA 2 authorisation, who and when, and a changed answer are in the summary', () => {
    // The office is first said to have a solution, then not: a change.
    const first = replay(['gamma', 'no', 'no', 'dtiPlus', 'yes', 'dtiFails', 'yes']);
    let call = logPath(started, first.path, at(2));
    const path = ['gamma', 'no', 'no', 'dtiPlus', 'yes', 'dtiFails', 'no', 'yes'];
    const session = replay(path);
    call = logPath(call, session.path, at(6));
    for (const [fact, value] of [
      ['authorisedBy', 'sau'],
      ['authorisedAt', '2026-11-23T16:05'],
    ] as const) {
      const r = noteFact(call, fact, value, at(7));
      if (r.ok) call = r.value;
    }
    const text = callSummary(endCall(call, at(8)), session, 'x', at(20));
    expect(text).toContain('au 23/11/2026 à 16:08');
    expect(text).toMatch(/Réponses modifiées pendant l’appel\s:\n- 16:06 .*«\s.*\s» remplacé par «\s.*\s»/);
    expect(text).toContain('Faits relevés :\n- Qui a autorisé la procédure de secours : Le SAU du CID');
    expect(text).toContain('- Date et heure de l’autorisation : 23/11/2026 à 16:05');
  });

  test('the handover e-mail carries the link and what the caller has to do', () => {
    const session = replay(['gamma', 'no', 'no', 'dtiPlus', 'yes', 'dtiFails', 'no', 'yes']);
    expect(session.current).toBe('gamma.backup');
    const mail = handoverMail(session, 'https://example.test/gamma/backup');
    const lines = mail.body.split('\n');
    expect(lines).toContain('https://example.test/gamma/backup');
    expect(lines.slice(lines.indexOf('Ce qu’il vous reste à faire\u00a0:'))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^- Transmettre une copie au bureau gestionnaire avant le mouvement/),
      ]),
    );
  });

  test('a call still in progress says at which question', () => {
    const session = replay(['gamma', 'no']);
    const text = callSummary(started, session, 'x', at(1));
    expect(text).toContain('Service : GAMMA 2');
    expect(text).toContain(
      'Diagnostic en cours, à la question : La météo des services en ligne signale-t-elle un dysfonctionnement de GAMMA 2 ?',
    );
    expect(text).not.toContain('Appelant');
  });

  test('taking a call back archives the one in progress in its place; nothing is lost', () => {
    const a = endCall(logPath(started, replay(['delta', 'g1']).path, at(1)), at(2));
    const b = logPath(started, replay(['gamma', 'no']).path, at(3));
    const back = resumeCall(b, [a], a, at(4));
    expect(back.call.answers).toEqual(['delta', 'g1']);
    expect(back.call.endedAt).toBeUndefined();
    expect(back.archive).toEqual([{ ...b, endedAt: at(4).toISOString() }]);
    expect(resumeCall(NO_CALL, [a], a, at(4)).archive).toEqual([]);
  });

  test('a call saved by version 1 reads back with its diagnosis rebuilt from the log', () => {
    const v1 = {
      startedAt: T0.toISOString(),
      caller: { name: 'A', company: '', eori: '', phone: '' },
      notes: '',
      log: [
        { node: 'start', value: 'delta', at: T0.toISOString() },
        { node: 'delta.service', value: 'g1', at: T0.toISOString() },
        { node: 'delta.mode', value: 'dti', at: T0.toISOString() },
        { node: 'delta.mode', value: 'edi', at: T0.toISOString() },
      ],
    };
    const call = callStore.parse(1, v1)!;
    expect(call.answers).toEqual([]);
    expect(callAnswers(call)).toEqual(['delta', 'g1', 'edi']);
    expect(call.caller.email).toBe('');
    expect(call.facts).toEqual({});
  });
});
