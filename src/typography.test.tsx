/**
 * French as the administration writes it, checked everywhere the user reads, copies, downloads or prints:
 * every node of both flows and every outcome (by every path), every tool page (incident, incidents,
 * register, paper form, « Mes données », help-desk panel, flow map), the error pages, and the generated texts
 * (DA, e-mails, export, call summary, messages). Fails on any breach, saying where.
 *
 * The rules (README, « Typographie ») :
 * - a no-break space (U+00A0) before « : », a narrow no-break space (U+202F) before « ; ? ! » and inside
 *   « » ; no space missing before them;
 * - typographic apostrophes (’), never ' between letters;
 * - « à » between a date and a time; times as 14:05 (never « 14 h 05 »);
 * - no word in capitals for emphasis (« ET »).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render } from '@testing-library/react';
import { callEvents, callOf, recordCall } from './testing/calls';
import {
  CALLS_TEXT,
  callSummary,
  CONFIRM_TEXT,
  FACT_TEXT,
  handoverMail,
  MODE_TEXT,
  PANEL_TEXT,
  SHORTCUT_TEXT,
} from './helpDesk/texts';
import { helpDeskModeStore } from './helpDesk/store';
import { ErrorBoundary } from './app/ErrorBoundary';
import { SCREEN_TEXT } from './screens/texts';
import { content } from './content/fr';
import { ANSWER_PROBLEM_TEXT } from './content/fr/answerProblems';
import { redirectNotice } from './content/fr/notices';
import { NEXT_STEPS, SAY } from './content/fr/callTexts';
import { readProblemMessage, STORE_LABELS, writeProblemMessage } from './content/fr/storageMessages';
import { VERDICT_TEXT } from './content/verdicts';
import { isOutcomeId, NODE_IDS, type NodeId } from './flows/ids';
import { replay } from './flows/replay';
import { registerStore } from './gamma/store';
import { registerEvent, registerLog, type RegisterEventData } from './gamma/log';
import {
  ARC_PROBLEM,
  authorisationText,
  deviationNote,
  deviationText,
  documentProblemText,
  episodeProblemText,
  lrnProblemText,
  milestoneProblemText,
  operatorProblemText,
  prefixChangeNote,
  prefixProblemText,
  voidProblemText,
  withoutCopyNote,
} from './gamma/texts';
import { incidentEvent, incidentLog } from './incident/log';
import { openedIncident } from './testing/incident';
import { blockedText, JOURNAL_STEP_TEXT, STATUS_LABELS } from './incident/texts';
import { alertProblemText, fieldProblemText, serviceProblemText } from './incident/refusals';
import { JOURNAL_STEPS } from './incident/journal';
import type { ProfileField } from './incident/profile';
import { eoriProblem, phoneProblem, validateProfile } from './incident/profile';
import { profileStore } from './incident/store';
import { closureMail, daText, incidentText, officeEndMail, officeStartMail } from './incident/outgoing';
import { stepProblemText } from './incident/refusals';
import { timeProblemText } from './content/fr/timeMessages';
import { nodeHref, sessionSearch } from './session/codec';
import { resolveLocation } from './session/resolve';
import { preloadScreens } from './testing/preload';
import { renderWholePage } from './testing/render';
import { TEST_PROFILE } from './testing/profile';
import { everyVisit, NOW, richEvents, richIncident, richRegister } from './testing/rich';

beforeAll(preloadScreens);

const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿŒœ';
const RULES: { name: string; pattern: RegExp }[] = [
  { name: 'espace ordinaire avant « : » (U+00A0 attendu)', pattern: /[ \t\n\u202F]:(?=\s|$)/g },
  { name: 'espace insécable manquante avant « : »', pattern: new RegExp(`[${LETTER})»]:(?=\\s|$)`, 'g') },
  { name: 'espace ordinaire avant « ; ? ! » (U+202F attendu)', pattern: /[ \t\n\u00A0][;?!]/g },
  { name: 'espace fine manquante avant « ; ? ! »', pattern: new RegExp(`[${LETTER})»][;?!](?=\\s|$)`, 'g') },
  { name: 'espace fine manquante après « (U+202F attendu)', pattern: /«(?!\u202F)/g },
  { name: 'espace fine manquante avant » (U+202F attendu)', pattern: /(?<!\u202F)»/g },
  { name: 'apostrophe droite (’ attendue)', pattern: new RegExp(`[${LETTER}]'[${LETTER}]`, 'g') },
  { name: 'date suivie d’une heure sans « à »', pattern: /\d{2}\/\d{2}\/\d{4}[\s\u00A0\u202F]+\d{1,2}[:h]/g },
  {
    name: 'espace ordinaire autour de « à » entre une date et une heure (U+00A0 attendu)',
    pattern: /\d{4}(?: à|à )\d/g,
  },
  { name: 'heure écrite « 14 h 05 » (14:05 attendu)', pattern: /\b\d{1,2}[\s\u00A0\u202F]?h[\s\u00A0\u202F]?\d{2}\b/g },
  { name: 'mot en capitales pour insister', pattern: /\b(ET|OU|NE|PAS)\b/g },
  { name: 'point après une citation qui finit sa phrase', pattern: /[.?!…][\s\u202F]*»\./g },
  { name: 'point final avant « – » (titre de la page)', pattern: /\.[\s\u00A0]+–/g },
];

const breaches: string[] = [];

/** Checks a text against every rule; each breach is kept with where it was found and its context. */
function check(where: string, text: string) {
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const at = m.index ?? 0;
      const context = text
        .slice(Math.max(0, at - 30), at + 30)
        .replace(/\u00A0/g, '⍽')
        .replace(/\u202F/g, '·');
      breaches.push(`${where} — ${rule.name} : « ${context} »`);
    }
  }
}

