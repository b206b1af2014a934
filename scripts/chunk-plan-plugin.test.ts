// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { planOf } from './chunk-plan-plugin';
import { CHUNK_STAGES, LOADED_FIRST } from './chunk-stages';
import { OUTCOME_TOOLS } from '../src/screens/outcomeTools';
import { PAGE_PATHS } from '../src/lib/pages';

/** A bundle given as chunk file → [its modules, the files it imports statically]. */
function bundleOf(chunks: Record<string, [string[], string[]]>): Rolldown.OutputBundle {
  return Object.fromEntries(
    Object.entries(chunks).map(([fileName, [modules, imports]]) => [
      fileName,
      { type: 'chunk', fileName, moduleIds: modules.map((m) => resolve('/repo', m)), imports },
    ]),
  ) as unknown as Rolldown.OutputBundle;
}

describe('the chunk plan', () => {
  const bundle = bundleOf({
    'assets/index.js': [['src/main.tsx', 'src/lib/storageKey.ts'], []],
    'assets/start.js': [['src/start.tsx'], ['assets/react.js', 'assets/index.js']],
    'assets/react.js': [['node_modules/react/index.js'], []],
    'assets/storage.js': [['src/lib/storage.ts'], ['assets/zod.js', 'assets/index.js']],
    'assets/zod.js': [['node_modules/zod/index.js'], []],
    'assets/app.js': [['src/app/ClientApp.tsx'], ['assets/router.js', 'assets/storage.js', 'assets/react.js']],
    'assets/router.js': [['node_modules/react-router/index.js'], ['assets/react.js']],
    'assets/StartIncident.js': [['src/incident/StartIncident.tsx'], ['assets/incident.js', 'assets/app.js']],
    'assets/incident.js': [['src/incident/incident.ts'], ['assets/zod.js']],
  });
  const plan = (stages: Record<string, string[]>, base?: string) =>
    planOf(bundle, stages, ['src/main.tsx'], '/repo', base);

  it("lists each stage's files with everything they import, less what the entry has loaded", () => {
    expect(
      plan({
        start: ['src/start.tsx'],
        app: ['src/lib/storage.ts', 'src/app/ClientApp.tsx'],
        tool: ['src/incident/StartIncident.tsx'],
      }),
    ).toEqual({
      start: ['/assets/react.js', '/assets/start.js'],
      app: ['/assets/app.js', '/assets/react.js', '/assets/router.js', '/assets/storage.js', '/assets/zod.js'],
      tool: [
        '/assets/StartIncident.js',
        '/assets/app.js',
        '/assets/incident.js',
        '/assets/react.js',
        '/assets/router.js',
        '/assets/storage.js',
        '/assets/zod.js',
      ],
    });
  });

  it('gives URLs under the base the app is served from', () => {
    expect(plan({ start: ['src/start.tsx'] }, '/secours/')).toEqual({
      start: ['/secours/assets/react.js', '/secours/assets/start.js'],
    });
  });

  it('fails the build when a stage names a module no chunk holds (moved or renamed)', () => {
    expect(() => plan({ app: ['src/app/Gone.tsx'] })).toThrow('chunk-plan: no chunk holds src/app/Gone.tsx');
  });

  it('names modules that exist, and one tool stage per outcome tool (src/screens/outcomeTools.tsx)', () => {
    for (const module of [...Object.values(CHUNK_STAGES).flat(), ...LOADED_FIRST])
      expect(existsSync(module)).toBe(true);
    const tools = Object.keys(CHUNK_STAGES).filter((stage) => stage.startsWith('tool:'));
    expect(tools.toSorted()).toEqual(
      Object.keys(OUTCOME_TOOLS)
        .map((id) => `tool:${id}`)
        .toSorted(),
    );
  });

  it('has one stage per page outside the diagnosis (src/lib/pages.ts): the file src/app/App.tsx loads for it', () => {
    const app = readFileSync('src/app/App.tsx', 'utf8');
    const lazyFile = new Map(
      [...app.matchAll(/const (\w+) = lazy\(\(\) => import\('\.\.\/([^']+)'\)\)/g)].map((m) => [
        m[1],
        `src/${m[2]}.tsx`,
      ]),
    );
    const routed = Object.fromEntries(
      [...app.matchAll(/path=\{PAGE_PATHS\.(\w+)\} element=\{<(\w+) \/>\}/g)].map((m) => [m[1], [lazyFile.get(m[2]!)]]),
    );
    expect(Object.keys(routed).toSorted()).toEqual(Object.keys(PAGE_PATHS).toSorted());
    const pages = Object.entries(CHUNK_STAGES).filter(([stage]) => stage.startsWith('page:'));
    expect(Object.fromEntries(pages.map(([stage, modules]) => [stage.slice('page:'.length), modules]))).toEqual(routed);
  });
});
