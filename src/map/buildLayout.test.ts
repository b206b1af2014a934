// @vitest-environment node
import { buildLayout, textWidth, wrapText } from './buildLayout';
import { overlap, segmentCrosses } from './geometry';

describe('the flow map, laid out with ELK', () => {
  test.each(['delta', 'gamma'] as const)(
    '%s: no box overlaps another or a label, no arrow crosses a box it does not join',
    async (flow) => {
      const layout = await buildLayout(flow);
      const { nodes, edges } = layout;
      const problems: string[] = [];
      for (const [i, a] of nodes.entries())
        for (const b of nodes.slice(i + 1)) if (overlap(a, b)) problems.push(`boxes ${a.id} and ${b.id} overlap`);
      for (const e of edges) {
        for (const n of nodes) {
          if (overlap(e.label, n)) problems.push(`label of ${e.from}→${e.to} covers ${n.id}`);
          if (n.id === e.from || n.id === e.to) continue;
          for (let k = 0; k + 1 < e.points.length; k++)
            if (segmentCrosses(e.points[k]!, e.points[k + 1]!, n))
              problems.push(`arrow ${e.from}→${e.to} crosses ${n.id}`);
        }
        for (const other of edges)
          if (other !== e && overlap(e.label, other.label))
            problems.push(`labels of ${e.from}→${e.to} and ${other.from}→${other.to} overlap`);
      }
      expect(problems).toEqual([]);
      // Every box and label holds its whole text, and the map fits a 1,280 px screen at 12 px or more.
      for (const n of nodes) for (const line of n.lines) expect(textWidth(line)).toBeLessThanOrEqual(n.width - 16);
      for (const e of edges)
        for (const line of e.label.lines) expect(textWidth(line)).toBeLessThanOrEqual(e.label.width - 4);
      expect(layout.width).toBeLessThanOrEqual(1240 * (13 / 12));
      console.log(`${flow}: ${layout.width} × ${layout.height}, ${nodes.length} boxes, ${edges.length} arrows`);
    },
  );

  test('text is wrapped at spaces, never inside a word nor at a no-break space', () => {
    const text = 'Une alerte est-elle publiée sur la météo des services en ligne\u202F?';
    const lines = wrapText(text, 120);
    expect(lines.join(' ')).toBe(text);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(120);
    expect(lines.at(-1)).toMatch(/\S\u202F\?$/);
  });
});
