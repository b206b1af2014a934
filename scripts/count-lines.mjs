/**
 * `npm run lines`: the lines of the keeping machinery and of the loading code (issue #33), in the build
 * the issue was filed against and in the working tree, as `wc -l` counts them and as code (neither blank
 * nor comment). Reads the earlier build from git: run it in a clone with its history.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** The build issue #33 was filed against. */
const BASE = '1d4fff3';

const LOADING = [
  'scripts/prerender-plugin.ts',
  'src/entry-server.tsx',
  'src/main.tsx',
  'src/routes.ts',
  'src/app/App.tsx',
  'src/app/ErrorBoundary.tsx',
];

const SETS = {
  // The issue's list, and the records layer, which held then the log's own keeping and holds it now in
  // storage.ts (createKept): counted on both sides, so that moving code from one to the other counts nothing.
  keeping: {
    [BASE]: [
      'src/lib/createStore.ts',
      'src/lib/persist.ts',
      'src/lib/storeCopies.ts',
      'src/lib/equal.ts',
      'src/gamma/merge.ts',
      'src/backup/backup.ts',
      'src/records/log.ts',
    ],
    now: [
      'src/lib/storage.ts',
      'src/lib/createStore.ts',
      'src/lib/persist.ts',
      'src/backup/backup.ts',
      'src/records/log.ts',
    ],
  },
  // The same files then and now: adding a page is still one entry in the route table.
  loading: { [BASE]: LOADING, now: LOADING },
};

/** Lines that are neither blank nor a comment (`//`, or a `/* … *\/` block that starts its line). */
export function codeLines(text) {
  let n = 0;
  let inBlock = false;
  for (const line of text.split('\n')) {
    const s = line.trim();
    if (inBlock) inBlock = !s.includes('*/');
    else if (s.startsWith('/*')) inBlock = !s.includes('*/');
    else if (s !== '' && !s.startsWith('//')) n += 1;
  }
  return n;
}

function read(rev, file) {
  if (rev !== 'now') return execFileSync('git', ['show', `${rev}:${file}`], { encoding: 'utf8' });
  // A file moved or removed: the set above is to be updated, never counted as nothing.
  if (!existsSync(file)) throw new Error(`count-lines: ${file} is gone; update the sets`);
  return readFileSync(file, 'utf8');
}

for (const [set, revs] of Object.entries(SETS)) {
  console.log(`\n${set}`);
  const totals = {};
  for (const [rev, files] of Object.entries(revs)) {
    totals[rev] = [0, 0];
    for (const file of files) {
      const text = read(rev, file);
      const all = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
      const code = codeLines(text);
      totals[rev][0] += all;
      totals[rev][1] += code;
      console.log(`  ${rev.padEnd(7)} ${file.padEnd(30)} ${String(all).padStart(4)} ${String(code).padStart(4)}`);
    }
  }
  for (const [rev, [all, code]] of Object.entries(totals))
    console.log(
      `  ${rev.padEnd(7)} ${'total (lines, code)'.padEnd(30)} ${String(all).padStart(4)} ${String(code).padStart(4)}`,
    );
}