/** Everything a page shows or says: its text, and the labels only assistive technologies read. */
function checkPage(where: string) {
  check(where, document.body.textContent ?? '');
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt'])
      if (el.getAttribute(attr)) check(`${where} [${attr}]`, el.getAttribute(attr)!);
  check(`${where} <title>`, document.title);
}

async function visit(url: string, where = url) {
  await renderWholePage(url);
  checkPage(where);
  cleanup();
}

function Throws({ error }: { error: Error }): never {
  throw error;
}

const PROFILE = TEST_PROFILE;

/** Every refusal of the register's rules, each field with each of its codes. */
const GAMMA_PROBLEMS = [
  ...(
    [
      ['lrn', ['missing', 'tooLong', 'characters', 'used']],
      ['date', ['missing', 'invalid', 'future', 'beforeEpisode']],
      ['consigneeName', ['missing', 'tooLong']],
      ['consigneeIdentification', ['shape']],
      ['episode', ['none']],
    ] as const
  ).flatMap(([field, codes]) => codes.map((code) => documentProblemText(field, { [field]: code }, 'abc'))),
  ...(
    [
      [
        'at',
        ['missing', 'invalid', 'future', 'beforeDocument', 'beforeCopy', 'afterArchive', 'afterEntry', 'beforeEnd'],
      ],
      ['arc', ['shape']],
      ['copy', ['needed', 'toConfirm']],
      ['document', ['unknown', 'voided']],
      ['episode', ['open']],
    ] as const
  ).flatMap(([field, codes]) => codes.map((code) => milestoneProblemText(field, { [field]: code }))),
  ...(
    [
      ['startedAt', ['missing', 'invalid', 'future']],
      ['by', ['missing']],
      ['at', ['missing', 'invalid', 'future', 'beforeStart']],
      ['daReference', ['tooLong']],
      ['endedAt', ['missing', 'invalid', 'future', 'beforeStart', 'beforeAuthorisation', 'beforeDocuments']],
      ['episode', ['alreadyOpen', 'hasDocuments', 'unknown', 'ended']],
    ] as const
  ).flatMap(([field, codes]) => codes.map((code) => episodeProblemText(field, { [field]: code }))),
  ...(['name', 'exciseNumber', 'street', 'city'] as const).flatMap((field) =>
    (['missing', 'tooLong', 'shape'] as const).map((code) => operatorProblemText(field, { [field]: code })),
  ),
];

