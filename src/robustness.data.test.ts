/**
 * Bad input everywhere, generated (fast-check, seeded): the URL codec and its resolution, every store's read
 * and write (random JSON, old and newer versions, truncated and huge values), the restore file, every form's
 * rules. The screens themselves are in robustness.screens.test.tsx.
 *
 * Each case asserts that nothing crashes, that nothing already stored is lost, and that the user gets a
 * message. The suite prints one line: `robustness (data): N cases, 0 crashes, 0 lost`.
 */
import * as fc from 'fast-check';
import { callLog } from './helpDesk/callLog';
import { recordCall } from './testing/calls';
import { helpDeskModeStore } from './helpDesk/store';
import { readProblemMessage } from './content/fr/storageMessages';
import { redirectNotice } from './content/fr/notices';
import { applyRestore, makeBackup, planRestore, readBackup } from './backup/backup';
import { NODE_IDS } from './flows/ids';
import { addDocument, recordMilestone, voidDocument } from './gamma/documents';
import { openEpisode } from './gamma/episodes';
import { emptyRegister } from './gamma/schema';
import { arcProblem, lrnProblem, setPrefix } from './gamma/series';
import { registerStore } from './gamma/store';
import { registerSchema } from './gamma/schema';
import {
  deviationText,
  documentProblemText,
  episodeProblemText,
  milestoneProblemText,
  prefixProblemText,
  voidProblemText,
} from './gamma/texts';
import { validateProfile, type ProfileField, type ProfileInput } from './incident/profile';
import { fieldProblemText } from './incident/refusals';
import { profileStore } from './incident/store';
import type { Store } from './lib/createStore';
import { kept as everythingKept } from './lib/storage';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setAside } from './lib/storage';
import { dayProblem, timeProblem } from './lib/time';
import { ANSWER_PARAM, nodePath, parseSessionSearch, sessionSearch } from './session/codec';
import { resolveLocation } from './session/resolve';
import { sessionStore } from './session/store';
import { TEST_NOW, withDocument, withEpisode } from './testing/rules';
import { SEED, tally, text, ANSWERS, ALL_STORES } from './testing/robustness';

const { attempt, report } = tally('data');
afterAll(report);

describe('the URL: codec and resolution', () => {
  test('any path and query gives a step to show or a redirect with a message; never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webPath(),
          text.map((t) => `/${t}`),
          fc.constantFrom(...NODE_IDS).map(nodePath),
        ),
        fc.oneof(
          fc.webQueryParameters().map((q) => `?${q}`),
          text.map((t) => `?v=1&r=${encodeURIComponent(t)}`),
          fc
            .array(fc.oneof(fc.constantFrom(...ANSWERS), fc.string({ maxLength: 22 })), { maxLength: 45 })
            .map(sessionSearch),
          fc.tuple(text, text).map(([v, r]) => `?v=${encodeURIComponent(v)}&r=${encodeURIComponent(r)}`),
          // A form submitted before the app took over the page: the URL's answers and the one chosen.
          fc
            .tuple(
              fc.array(fc.constantFrom(...ANSWERS), { maxLength: 12 }),
              fc.oneof(fc.constantFrom(...ANSWERS), fc.string({ maxLength: 25 })),
            )
            .map(([values, a]) => `${sessionSearch(values) || '?'}&${ANSWER_PARAM}=${encodeURIComponent(a)}`),
        ),
        fc.array(fc.oneof(fc.constantFrom(...ANSWERS), fc.string({ maxLength: 5 })), { maxLength: 12 }),
        (path, search, remembered) => {
          attempt(() => {
            parseSessionSearch(search);
            const r = resolveLocation(path, search, remembered);
            const verdict =
              r.kind === 'show'
                ? r.replay.nodes.includes(r.node) || `${r.node} is not on the path of its answers`
                : r.reason
                  ? redirectNotice(r.reason, 'la question').length > 10 || 'a redirect without a message'
                  : new URLSearchParams(search).has(ANSWER_PARAM) || 'a redirect without a reason';
            expect(verdict).toBe(true);
          });
        },
      ),
      { numRuns: 2500, seed: SEED },
    );
  });
});

/** Values written by this app, to check that nothing of them is lost. */
function seedStores() {
  registerStore.write(
    withDocument(withEpisode(), { lrn: '', date: '2026-11-23', consigneeName: 'Cave', consigneeIdentification: '' }),
  );
  profileStore.write({
    eori: 'FR552100554',
    companyName: 'ACME',
    address: '1 rue',
    phone: '01 23 45 67 89',
    officeName: 'Rouen',
    officeEmail: 'r@douane.finances.gouv.fr',
  });
  sessionStore.write({ answers: ['delta', 'g1'], node: 'delta.mode', savedAt: '2026-11-23T10:00:00Z' });
  recordCall(
    'seed',
    new Date('2026-11-23T10:00:00Z'),
    ['delta', 'g1'],
    [
      { type: 'caller.edited', field: 'name', value: 'A' },
      { type: 'note.edited', text: 'n' },
    ],
  );
  helpDeskModeStore.write({ enabled: true });
}

