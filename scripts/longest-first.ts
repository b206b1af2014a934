// Vitest's order of the test files on a machine that has not run them yet (a clean clone): the longest
// first, so that two workers end together. Vitest orders by the durations it cached on an earlier run;
// without them, it keeps the order it found the files in, and the longest file (18 s of the ~45 s step)
// could start last, alone on one core at the end.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The files that take longest, longest first (from reports/vitest.json of a clean-clone run). */
const LONGEST = ['src/robustness.screens.test.tsx', 'src/fidelity.test.tsx', 'src/typography.test.tsx'];

const rank = (file: TestSpecification) => {
  const i = LONGEST.findIndex((path) => file.moduleId.endsWith(path));
  return i === -1 ? LONGEST.length : i;
};

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    // oxlint-disable-next-line unicorn/no-array-sort -- Vitest's sequencer method, not Array#sort
    return (await super.sort(files)).toSorted((a, b) => rank(a) - rank(b));
  }
}
