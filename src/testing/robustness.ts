/**
 * What the two robustness suites share (src/robustness.*.test.ts[x]): the seed, the tally of cases, the hostile
 * strings and the generated text. Each suite prints one line: `robustness (…): N cases, 0 crashes, 0 lost`.
 */
import * as fc from 'fast-check';
import { helpDeskModeStore } from '../helpDesk/store';
import { draftsStore } from '../ui/drafts';
import { answersOf, NODE_IDS } from '../flows/ids';
import { profileStore } from '../incident/store';
import type { Store } from '../lib/createStore';
import { sessionStore } from '../session/store';

declare global {
  interface Window {
    xssProbe?: number;
  }
}

/** Seeded, so that a failure replays. */
export const SEED = 20261124;

/**
 * Counts the cases of a suite, its crashes and its losses; `report` (in its afterAll) prints them, then fails
 * the suite if any case crashed or lost data: the line it prints can show a loss, and a loss fails.
 */
export function tally(suite: string) {
  const stats = { cases: 0, crashes: 0, lost: 0 };
  return {
    /** Runs one generated case: a throw is a crash; `lost` says whether stored data went missing. */
    attempt(run: () => { lost: boolean } | void) {
      stats.cases++;
      let outcome: { lost: boolean } | void;
      try {
        outcome = run();
      } catch (error) {
        stats.crashes++;
        throw error;
      }
      if (outcome?.lost) stats.lost++;
      return outcome;
    },
    report() {
      const line = `robustness (${suite}): ${stats.cases} cases, ${stats.crashes} crashes, ${stats.lost} lost`;
      console.log(line);
      expect({ crashes: stats.crashes, lost: stats.lost }, line).toEqual({ crashes: 0, lost: 0 });
    },
  };
}

export const HOSTILE = [
  '<script>window.xssProbe=1</script>',
  '"><img src=x onerror="window.xssProbe=1">',
  '<svg onload="window.xssProbe=1">',
  'javascript:window.xssProbe=1',
  '{{constructor.constructor("window.xssProbe=1")()}}',
  "'; DROP TABLE lrn; --",
  '\u0000\u0001\u0007',
  '\u202Eelbisivni',
  'ℌ𝔢𝔩𝔩𝔬 🚨 éàç',
  '__proto__',
  'constructor',
  '   ',
  '',
  '\n\n\t',
  '%3Cscript%3Ewindow.xssProbe=1%3C/script%3E',
  'A'.repeat(3000),
  'SEC2026000010000000000000000000',
  'FR' + '9'.repeat(30),
];
/** Hostile strings, and generated ones of every kind (unicode, huge, control characters). */
export const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 200, maxLength: 5000 }),
);
export const ANSWERS = [...new Set(NODE_IDS.flatMap((n) => answersOf(n)))];

/** Every store of the app (robustness.data.test.ts checks that none is missing from this list). */
export const ALL_STORES: readonly Store<unknown>[] = [
  sessionStore,
  profileStore,
  helpDeskModeStore,
  draftsStore,
] as Store<unknown>[];
