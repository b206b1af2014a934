import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appChunk } from './app-chunk-plugin';

/** Runs the plugin's buildEnd over a module graph given as importer → static imports (paths from the root). */
function capture(graph: Record<string, string[]>, roots: string[], before: string[]) {
  const { plugin, test } = appChunk(roots, before);
  const infos = new Map(
    Object.entries(graph).map(([id, imports]) => [resolve(id), { importedIds: imports.map((i) => resolve(i)) }]),
  );
  const buildEnd = plugin.buildEnd as (this: unknown) => void;
  buildEnd.call({ getModuleInfo: (id: string) => infos.get(id) ?? null });
  return Object.keys(graph).filter((id) => test(resolve(id)));
}

describe('the app chunk', () => {
  const graph = {
    'src/main.tsx': ['src/lib/storageKey.ts'],
    'src/start.tsx': ['src/ui/whenIdle.tsx'],
    'src/lib/storage.ts': ['src/lib/storageKey.ts', 'node_modules/zod/index.js'],
    'src/app/ClientApp.tsx': ['src/app/App.tsx', 'node_modules/react-router/index.js'],
    'src/app/App.tsx': ['src/screens/NodeScreen.tsx', 'src/ui/whenIdle.tsx'],
    'src/screens/NodeScreen.tsx': ['src/session/stores.ts', 'src/lib/storage.ts'],
    'src/session/stores.ts': ['src/lib/storage.ts'],
    'src/incident/IncidentPage.tsx': ['src/session/stores.ts'],
    'src/lib/storageKey.ts': [],
    'src/ui/whenIdle.tsx': [],
    'node_modules/zod/index.js': [],
    'node_modules/react-router/index.js': [],
  };

  it('takes the app’s own modules reachable from the roots, not what loads before them nor the libraries', () => {
    expect(capture(graph, ['src/app/ClientApp.tsx'], ['src/main.tsx', 'src/start.tsx', 'src/lib/storage.ts'])).toEqual([
      'src/app/ClientApp.tsx',
      'src/app/App.tsx',
      'src/screens/NodeScreen.tsx',
      'src/session/stores.ts',
    ]);
  });

  it('leaves out a page loaded on demand', () => {
    expect(capture(graph, ['src/app/ClientApp.tsx'], [])).not.toContain('src/incident/IncidentPage.tsx');
  });
});
