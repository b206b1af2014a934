// @vitest-environment node
/**
 * No French sentence inside a component (README, « Words in content files »): a component takes its words
 * from its feature's texts (`texts.ts` / `texts.tsx` beside it, or `content/fr/`), typed per key, so that an
 * English interface later is a matter of those files. Fails on any French text or string in another `.tsx`
 * file, saying where.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const SRC = resolve(__dirname);
const components = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith(join('content', 'fr')) ? [] : components(path);
    return name.endsWith('.tsx') && !/\.test\.tsx$|^texts\.tsx$/.test(name) ? [path] : [];
  });

/** Words that only French text has: an accent, a typographic apostrophe or guillemet, or two common words in a row. */
const FRENCH =
  /[À-ÿ’«»]|\b(?:le|la|les|de|du|des|un|une|et|à|au|aux|pour|par|votre|vos|vous|est|sur|dans|en|ne|pas|ce|cette|son|sa|ses|il|elle|on|qui|que)\s+[A-Za-zÀ-ÿ]{2,}/i;

/** What is code, not text, between a `>` or `}` and a `<` or `{`. */
const CODE =
  /[=|`$@&[\]_']|\w\.\w|\w\(|^\s*(?:Result|Promise|Record)\s*$|\b(?:const|return|if|else|function|export|interface|class|override|catch|void|async|await|as|extends|new|typeof)\b|;\n|[(,]\s*$|^\s*[),.:?]/;

/** The texts of a source file a user could read: JSX text and string literals, comments and imports set aside. */
export function frenchIn(source: string): string[] {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/^import .*$/gm, '');
  // JSX text and the attributes a person reads: any word at all (a type argument's `<T>(…)` is code).
  const read = [
    ...[...code.matchAll(/[>}]([^<>{}]+)(?=[<{])/g)].map((m) => m[1]!).filter((t) => !CODE.test(t)),
    ...[
      ...code.matchAll(/\b(?:label|hint|title|aria-label|placeholder|alt|legend|confirmLabel|cancelLabel)="([^"]*)"/g),
    ].map((m) => m[1]!),
  ]
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => /\p{L}{2,}/u.test(t));
  const texts = [
    ...read,
    ...[...code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? '',
    ),
  ];
  return [...new Set(texts.map((t) => t.replace(/\s+/g, ' ').trim()))].filter(
    (t) => read.includes(t) || FRENCH.test(t),
  );
}

describe('words', () => {
  test('no French text inside a component: each takes its words from its texts', () => {
    const found = components(SRC).flatMap((file) =>
      frenchIn(readFileSync(file, 'utf8')).map((t) => `${relative(SRC, file)} : « ${t.slice(0, 70)} »`),
    );
    expect(found).toEqual([]);
  });

  test('the check finds French in text, attributes and strings, and nothing in code', () => {
    expect(frenchIn('<p>Déposez la DA</p>')).toEqual(['Déposez la DA']);
    expect(frenchIn('<Field label="Nom du destinataire" />')).toEqual(['Nom du destinataire']);
    expect(frenchIn("const t = cond ? 'Pas de DA' : '';")).toEqual(['Pas de DA']);
    expect(frenchIn('<button>Retour</button>')).toEqual(['Retour']);
    expect(frenchIn('<p className="note verdict">{T.intro}</p>')).toEqual([]);
    expect(frenchIn('// Le commentaire\nconst x = a < b && c > d;')).toEqual([]);
  });
});
