import * as fc from 'fast-check';
import {
  addDocument,
  arcProblem,
  emptyRegister,
  LRN_MAX,
  lrnProblem,
  nextLrn,
  prefixProblem,
  registerSchema,
  updateDocument,
  type BackupDocument,
  type Register,
} from './register';

const NOW = new Date('2026-11-23T10:00:00Z');
const doc = (lrn: string): BackupDocument => ({
  lrn,
  date: '2026-11-23',
  consignee: 'Cave X',
  status: 'established',
  createdAt: NOW.toISOString(),
});
const alnum = fc.stringMatching(/^[A-Za-z0-9]{1,22}$/);

describe('LRN rules', () => {
  test('an alphanumeric LRN of 1 to 22 characters not yet used is accepted', () => {
    fc.assert(
      fc.property(alnum, (lrn) => {
        expect(lrnProblem(lrn, [])).toBeNull();
      }),
    );
  });

  test('an LRN over 22 characters is refused, saying how long it is', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{23,60}$/), (lrn) => {
        expect(lrnProblem(lrn, [])).toBe(
          `Le LRN ne doit pas dépasser ${LRN_MAX} caractères (celui-ci en compte ${lrn.length}).`,
        );
      }),
    );
    expect(lrnProblem('A'.repeat(30), [])).toContain('celui-ci en compte 30');
  });

  test('any LRN with a character other than a letter or digit is refused', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 22 }).filter((s) => s.trim() !== '' && !/^[A-Za-z0-9]+$/.test(s.trim())),
        (lrn) => {
          expect(lrnProblem(lrn, [])).toMatch(/lettres \(sans accent\) et des chiffres|ne doit pas dépasser/);
        },
      ),
    );
    expect(lrnProblem('SEC-2026-1', [])).toMatch(/pas d’espace, de tiret/);
    expect(lrnProblem('SÉC2026', [])).toMatch(/sans accent/);
  });

  test('an LRN already in the register is refused, whatever its case', () => {
    fc.assert(
      fc.property(alnum, (lrn) => {
        expect(lrnProblem(lrn.toLowerCase(), [doc(lrn.toUpperCase())])).toContain('est déjà utilisé');
      }),
    );
  });

  test('an empty LRN asks for one', () => {
    expect(lrnProblem('   ', [])).toBe('Saisissez le LRN du document de secours.');
  });
});

describe('the next LRN of the series', () => {
  test('starts the year at 00001 and follows the highest of the series', () => {
    expect(nextLrn('SEC', 2026, [])).toBe('SEC202600001');
    expect(nextLrn('sec', 2026, [doc('SEC202600001'), doc('SEC202600007'), doc('OTHER1')])).toBe('SEC202600008');
    expect(nextLrn('', 2026, [doc('202600041')])).toBe('202600042');
    // A new year starts a new series.
    expect(nextLrn('SEC', 2027, [doc('SEC202600009')])).toBe('SEC202700001');
  });

  test('is always valid and never already used, for any valid prefix and register', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9]{0,13}$/),
        fc.integer({ min: 2000, max: 2099 }),
        fc.array(alnum, { maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 99_998 }), { maxLength: 10 }),
        (prefix, year, others, sequence) => {
          const documents = [
            ...new Set([
              ...others,
              ...sequence.map((n) => `${prefix.toUpperCase()}${year}${String(n).padStart(5, '0')}`),
            ]),
          ].map(doc);
          const next = nextLrn(prefix, year, documents);
          expect(prefixProblem(prefix)).toBeNull();
          expect(lrnProblem(next, documents)).toBeNull();
        },
      ),
    );
  });

  test('a prefix that would not leave room, or has other characters, is refused', () => {
    expect(prefixProblem('ABCDEFGHIJKLMN')).toMatch(/ne doit pas dépasser 13 caractères/);
    expect(prefixProblem('SE C')).toMatch(/lettres/);
    expect(prefixProblem('')).toBeNull();
  });
});

describe('the register', () => {
  test('adds a document with status « établi », and says what to fix otherwise', () => {
    const ok = addDocument(emptyRegister, { lrn: ' SEC202600001 ', date: '2026-11-23', consignee: ' Cave X ' }, NOW);
    expect(ok).toEqual({ ok: true, register: { prefix: '', documents: [doc('SEC202600001')] } });
    const bad = addDocument(emptyRegister, { lrn: 'A'.repeat(30), date: '', consignee: '' }, NOW);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && Object.keys(bad.errors).toSorted()).toEqual(['consignee', 'date', 'lrn']);
  });

  test('never loses an entry: adding keeps every earlier one, and what is stored parses back', () => {
    fc.assert(
      fc.property(fc.array(alnum, { maxLength: 40 }), (lrns) => {
        let register: Register = emptyRegister;
        const accepted: string[] = [];
        for (const lrn of lrns) {
          const r = addDocument(register, { lrn, date: '2026-11-23', consignee: 'C' }, NOW);
          if (r.ok) {
            register = r.register;
            accepted.push(lrn);
          }
        }
        expect(register.documents.map((d) => d.lrn)).toEqual(accepted);
        expect(new Set(accepted.map((l) => l.toUpperCase())).size).toBe(accepted.length);
        expect(registerSchema.parse(JSON.parse(JSON.stringify(register)))).toEqual(register);
      }),
    );
  });

  test('status and ARC are updated on one document only', () => {
    const register = { prefix: '', documents: [doc('A1'), doc('A2')] };
    const next = updateDocument(register, 'A2', { status: 'entered', arc: '26FRAB12345678901234P5' });
    expect(next.documents[0]).toEqual(doc('A1'));
    expect(next.documents[1]).toMatchObject({ status: 'entered' });
  });

  test('an ARC has the an21 shape', () => {
    expect(arcProblem('26FRAB1234567890123P5')).toBeNull();
    expect(arcProblem('26FR123')).toMatch(/21 caractères/);
    expect(arcProblem('')).toBeNull();
  });
});
