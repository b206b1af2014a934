/**
 * The two sources as the fidelity test reads them (docs/sources/, copies of shared/seeds/): the fiche DELTA
 * (S1) cut into its sentences, and the GAMMA 2 flowchart (S2, OCR'd) as the words of its boxes. Also the one
 * way texts are compared with them, so that a quote matches whatever spaces, apostrophes or case it is drawn
 * with.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const read = (name: string) => readFileSync(resolve(__dirname, '../../docs/sources', name), 'utf8');

/**
 * What the PDF's text layer split inside a word or an address, put back. Each must be found, so that a change
 * of the source file cannot leave one silently unused.
 */
const S1_REPAIRS: readonly (readonly [RegExp, string])[] = [
  [/www\. douane\.gouv \. fr :/, 'www.douane.gouv.fr :'],
  [/www\.douane\.gou v \.fr/, 'www.douane.gouv.fr'],
  [/www\.douane\.g ouv \.fr/, 'www.douane.gouv.fr'],
  [/cid- sau@douane\.finances\.gouv\. fr/, 'cid-sau@douane.finances.gouv.fr'],
];

/** One line of text: spaces of any kind collapsed, trimmed. */
const oneLine = (text: string) => text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();

/** Every sentence of the fiche DELTA, in its order: headings, list items and URLs are sentences of their own. */
export function s1Sentences(): string[] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(current);
    current = [];
  };
  for (const line of read('s1-fiche-delta.txt').split('\n')) {
    if (!line.trim()) flush();
    else {
      if (/^\s*(-|[ÉE]tape \d)/.test(line)) flush();
      current.push(line);
    }
  }
  flush();
  let text = paragraphs.map((p) => oneLine(p.join(' ')).replace(/^- /, '')).join('\n');
  for (const [broken, whole] of S1_REPAIRS) {
    if (!broken.test(text)) throw new Error(`source S1 : réparation inutilisée ${broken}`);
    text = text.replace(broken, whole);
  }
  return text
    .split('\n')
    .flatMap((p) => p.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«])/))
    .reduce<string[]>((sentences, s) => {
      // « !! » alone is the start of the sentence it shouts.
      const last = sentences.at(-1);
      if (last !== undefined && !/\p{L}/u.test(last)) sentences[sentences.length - 1] = `${last} ${s}`;
      else sentences.push(s);
      return sentences;
    }, []);
}

/** What the OCR misread in the flowchart, put right; each must be found. */
const S2_REPAIRS: readonly (readonly [RegExp, string])[] = [
  [/probléeme/, 'problème'],
  [/jattribue/, 'j’attribue'],
  [/jutilise/, 'j’utilise'],
  [/I'utilisation/g, 'l’utilisation'],
  [/I'archive/, 'l’archive'],
];

/** The words of the flowchart's OCR text, as `words` makes them: what every S2 row's box must be made of. */
export function s2Words(): string[] {
  let text = read('s2-logigramme-gamma2.txt');
  for (const [misread, right] of S2_REPAIRS) {
    if (!misread.test(text)) throw new Error(`source S2 : correction inutilisée ${misread}`);
    text = text.replace(misread, right);
  }
  return words(text);
}

/** Accents, case and punctuation set aside: the OCR's « probléme », « Des » for « Dès » match their words. */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * A text as quotes are compared: one kind of space and apostrophe, no space inside « » (the product adds
 * narrow no-break spaces there, the source ordinary ones), digits of a phone number together (the fiche writes
 * 09 702 80 100, the product 09 70 28 01 00, flows.md), lower case.
 */
export function normalized(text: string): string {
  return oneLine(text.normalize('NFC'))
    .replace(/[’‘]/g, "'")
    .replace(/« /g, '«')
    .replace(/ »/g, '»')
    .replace(/ ([:;?!])/g, '$1')
    .replace(/(\d) (?=\d)/g, '$1')
    .toLowerCase();
}
