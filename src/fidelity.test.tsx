/**
 * The fidelity record (docs/fidelity.md) checked against the product, so that it cannot say more than the
 * product does:
 * - every sentence of the fiche DELTA (S1) and every word of the GAMMA 2 flowchart (S2) has a row;
 * - an « exact » row's quote is the source's own words, and is found at each place the row names, on every
 *   path that reaches it (a screen, the script read out, the next steps sent, the DA, an e-mail, a journal
 *   step, a printout's page);
 * - a « faithful » row's key words are found at each place;
 * - a row of our own additions is found with its marker (« Conseil de l'outil », « Information
 *   complémentaire (hors fiche) ») in the same paragraph, or is a decision of flows.md.
 * Each failure names the row's line in docs/fidelity.md and the place.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup } from '@testing-library/react';
import { nextStepsAt, sayAt } from './content/fr/callTexts';
import { GAMMA_OBLIGATIONS } from './content/fr/gammaObligations';
import { VERDICT_TEXT } from './content/verdicts';
import { isNodeId, type NodeId } from './flows/ids';
import { isOutcomeId } from './flows/ids';
import { registerStore } from './gamma/store';
import {
  AFTER_OUTAGE,
  ARC_PROBLEM,
  COPY_TEXT,
  documentProblemText,
  lrnProblemText,
  MILESTONE_ACTIONS,
  milestoneProblemText,
  PAPER_FORM_TEXT,
  prefixProblemText,
  REGISTER_TEXT,
  SOURCE_LINE,
} from './gamma/texts';
import { incidentLog } from './incident/log';
import { newIncident } from './incident/opening';
import { closureMail, daText, incidentText, officeEndMail, officeStartMail } from './incident/outgoing';
import { reduceIncidents } from './incident/reduce';
import type { ServiceRecord } from './incident/schema';
import { profileStore } from './incident/store';
import { DIAGNOSIS_TEXT, JOURNAL_STEP_TEXT, NEXT_TEXT, RECORD_TEXT, REFS_TEXT } from './incident/texts';
import { alertProblemText, stepProblemText } from './incident/refusals';
import { nodeHref } from './session/codec';
import { preloadScreens } from './testing/preload';
import { renderWholePage } from './testing/render';
import { TEST_PROFILE } from './testing/profile';
import { everyVisit, NOW, richEvents, richIncident, richRegister, type Visit } from './testing/rich';
import { normalized, s1Sentences, s2Words, words } from './testing/sources';

// ---- The record.

type Section = 'S1' | 'S2' | 'additions';
const GRADES = {
  S1: ['exact', 'faithful', 'not a rule'],
  S2: ['exact', 'faithful', 'not a rule'],
  additions: ['conseil', 'information', 'flows.md'],
} as const;

interface Row {
  readonly section: Section;
  readonly line: number;
  readonly sentence: string;
  readonly places: readonly string[];
  readonly grade: string;
  /** The words checked: the quote(s) of an exact row, the key words of the others. */
  readonly checked: readonly string[];
}

const RECORD = readFileSync(resolve(__dirname, '../docs/fidelity.md'), 'utf8');
const codeSpans = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

function readRecord(): Row[] {
  const rows: Row[] = [];
  let section: Section | null = null;
  RECORD.split('\n').forEach((text, i) => {
    if (text.startsWith('## '))
      section = text.startsWith('## S1')
        ? 'S1'
        : text.startsWith('## S2')
          ? 'S2'
          : text.startsWith('## Our additions')
            ? 'additions'
            : null;
    if (!section || !text.startsWith('|') || /^\|\s*-/.test(text)) return;
    const cells = text
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells[0] === 'Source sentence' || cells[0] === 'Text') return;
    const [sentence, where, grade, checked] = cells as [string, string, string, string];
    rows.push({ section, line: i + 1, sentence, places: codeSpans(where), grade, checked: codeSpans(checked ?? '') });
  });
  return rows;
}

// ---- The places where a text is encoded, each read on every path that reaches it.

interface Reading {
  /** Where it was read: the place, and the path when there are several. */
  readonly where: string;
  readonly text: string;
  /** The page as rendered, for places that are pages. */
  readonly page?: Element;
}

const pages = new Map<string, Element>();
const visits = everyVisit();