const rawValue = (store: Store<unknown>) =>
  fc.oneof(
    fc.json(),
    fc.string({ maxLength: 80 }),
    fc.jsonValue().map((data) => JSON.stringify({ v: store.version, data })),
    fc.tuple(fc.integer({ min: -2, max: 5 }), fc.jsonValue()).map(([v, data]) => JSON.stringify({ v, data })),
    fc.nat().map((cut) => {
      const whole = JSON.stringify({ v: store.version, data: store.empty });
      return whole.slice(0, cut % whole.length);
    }),
    fc.string({ minLength: 10_000, maxLength: 50_000 }).map((s) => JSON.stringify({ v: store.version, data: s })),
  );

describe('every store, read and written', () => {
  test('the list covers every store the app creates', () => {
    const created = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const path = join(dir, e.name);
        if (e.isDirectory()) return created(path);
        if (!/\.tsx?$/.test(e.name) || /\.test\./.test(e.name)) return [];
        return [...readFileSync(path, 'utf8').matchAll(/createStore(?:<[^>]*>)?\(\{\s*name: '([^']+)'/g)].map(
          (m) => m[1]!,
        );
      });
    expect(ALL_STORES.map((s) => s.name).toSorted()).toEqual(created('src').toSorted());
    // (And the stores created on import are the same.)
    expect(
      everythingKept
        .filter((k) => 'inBackup' in k)
        .map((s) => s.name)
        .toSorted(),
    ).toEqual(ALL_STORES.map((s) => s.name).toSorted());
  });

  test.each(ALL_STORES.map((s) => [s.name, s] as const))(
    '%s: whatever is stored reads back as data, or a problem the user is told; the raw value is kept',
    (_, store) => {
      fc.assert(
        fc.property(rawValue(store), (raw) => {
          // The store remembers its last read by raw value: a generated value equal to the previous one
          // would not be read again after the storage is emptied behind its back (which the app never does).
          localStorage.setItem(store.key, '\u0000previous case');
          store.getSnapshot();
          localStorage.clear();
          localStorage.setItem(store.key, raw);
          attempt(() => {
            const snap = store.getSnapshot();
            const kept = localStorage.getItem(store.key) === raw;
            const verdict = snap.stored
              ? store.schema.safeParse(snap.value).success || 'a value read back that breaks the schema'
              : snap.problem === null
                ? 'an unreadable value with no message'
                : !/^Les données|^Le stockage/.test(readProblemMessage(snap.problem, store.name))
                  ? 'a message that is not French'
                  : snap.problem === 'version'
                    ? setAside(`${store.key}.rejected`).length === 0 || 'a newer build’s value was set aside'
                    : setAside(`${store.key}.rejected`).includes(raw) || 'the unreadable value was not set aside';
            expect(verdict).toBe(true);
            expect(kept).toBe(true);
            return { lost: !kept };
          });
        }),
        { numRuns: 300, seed: SEED },
      );
    },
  );

  test.each(ALL_STORES.map((s) => [s.name, s] as const))(
    '%s: a write that would not read back is refused, and what was stored stays',
    (_, store) => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.constant(store.empty)), (value) => {
          localStorage.clear();
          seedStores();
          const before = localStorage.getItem(store.key);
          attempt(() => {
            const result = store.write(value as never);
            const after = localStorage.getItem(store.key);
            // Written: it reads back as stored. Refused: what was stored is untouched.
            const verdict = result.ok
              ? JSON.stringify(store.getSnapshot().value) === JSON.stringify(JSON.parse(after!).data) ||
                'a written value that does not read back'
              : after === before || 'a refused write changed what was stored';
            expect(verdict).toBe(true);
            return { lost: !result.ok && after !== before };
          });
        }),
        { numRuns: 300, seed: SEED },
      );
    },
  );
});

describe('the restore file', () => {
  test('any file, damaged or forged, is refused with a reason or merged; nothing here is lost', () => {
    localStorage.clear();
    seedStores();
    const good = JSON.stringify(makeBackup(new Date('2026-11-23T11:00:00Z')));
    const file = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json(),
      fc.nat().map((cut) => good.slice(0, cut % good.length)),
      fc
        .jsonValue()
        .map((data) => JSON.stringify({ application: 'secours-douane', format: 1, exportedAt: '', stores: data })),
      fc
        .dictionary(
          fc.constantFrom(...ALL_STORES.map((s) => s.name), 'other'),
          fc.record({ v: fc.integer({ min: 0, max: 4 }), data: fc.jsonValue() }),
        )
        .map((s) => JSON.stringify({ application: 'secours-douane', format: 1, exportedAt: '', stores: s })),
    );
    fc.assert(
      fc.property(file, (content) => {
        localStorage.clear();
        seedStores();
        const before = {
          lrns: registerStore.getSnapshot().value.documents.map((d) => d.lrn),
          profile: profileStore.getSnapshot().value,
          calls: callLog.getSnapshot().events.map((e) => e.id),
        };
        attempt(() => {
          const read = readBackup(content);
          if (read.ok) applyRestore(planRestore(read.value), false);
          expect(read.ok ? 'restored' : read.problem).toMatch(/^(restored|notJson|notBackup|newerFormat)$/);
          const lrns = registerStore.getSnapshot().value.documents.map((d) => d.lrn);
          const lost =
            !before.lrns.every((l) => lrns.includes(l)) ||
            JSON.stringify(profileStore.getSnapshot().value) !== JSON.stringify(before.profile) ||
            !before.calls.every((id) => callLog.getSnapshot().events.some((e) => e.id === id));
          // Counted by the tally, which fails the suite on a loss (after printing it).
          return { lost };
        });
      }),
      { numRuns: 1200, seed: SEED },
    );
  });
});

