/**
 * Vite plugin: the virtual module `virtual:flow-map` holds both flow maps, laid out at build time with
 * ELK (src/map/buildLayout.ts, loaded through Vite's module runner). The browser gets positions and
 * wrapped text only, no layout code.
 */
import { runnerImport, type Plugin } from 'vite';

const ID = 'virtual:flow-map';
const RESOLVED = `\0${ID}`;

async function compute() {
  const { module } = await runnerImport<typeof import('../src/map/buildLayout.ts')>('/src/map/buildLayout.ts', {
    configFile: false,
    logLevel: 'error',
  });
  const [delta, gamma] = await Promise.all([module.buildLayout('delta'), module.buildLayout('gamma')]);
  return `export const layouts = ${JSON.stringify({ delta, gamma })};`;
}

export function flowMapLayout(): Plugin {
  let cached: Promise<string> | null = null;
  return {
    name: 'flow-map-layout',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      cached ??= compute();
      return cached;
    },
    handleHotUpdate({ file }) {
      if (/src\/(flows|content|map)\//.test(file)) cached = null;
    },
  };
}