async function renderPage(url: string): Promise<Element> {
  const known = pages.get(url);
  if (known) return known;
  await renderWholePage(url);
  const page = document.body.cloneNode(true) as Element;
  cleanup();
  pages.set(url, page);
  return page;
}

/** What a page says, and the addresses its links lead to. */
const pageText = (page: Element) =>
  [page.textContent ?? '', ...[...page.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))].join('\n');

/** `node?q=a&r=b`: the node's visits whose answers include q = a and r = b. */
function visitsOf(place: string): Visit[] {
  const [node, query] = place.split('?') as [string, string | undefined];
  if (!isNodeId(node)) throw new Error(`${place} : nœud inconnu`);
  const conditions = query ? query.split('&').map((c) => c.split('=') as [string, string]) : [];
  const found = visits.filter(
    (v) => v.node === node && conditions.every(([q, a]) => v.path.some((p) => p.node === q && p.value === a)),
  );
  if (found.length === 0) throw new Error(`${place} : aucun chemin n’y mène`);
  return found;
}

/** The incident opened from a self-trigger visit: its one service record. */
function serviceOf(v: Visit) {
  const events = newIncident({ path: v.path, endedAt: NOW }, NOW, 'inc-fidelity')!;
  return reduceIncidents(events)[0]!.services[0]!;
}

const TEXTS: Record<string, unknown> = {
  GAMMA_OBLIGATIONS,
  VERDICT_TEXT,
  MILESTONE_ACTIONS,
  AFTER_OUTAGE,
  SOURCE_LINE,
  ARC_PROBLEM,
  REFS_TEXT,
  CONSIGNEE_SHAPE: documentProblemText('consigneeIdentification', { consigneeIdentification: 'shape' }, ''),
  DIAGNOSIS_TEXT,
  NEXT_TEXT,
  RECORD_TEXT,
  COPY_TEXT,
  PAPER_FORM_TEXT,
  REGISTER_TEXT: { add: { ...REGISTER_TEXT.add, lrnHint: REGISTER_TEXT.add.lrnHint('SEC202600001', 22) } },
  STEP_BEFORE_ALERT: stepProblemText({ kind: 'beforeAlert', at: '2026-11-23T09:00' }),
  ALERT_AFTER_DA: alertProblemText({ kind: 'afterDa', at: '2026-11-23T09:00' }),
  LRN_CHARACTERS: lrnProblemText('characters', 'abc'),
  PREFIX_CHARACTERS: prefixProblemText('characters', 'abc'),
  MILESTONE_AFTER_ENTRY: milestoneProblemText('at', { at: 'afterEntry' }),
};

/** Every string under a value, one per line. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(stringsOf)
      : [];

/** Each place read once, for every row that names it (a page is rendered once, its text normalised once). */
const read = new Map<string, Promise<Reading[]>>();
const readingsOf = (place: string) => {
  if (!read.has(place)) read.set(place, readPlace(place));
  return read.get(place)!;
};
const normal = new Map<string, string>();
/** `normalized`, once per text. */
const norm = (text: string) => {
  if (!normal.has(text)) normal.set(text, normalized(text));
  return normal.get(text)!;
};

