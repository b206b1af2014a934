import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
const html = readFileSync('dist/index.html', 'utf8');
const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const totals = new Map();
for (const f of files) {
  const code = readFileSync(`dist${f}`, 'utf8');
  console.log(f, (gzipSync(code, { level: 9 }).length / 1024).toFixed(1));
  const map = new TraceMap(readFileSync(`dist${f}.map`, 'utf8'));
  code.split('\n').forEach((line, li) => {
    for (let col = 0; col < line.length; col += 20) {
      const pos = originalPositionFor(map, { line: li + 1, column: col });
      const src = (pos.source ?? '?').replace(/.*node_modules\//, 'nm/').replace(/^(nm\/(@[^/]+\/)?[^/]+).*/, '$1');
      totals.set(src, (totals.get(src) ?? 0) + Math.min(20, line.length - col));
    }
  });
}
for (const [s, n] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((n / 1024).toFixed(1).padStart(7), s);
