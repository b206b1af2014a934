/** Geometry checks of a laid-out map: used by the tests, on the layout data and on the rendered SVG. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Two boxes overlap (touching edges do not count). */
export function overlap(a: Box, b: Box, margin = 0): boolean {
  return (
    a.x < b.x + b.width - margin &&
    b.x < a.x + a.width - margin &&
    a.y < b.y + b.height - margin &&
    b.y < a.y + a.height - margin
  );
}

/** An axis-parallel segment goes through a box's inside (not just along or to its border). */
export function segmentCrosses(
  p: readonly [number, number],
  q: readonly [number, number],
  box: Box,
  margin = 1,
): boolean {
  const [x1, y1] = p;
  const [x2, y2] = q;
  const left = box.x + margin;
  const right = box.x + box.width - margin;
  const top = box.y + margin;
  const bottom = box.y + box.height - margin;
  if (Math.abs(x1 - x2) < 0.5) return x1 > left && x1 < right && Math.max(y1, y2) > top && Math.min(y1, y2) < bottom;
  if (Math.abs(y1 - y2) < 0.5) return y1 > top && y1 < bottom && Math.max(x1, x2) > left && Math.min(x1, x2) < right;
  // Not axis-parallel: check a few points along it.
  for (let t = 0; t <= 1; t += 0.05) {
    const x = x1 + (x2 - x1) * t;
    const y = y1 + (y2 - y1) * t;
    if (x > left && x < right && y > top && y < bottom) return true;
  }
  return false;
}
