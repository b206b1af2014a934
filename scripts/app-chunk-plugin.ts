/**
 * One file for the app's own code that every page needs (src/start.tsx imports it last, once the libraries
 * are evaluated). Left to itself, the bundler splits that code into a file per set of importers (a module
 * shared with a lazy page gets its own file): eight small files on the first load, each with its own
 * imports, exports and compression overhead. This plugin lists, once the module graph is known, the modules
 * statically reachable from the roots; `test` captures them in one chunk (codeSplitting group in
 * vite.config.ts). Lazy pages import what they share from that chunk, which is always loaded before them.
 */
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

export function appChunk(
  roots: readonly string[],
  /** Modules imported before the app (the entry, the start, a first stage): they and their imports stay out. */
  before: readonly string[],
  /** The chunk's name, when there are several such chunks. */
  name = 'app',
): { plugin: Plugin; test: (id: string) => boolean } {
  const modules = new Set<string>();
  const src = resolve('src') + sep;
  const plugin: Plugin = {
    name: `${name}-chunk`,
    apply: 'build',
    buildEnd() {
      const reach = (from: readonly string[]) => {
        const seen = new Set<string>();
        const stack = from.map((file) => resolve(file));
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (seen.has(id) || !id.startsWith(src)) continue;
          const info = this.getModuleInfo(id);
          if (!info) continue;
          seen.add(id);
          stack.push(...info.importedIds);
        }
        return seen;
      };
      const excluded = reach(before);
      modules.clear();
      for (const id of reach(roots)) if (!excluded.has(id)) modules.add(id);
    },
  };
  return { plugin, test: (id) => modules.has(id) };
}