async function readPlace(place: string): Promise<Reading[]> {
  const [, kind, rest] = /^(say|next|mail|journal|text|page):(.*)$/s.exec(place) ??
    /^(da|export)(?:\?(.*))?$/s.exec(place) ?? [place, 'node', place];
  const key = (v: Visit) => `${place} (${v.values.join('-') || 'début'})`;
  switch (kind) {
    case 'node': {
      const readings: Reading[] = [];
      for (const v of visitsOf(place)) {
        const page = await renderPage(nodeHref(v.node, v.values));
        readings.push({ where: key(v), text: pageText(page), page });
      }
      return readings;
    }
    case 'say':
      return visitsOf(rest).map((v) => ({ where: key(v), text: sayAt(v.node, v.path) }));
    case 'next':
      return visitsOf(rest).map((v) => {
        if (!isOutcomeId(v.node)) throw new Error(`${place} : pas une issue`);
        return { where: key(v), text: nextStepsAt(v.node, v.path).join('\n') };
      });
    case 'da':
    case 'mail': {
      const [which, query] = kind === 'da' ? ['da', rest] : (rest!.split(/\?(.*)/s) as [string, string | undefined]);
      const make = {
        da: (r: ServiceRecord) => daText(TEST_PROFILE, r)!.body,
        officeStart: (r: ServiceRecord) => officeStartMail(TEST_PROFILE, r).body,
        closure: (r: ServiceRecord) => closureMail(TEST_PROFILE, r).body,
        officeEnd: (r: ServiceRecord) => officeEndMail(TEST_PROFILE, r).body,
      }[which];
      if (!make) throw new Error(`${place} : texte inconnu`);
      return visitsOf(`delta.selfTrigger${query ? `?${query}` : ''}`).map((v) => ({
        where: key(v),
        text: make(serviceOf(v)),
      }));
    }
    case 'journal': {
      const text = (JOURNAL_STEP_TEXT as Record<string, unknown>)[rest];
      if (!text) throw new Error(`${place} : étape inconnue`);
      return [{ where: place, text: stringsOf(text).join('\n') }];
    }
    case 'export':
      return [{ where: place, text: incidentText(richIncident(), TEST_PROFILE, NOW) }];
    case 'text': {
      const value = rest.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], TEXTS);
      if (value === undefined && !(rest in TEXTS)) throw new Error(`${place} : clé inconnue`);
      const strings = stringsOf(value ?? TEXTS[rest]);
      if (strings.length === 0) throw new Error(`${place} : clé inconnue`);
      return [{ where: place, text: strings.join('\n') }];
    }
    case 'page': {
      // Records of every kind to show (each test starts with empty storage).
      incidentLog.append(...richEvents());
      registerStore.write(richRegister());
      profileStore.write(TEST_PROFILE);
      const page = await renderPage(rest!);
      return [{ where: place, text: pageText(page), page }];
    }
    default:
      throw new Error(`${place} : lieu inconnu`);
  }
}

// ---- The checks.

const MARKERS = {
  conseil: /conseil de l'outil/,
  information: /information complémentaire \(hors fiche\)/,
} as const;

/** The smallest block of the page that holds every fragment, and the blocks around it up to its section. */
function blockOf(page: Element, fragments: readonly string[]): string[] | null {
  const holds = (el: Element) => fragments.every((f) => norm(el.textContent ?? '').includes(f));
  const blocks = [...page.querySelectorAll('p, li, dd, dt, td, th, caption, h1, h2, h3, legend, label, div, section')];
  const smallest = blocks.filter(holds).find((el) => ![...el.querySelectorAll('*')].some(holds));
  if (!smallest) return null;
  const around: string[] = [];
  for (let el: Element | null = smallest; el && around.length < 3; el = el.parentElement) {
    around.push(normalized(el.textContent ?? ''));
    if (el.matches('section, li, main')) break;
  }
  return around;
}

/** The paragraph of a plain text that holds every fragment. */
const paragraphOf = (text: string, fragments: readonly string[]) =>
  text
    .split('\n')
    .map(normalized)
    .find((p) => fragments.every((f) => p.includes(f)));

const rows = readRecord();

/** One fault per row, place and words: on how many of its paths the words are missing, and the first of them. */
function missingAt(
  row: Row,
  place: string,
  readings: readonly Reading[],
  holds: (r: Reading) => boolean,
  what: string,
) {
  const missing = readings.filter((r) => !holds(r));
  if (missing.length === 0) return [];
  const count =
    readings.length > 1 ? ` (${missing.length} chemin(s) sur ${readings.length}, dont ${missing[0]!.where})` : '';
  return [`ligne ${row.line} : « ${what} » absent de ${place}${count}`];
}

beforeAll(preloadScreens);

