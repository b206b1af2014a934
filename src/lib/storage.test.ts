import * as z from 'zod/mini';
import { createStore, storeProblemMessage } from './storage';

const store = createStore('test', 2, z.object({ n: z.number() }));

describe('versioned storage', () => {
  test('writes and reads back', () => {
    expect(store.write({ n: 3 })).toBe(true);
    expect(store.read()).toEqual({ value: { n: 3 }, problem: null });
  });

  test('nothing stored is no problem', () => {
    expect(store.read()).toEqual({ value: null, problem: null });
  });

  test.each([
    ['not JSON', '{oops', 'corrupt'],
    ['no envelope', '{"n":3}', 'corrupt'],
    ['wrong shape', '{"v":2,"data":{"n":"three"}}', 'corrupt'],
    ['other version', '{"v":1,"data":{"n":3}}', 'version'],
  ])('%s: a clear problem, and the raw value is set aside, not lost', (_, raw, problem) => {
    localStorage.setItem(store.key, raw);
    expect(store.read()).toEqual({ value: null, problem });
    expect(localStorage.getItem(store.key)).toBeNull();
    expect(localStorage.getItem(`${store.key}.rejected`)).toBe(raw);
  });

  test('problems read in French', () => {
    expect(storeProblemMessage('corrupt', 'registre LRN')).toMatch(
      /^Les données « registre LRN » enregistrées dans ce navigateur étaient illisibles/,
    );
  });
});