beforeEach(() => {
  breaches.length = 0;
});

describe('French typography', { timeout: 120_000 }, () => {
  test('every node of both flows, and every outcome by every path', async () => {
    const seen = new Set<string>();
    for (const { node, values } of everyVisit()) {
      // Every question once per distinct help (the help depends on earlier answers), every outcome by every path.
      const key = `${node}|${node.startsWith('delta.') && !isOutcomeId(node) ? values.slice(1, 3).join('-') : values.join('-')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const href = nodeHref(node, values);
      await visit(href, `${node} (${href})`);
    }
    expect(seen.size).toBeGreaterThan(NODE_IDS.length);
    expect(breaches).toEqual([]);
  });

  test('every tool page, with records of every kind', async () => {
    incidentLog.append(...richEvents());
    // What two copies recorded at two times: a step of the rich incident, and the closure of another.
    incidentLog.append(
      incidentEvent(
        'inc-typo',
        { type: 'step.done', services: ['xe', 'g'], step: 'sau.call', time: '2026-11-23T09:23' },
        new Date(NOW.getTime() + 600_000),
      ),
      ...openedIncident('inc-typo-closed', NOW),
      incidentEvent(
        'inc-typo-closed',
        { type: 'incident.closed', time: '2026-11-23T09:40', replaces: [] },
        new Date(NOW.getTime() + 601_000),
      ),
      incidentEvent(
        'inc-typo-closed',
        { type: 'incident.closed', time: '2026-11-23T09:50', replaces: [] },
        new Date(NOW.getTime() + 602_000),
      ),
    );
    registerStore.write(richRegister());
    // What another copy recorded otherwise, each over what it had: the notices that say both values.
    const later = new Date(NOW.getTime() + 60_000);
    const document = registerStore.getSnapshot().heads.documents.get('SEC202600005');
    const others: RegisterEventData[] = [
      {
        type: 'episode.corrected',
        episode: 'e1',
        startedAt: '2026-11-23T07:40',
        authorisation: { by: 'meteo', at: '2026-11-23T07:45', daReference: '' },
        replaces: [],
      },
      { type: 'episode.ended', episode: 'e1', endedAt: '2026-11-23T10:05', replaces: [] },
      {
        type: 'milestone.recorded',
        lrn: 'SEC202600005',
        document,
        milestone: 'entered',
        value: { at: '2026-11-23T10:25', recordedAt: later.toISOString(), arc: '26FRAB1234567890123P6' },
        replaces: [],
      },
    ];
    // …and this copy, each over what it had too (its register's own values are those its events were opened with).
    const ours: RegisterEventData[] = [
      { ...others[0]!, startedAt: '2026-11-23T07:50' } as RegisterEventData,
      { ...others[1]!, endedAt: '2026-11-23T10:00' } as RegisterEventData,
      {
        ...others[2]!,
        value: { at: '2026-11-23T10:20', recordedAt: NOW.toISOString(), arc: '26FRAB1234567890123P5' },
      } as RegisterEventData,
    ];
    const after = new Date(later.getTime() + 1);
    expect(
      registerLog.append(...ours.map((e) => registerEvent(e, later)), ...others.map((e) => registerEvent(e, after))),
    ).toEqual({ ok: true, value: undefined });
    expect(
      registerStore
        .getSnapshot()
        .conflicts.map((c) => c.kind)
        .toSorted(),
    ).toEqual(['endTwice', 'milestoneTwice', 'startTwice']);
    profileStore.write(PROFILE);
    await visit('/incidents/inc-typo', 'incident');
    await visit('/incidents/inc-typo-closed', 'incident clos deux fois');
    await visit('/incidents', 'incidents');
    await visit('/incidents/unknown', 'incident introuvable');
    await visit('/registre-lrn', 'registre LRN');
    await visit('/registre-lrn/formulaire/SEC202600005', 'formulaire');
    await visit('/gamma/backup?v=1&r=gamma-no-yes', 'gamma.backup avec son registre');
    await visit('/donnees', 'Mes données');
    await visit('/carte/delta?v=1&r=delta-g1-edi', 'carte DELTA');
    await visit('/carte/gamma', 'carte GAMMA 2');
    await visit('/nulle/part/ici', 'page introuvable');
    helpDeskModeStore.write({ enabled: true });
    // Two texts of the notes recorded over none at once (two tabs): the panel shows the other too.
    recordCall(
      'typo-current',
      NOW,
      [],
      [
        { type: 'note.edited', text: 'Rappeler.', over: '' },
        { type: 'note.edited', text: 'Rappeler. DA refusée.', over: '' },
      ],
    );
    await visit('/delta/alert?v=1&r=delta-g1-edi', 'panneau du mode assistance (question)');
    await visit('/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate', 'panneau du mode assistance (issue)');
    await visit('/registre-lrn', 'registre LRN en mode assistance');
    await visit('/assistance', 'mode assistance');
    recordCall(
      'typo-1',
      NOW,
      ['delta', 'g1', 'dti', 'no', 'cannotValidate'],
      [{ type: 'caller.edited', field: 'name', value: 'M. Martin' }, { type: 'call.ended' }],
    );
    recordCall('typo-2', NOW, ['gamma', 'no']);
    await visit('/appels', 'historique des appels');
    await visit('/aide', 'aide');
    expect(breaches).toEqual([]);
  });

  test('every text the style sheet draws (CSS `content:`)', () => {
    const css = readFileSync(resolve(__dirname, 'styles.css'), 'utf8');
    const drawn = [...css.matchAll(/content:\s*([^;]+);/g)].flatMap((m) =>
      [...m[1]!.matchAll(/'([^']*)'|"([^"]*)"/g)].map((q) => q[1] ?? q[2] ?? ''),
    );
    expect(drawn).toContain('Registre LRN des documents de secours GAMMA 2');
    check('styles.css, content:', drawn.join(' '));
    expect(breaches).toEqual([]);
  });

  test('the error pages: a page that could not be loaded, an unexpected error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const [where, error] of [
      ['page non chargée', new TypeError('Failed to fetch dynamically imported module: /assets/x.js')],
      ['erreur inattendue', new Error('bug')],
    ] as const) {
      render(
        <ErrorBoundary>
          <Throws error={error} />
        </ErrorBoundary>,
      );
      checkPage(where);
      cleanup();
    }
    expect(breaches).toEqual([]);
  });

  test('every generated text and message', () => {
    const incident = richIncident();
    const register = richRegister();
    for (const record of incident.services) {
      const da = daText(PROFILE, record);
      if (da) check(`DA ${record.service}`, `${da.subject}\n${da.body}`);
      for (const mail of [
        officeStartMail(PROFILE, record),
        closureMail(PROFILE, record),
        officeEndMail(PROFILE, record),
      ])
        check(`courriel « ${mail.subject} »`, `${mail.subject}\n${mail.body}`);
    }
    check('export texte de l’incident', incidentText(incident, PROFILE, NOW));
    const session = replay(['delta', 'h7', 'edi', 'no', 'no', 'noBae', 'unreachable', 'closed']);
    const answers = session.path.map((a) => a.value);
    const noted = callOf(
      callEvents('typo', NOW, answers, [
        { type: 'note.edited', text: 'Note.' },
        { type: 'caller.edited', field: 'company', value: 'Transit' },
        { type: 'fact.recorded', fact: 'officeReached', value: 'no' },
        { type: 'fact.recorded', fact: 'officeName', value: 'Rouen' },
        { type: 'fact.recorded', fact: 'daNumber', value: 'DA-1' },
        { type: 'fact.recorded', fact: 'authorisedBy', value: 'sau' },
        { type: 'fact.recorded', fact: 'authorisedAt', value: '2026-11-23T09:15' },
        { type: 'answer.changed', node: 'delta.service', value: 'g1', previous: 'h7', path: ['delta', 'g1'] },
        { type: 'path.restarted' },
        { type: 'call.ended' },
      ]),
    );
    check('résumé d’appel', callSummary(noted, 'https://exemple.test/delta/selfTrigger?v=1&r=x', NOW, 'Agent'));
    for (const title of ['Utilisez le mode DTI en attendant la résolution.', 'Que constatez-vous\u202F?', 'Mode'])
      check(`bandeau de reprise (« ${title} »)`, SCREEN_TEXT.resumeText(title));
    const words = (o: object): string[] =>
      Object.values(o).flatMap((v) =>
        typeof v === 'string'
          ? [v]
          : typeof v === 'function'
            ? [String(v('X', 'Y'))]
            : typeof v === 'object'
              ? words(v)
              : [],
      );
    for (const [name, table] of Object.entries({
      PANEL_TEXT,
      CONFIRM_TEXT,
      CALLS_TEXT,
      MODE_TEXT,
      ANSWER_PROBLEM_TEXT,
    }))
      check(`mots du mode assistance (${name})`, words(table).join('\n'));
    const mail = handoverMail(session, 'https://exemple.test/x');
    check('courriel de transmission', `${mail.subject}\n${mail.body}`);
    for (const [fact, text] of Object.entries(FACT_TEXT))
      check(`fait ${fact}`, [text.label, ...Object.values(text.choices ?? {})].join('\n'));
    for (const text of Object.values(SHORTCUT_TEXT)) check('raccourci', text);
    for (const d of register.documents) if (d.deviation) check('note de série', deviationNote(d.deviation));
    check(
      'trou dans la série',
      deviationText(
        { kind: 'gap', series: 'SEC2026', skippedFrom: 2, skippedTo: 4, expected: 'SEC202600002' },
        'sec202600005',
      ),
    );
    check('hors série', deviationText({ kind: 'outOfSeries', expected: 'SEC202600002' }, 'abc'));
    for (const by of ['meteo', 'sau', 'serviceGestionnaire'] as const)
      check('autorisation', authorisationText({ by, at: '2026-11-23T09:15', daReference: 'DA-1' }));
    const refused = validateProfile({
      eori: 'x',
      companyName: '',
      address: '',
      phone: '1',
      officeName: '',
      officeEmail: 'x',
    });
    const profileMessages = refused.ok
      ? []
      : Object.entries(refused.problem).map(([field, problem]) => fieldProblemText(field as ProfileField, problem, 10));
    const messages = [
      ...(['missing', 'tooLong', 'characters', 'used'] as const).map((p) => lrnProblemText(p, 'abc')),
      ...(['characters', 'tooLong', { newSeries: { years: [2026], last: '202600001' } }] as const).map((p) =>
        prefixProblemText(p, 'sec'),
      ),
      ...(['missing', 'invalid', 'future'] as const).map(timeProblemText),
      ...(['missingReason', 'tooLong', 'alreadyVoided', 'unknown'] as const).map(voidProblemText),
      ...GAMMA_PROBLEMS,
      ARC_PROBLEM,
      ...register.prefixChanges.map(prefixChangeNote),
      withoutCopyNote(NOW.toISOString()),
      stepProblemText({ kind: 'before', step: 'da.file', at: '2026-11-23T09:00' }),
      stepProblemText({ kind: 'after', step: 'backup.activate', at: '2026-11-23T09:00' }),
      stepProblemText({ kind: 'notAllowed', after: 'da.file' }),
      stepProblemText({ kind: 'beforeAlert', at: '2026-11-23T09:00' }),
      alertProblemText({ kind: 'afterDa', at: '2026-11-23T09:00' }),
      ...JOURNAL_STEPS.flatMap((step) => [...JOURNAL_STEPS, null].map((after) => blockedText(step, after))),
      ...(['covered', 'noReasons', 'notDelta'] as const).map((p) => serviceProblemText(p, 'g')),
      ...Object.values(STATUS_LABELS),
      ...Object.values(JOURNAL_STEP_TEXT).flatMap((t) => [t.label, t.note ?? '']),
      ...Object.values(VERDICT_TEXT),
      ...Object.keys(STORE_LABELS).flatMap((name) => [
        ...(['corrupt', 'version', 'unavailable'] as const).map((p) => readProblemMessage(p, name)),
        ...(['invalid', 'full', 'unavailable', 'newer'] as const).map((p) => writeProblemMessage(p, name)),
      ]),
      ...profileMessages,
      fieldProblemText('eori', eoriProblem('FR12')!),
      fieldProblemText('eori', eoriProblem('FR552100555')!),
      fieldProblemText('phone', phoneProblem('12')!),
    ];
    for (const m of messages) check('message', String(m));
    for (const node of NODE_IDS as readonly NodeId[]) {
      const c = content[node];
      check(
        `${node} (textes)`,
        [
          c.title,
          ...Object.values(c.answers as Record<string, string>),
          SAY[node],
          ...(isOutcomeId(node) ? NEXT_STEPS[node] : []),
        ].join('\n'),
      );
    }
    for (const search of ['?v=9&r=delta', '?v=1&r=<x>', '?v=1&r=delta-maybe', '?v=1&r=delta-g1'])
      for (const path of ['/delta/selfTrigger', '/nowhere/at/all']) {
        const r = resolveLocation(path, search);
        if (r.kind === 'redirect' && r.reason)
          check(
            `message de redirection ${path}${search}`,
            redirectNotice(r.reason, 'Quel mode de transmission utilisez-vous ?'),
          );
      }
    check('lien', sessionSearch([]));
    expect(breaches).toEqual([]);
  });

  test('every string of the word tables, and what their functions give for placeholders (texts no page above shows)', () => {
    // Every module of words: strings as they are, functions called with placeholders, elements by their text.
    const modules = import.meta.glob<Record<string, unknown>>(
      ['./**/texts.ts', './**/refusals.ts', './content/fr/*.{ts,tsx}', './content/*.ts', '!./**/*.test.*'],
      { eager: true },
    );
    const seen = new Set<unknown>();
    const walk = (where: string, value: unknown): void => {
      if (typeof value === 'string') return check(where, value);
      if (value === null || typeof value !== 'object' || seen.has(value)) {
        if (typeof value !== 'function' || seen.has(value)) return;
        seen.add(value);
        for (const args of [[], ['X', 'Y'], [1, 2], ['X', 1]]) {
          try {
            walk(`${where}(…)`, (value as (...a: unknown[]) => unknown)(...args));
          } catch {
            /* a function of other arguments: its words are checked where the pages use it */
          }
        }
        return;
      }
      seen.add(value);
      const el = value as { $$typeof?: unknown; props?: unknown };
      if (el.$$typeof) return walk(where, el.props);
      for (const [key, v] of Object.entries(value)) walk(`${where}.${key}`, v);
    };
    for (const [file, exports] of Object.entries(modules)) walk(file, exports);
    expect(Object.keys(modules)).toContain('./gamma/texts.ts');
    expect(breaches).toEqual([]);
  });

  test('the checker catches every kind of breach (so that a pass means something)', () => {
    const before = breaches.length;
    const samples = [
      'Source : fiche',
      'Source: fiche',
      'Que constatez-vous ?',
      'Vraiment?',
      '« sous contrôle »',
      "l'alerte",
      '23/11/2026 14:05',
      '14 h 05',
      'la DA ET le bureau',
      'le 23/11/2026\u0020à\u002014:05',
      'à l’étape «\u202FUtilisez le mode DTI.\u202F».',
    ];
    for (const s of samples) check('exemple', s);
    expect(breaches.length - before).toBeGreaterThanOrEqual(samples.length);
    breaches.splice(before);
    check(
      'exemple correct',
      'Source\u00A0: fiche, le 23/11/2026 à 14:05\u202F; «\u202Fsous contrôle\u202F»\u202F; l’alerte\u202F?',
    );
    expect(breaches.slice(before)).toEqual([]);
  });
});