describe('the fidelity record (docs/fidelity.md)', { timeout: 300_000 }, () => {
  test('has a row for every sentence of the fiche DELTA, and its rows quote the fiche', () => {
    const sentences = s1Sentences().map(normalized);
    const recorded = new Set(rows.filter((r) => r.section === 'S1').map((r) => normalized(r.sentence)));
    expect(sentences.filter((s) => !recorded.has(s))).toEqual([]);
    expect(
      rows
        .filter((r) => r.section === 'S1' && !sentences.includes(normalized(r.sentence)))
        .map((r) => `ligne ${r.line}`),
    ).toEqual([]);
  });

  test('has a row for every box of the GAMMA 2 flowchart, each made of the flowchart’s words', () => {
    const ocr = new Set(s2Words());
    const boxes = rows.filter((r) => r.section === 'S2');
    const foreign = boxes.flatMap((r) =>
      words(r.sentence)
        .filter((w) => !ocr.has(w))
        .map((w) => `ligne ${r.line} : ${w}`),
    );
    expect(foreign).toEqual([]);
    const covered = new Set(boxes.flatMap((r) => words(r.sentence)));
    // Every word of the chart (bar the addresses' parts and the OCR's stray marks) belongs to a recorded box.
    const stray = new Set(['https', 'http', 'www', 'douane', 'gouv', 'fr', 'meteo', 'prodouane', 'pages', 'v', 'a']);
    expect([...ocr].filter((w) => !covered.has(w) && !stray.has(w) && w.length > 1)).toEqual([]);
  });

  test('uses only the grades it defines, and names where each row is encoded', () => {
    const wrong = rows.filter(
      (r) =>
        !(GRADES[r.section] as readonly string[]).includes(r.grade) ||
        (r.grade !== 'not a rule' && r.places.length === 0) ||
        (r.grade === 'faithful' && r.checked.length === 0) ||
        (r.section === 'additions' && r.checked.length === 0),
    );
    expect(wrong.map((r) => `ligne ${r.line} : ${r.grade}`)).toEqual([]);
  });

  test('an exact row quotes the source’s own words, found at each place on every path', async () => {
    const faults: string[] = [];
    for (const row of rows.filter((r) => r.grade === 'exact')) {
      const source = normalized(row.sentence);
      const quotes = row.checked.length ? row.checked.map(normalized) : [source];
      for (const q of quotes)
        if (!source.includes(q)) faults.push(`ligne ${row.line} : « ${q} » n’est pas dans la source`);
      const quoted = quotes.reduce((n, q) => n + q.length, 0);
      if (quoted < 0.75 * source.length) faults.push(`ligne ${row.line} : citation trop partielle pour « exact »`);
      for (const place of row.places)
        for (const q of quotes)
          faults.push(...missingAt(row, place, await readingsOf(place), (r) => norm(r.text).includes(q), q));
    }
    expect(faults).toEqual([]);
  });

  test('a faithful row’s key words are found at each place on every path', async () => {
    const faults: string[] = [];
    for (const row of rows.filter((r) => r.grade === 'faithful'))
      for (const place of row.places)
        for (const w of row.checked.map(normalized))
          faults.push(...missingAt(row, place, await readingsOf(place), (r) => norm(r.text).includes(w), w));
    expect(faults).toEqual([]);
  });

  test('our additions carry their marker where they are said', async () => {
    const faults: string[] = [];
    for (const row of rows.filter((r) => r.section === 'additions')) {
      const fragments = row.checked.map(normalized);
      const marker = MARKERS[row.grade as keyof typeof MARKERS];
      for (const place of row.places) {
        const readings = await readingsOf(place);
        const aroundOf = (r: Reading) =>
          (r.page ? blockOf(r.page, fragments) : [paragraphOf(r.text, fragments) ?? '']) ?? [''];
        const found = (r: Reading) => aroundOf(r)[0] !== '';
        faults.push(...missingAt(row, place, readings, found, row.checked.join(' … ')));
        if (marker)
          faults.push(
            ...missingAt(
              row,
              place,
              readings.filter(found),
              (r) => aroundOf(r).some((t) => marker.test(t)),
              `mention « ${row.grade} »`,
            ),
          );
      }
    }
    expect(faults).toEqual([]);
  });

  test('the checks find what is missing (so that a pass means something)', async () => {
    const [page] = await readingsOf('delta.alert');
    expect(normalized(page!.text)).toContain(normalized('Le CID prend la décision du passage en alerte'));
    expect(normalized(page!.text)).not.toContain(
      normalized('dysfonctionnement de votre système privatif est confirmé'),
    );
    const selfTrigger = await readingsOf('delta.selfTrigger?delta.symptom=cannotValidate');
    expect(selfTrigger.every((r) => !normalized(r.text).includes('cas 2 de la fiche'))).toBe(true);
    const around = blockOf(page!.page!, [normalized('Le CID prend la décision')]);
    expect(around?.[0]).toContain(normalized('Le CID prend la décision'));
    expect(around!.some((t) => MARKERS.conseil.test(t) || MARKERS.information.test(t))).toBe(false);
    expect(paragraphOf('Conseil de l’outil : a.\nb.', ['b.'])).toBe('b.');
    expect(() => visitsOf('delta.nowhere' as NodeId)).toThrow('nœud inconnu');
  });
});