describe('the rules of every form', () => {
  const NOW = TEST_NOW;

  test('operator profile: hostile text is refused with a French message per field, or kept as text', () => {
    fc.assert(
      fc.property(
        fc.record<ProfileInput>({
          eori: text,
          companyName: text,
          address: text,
          phone: text,
          officeName: text,
          officeEmail: text,
        }),
        (input) => {
          attempt(() => {
            const result = validateProfile(input);
            const errors = result.ok
              ? []
              : Object.entries(result.problem).map(([field, problem]) =>
                  fieldProblemText(field as ProfileField, problem, 10),
                );
            const verdict = result.ok
              ? profileStore.schema.safeParse(result.value).success || 'an accepted profile that does not store'
              : (errors.length > 0 && errors.every((m) => /^[A-ZÉ].{10,}/.test(m ?? ''))) ||
                'a refusal without a French message per field';
            expect(verdict).toBe(true);
          });
        },
      ),
      { numRuns: 600, seed: SEED },
    );
  });

  test('LRN register: any LRN, date and consignee is registered within the rules, or refused with a message', () => {
    const register = withEpisode();
    fc.assert(
      fc.property(
        text,
        fc.oneof(
          text,
          fc.date().map((d) => (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10))),
        ),
        text,
        text,
        (lrn, date, consigneeName, consigneeIdentification) => {
          attempt(() => {
            const result = addDocument(register, { lrn, date, consigneeName, consigneeIdentification }, NOW);
            const messages = result.ok
              ? []
              : result.problem.deviation
                ? [deviationText(result.problem.deviation, lrn)]
                : (['lrn', 'date', 'consigneeName', 'consigneeIdentification', 'episode'] as const)
                    .map((f) => documentProblemText(f, result.problem, lrn))
                    .filter(Boolean);
            const verdict = result.ok
              ? registerSchema.safeParse(result.value).success || 'an accepted document that does not store'
              : messages.length > 0 || 'a refusal without a message';
            expect(verdict).toBe(true);
          });
        },
      ),
      { numRuns: 800, seed: SEED },
    );
  });

  test('times, days, prefixes, ARCs, authorisations, milestones and void reasons: a code for each refusal, never a throw', () => {
    const added = addDocument(
      withEpisode(),
      { lrn: '', date: '2026-11-23', consigneeName: 'C', consigneeIdentification: '' },
      NOW,
    );
    if (!added.ok) throw new Error('document');
    const register = added.value;
    const lrn = register.documents[0]!.lrn;
    fc.assert(
      fc.property(text, fc.constantFrom('sau', 'meteo', 'serviceGestionnaire', '' as const), (value, by) => {
        attempt(() => {
          expect([null, 'missing', 'invalid', 'future']).toContain(timeProblem(value, NOW));
          expect([null, 'missing', 'invalid', 'future']).toContain(dayProblem(value, NOW));
          expect([null, 'shape']).toContain(arcProblem(value));
          expect([null, 'missing', 'tooLong', 'characters', 'used']).toContain(lrnProblem(value, register.documents));
          const prefix = setPrefix(register, value, NOW);
          const episode = openEpisode(emptyRegister, { startedAt: value, by, at: value, daReference: value }, NOW);
          const milestone = recordMilestone(register, lrn, 'copySent', { at: value }, NOW);
          const voided = voidDocument(register, lrn, value, NOW);
          const messages = [
            ...(prefix.ok ? [] : [prefixProblemText(prefix.problem, value)]),
            ...(episode.ok
              ? []
              : (Object.keys(episode.problem) as (keyof typeof episode.problem)[]).map(
                  (f) => episodeProblemText(f, episode.problem) ?? '',
                )),
            ...(milestone.ok
              ? []
              : (Object.keys(milestone.problem) as (keyof typeof milestone.problem)[]).map(
                  (f) => milestoneProblemText(f, milestone.problem) ?? '',
                )),
            ...(voided.ok ? [] : [voidProblemText(voided.problem)]),
          ];
          // Every refusal has its French sentence.
          expect(messages.filter((m) => m.length < 20)).toEqual([]);
        });
      }),
      { numRuns: 1000, seed: SEED },
    );
  });
});
