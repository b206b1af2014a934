// @vitest-environment node
/**
 * The layers only point down (README, « How the code is laid out »): each folder of src/ may import its own
 * files and the folders of lower layers, never one above; the flows stay free of React and the DOM.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Layer of each part of src/, from the bottom. */
const LAYER: Record<string, number> = {
  lib: 0,
  flows: 0,
  // The route table: paths, and its pages' modules by name only (import.meta.glob), never imported.
  routes: 0,
  session: 1,
  ui: 1,
  // The records layer: event logs, their union, their keeping (../shared/docs/records.md).
  records: 1,
  content: 2,
  incident: 3,
  gamma: 3,
  map: 3,
  helpDesk: 4,
  backup: 5,
  screens: 6,
  pages: 7,
  app: 8,
  'entry-server': 9,
  main: 9,
  testing: 10,
  setupTests: 10,
};

const SRC = resolve(__dirname);
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$|\.d\.ts$/.test(name) ? [path] : [];
  });
const partOf = (path: string) =>
  relative(SRC, path)
    .split(sep)[0]!
    .replace(/\.tsx?$/, '');
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);

test('every part of src/ has a layer', () => {
  const parts = new Set(sources(SRC).map(partOf));
  expect([...parts].filter((p) => !(p in LAYER))).toEqual([]);
});

test('each part imports only its own files and the layers below it', () => {
  const upward: string[] = [];
  for (const file of sources(SRC)) {
    const from = partOf(file);
    for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
      const to = partOf(resolve(dirname(file), spec));
      if (to === from || to === 'styles.css') continue;
      if (!(LAYER[to]! < LAYER[from]!)) upward.push(`${relative(SRC, file)} → ${spec}`);
    }
  }
  expect(upward).toEqual([]);
});

test('the flows are pure: no React, no DOM, no storage', () => {
  const impure = sources(join(SRC, 'flows')).filter((file) => {
    const text = readFileSync(file, 'utf8');
    return importsOf(file).some((s) => s.startsWith('react')) || /\b(document|window|localStorage)\./.test(text);
  });
  expect(impure.map((f) => relative(SRC, f))).toEqual([]);
});

test('no URL written by hand: a page from the route table (src/routes.ts), a step from nodeHref (src/session/codec.ts)', () => {
  const written: string[] = [];
  for (const file of sources(SRC).filter((f) => !/src[/\\]routes\.ts$|session[/\\]codec\.ts$/.test(f))) {
    // The code, not its comments (which may quote a URL).
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const m of code.matchAll(/['"`]\/(?:incidents|registre-lrn|carte|donnees|assistance|aide)\b|[?&]v=\d+&r=/g))
      written.push(`${relative(SRC, file)}: ${m[0]}`);
  }
  expect(written).toEqual([]);
});
