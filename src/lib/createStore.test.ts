import * as z from 'zod/mini';
import { createStore } from './createStore';
import { retryUnsaved, setAside } from './storage';
import { refused } from '../testing/rules';

const store = createStore({
  name: 'test',
  version: 2,
  schema: z.object({ n: z.number(), label: z.string().check(z.maxLength(5)) }),
  empty: { n: 0, label: '' },
});

describe('versioned storage', () => {
  test('writes and reads back; nothing stored is no problem', () => {
    expect(store.getSnapshot()).toEqual({
      value: { n: 0, label: '' },
      stored: false,
      rejected: 0,
      problem: null,
      writeProblem: null,
    });
    expect(store.write({ n: 3, label: 'abc' })).toEqual({ ok: true });
    expect(store.getSnapshot()).toMatchObject({ value: { n: 3, label: 'abc' }, stored: true, problem: null });
  });

  test('the same snapshot object while nothing changed (useSyncExternalStore needs it)', () => {
    store.write({ n: 1, label: '' });
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  test('a write that would not read back is refused, and what was stored is untouched', () => {
    store.write({ n: 1, label: 'ok' });
    const before = localStorage.getItem(store.key);
    expect(store.write({ n: 2, label: 'far too long' })).toEqual(refused('invalid'));
    expect(store.write({ n: Number.NaN, label: '' })).toEqual(refused('invalid'));
    expect(localStorage.getItem(store.key)).toBe(before);
    expect(store.getSnapshot()).toMatchObject({ value: { n: 1, label: 'ok' }, writeProblem: 'invalid' });
    store.write({ n: 4, label: '' });
    expect(store.getSnapshot().writeProblem).toBeNull();
  });

  test('a full storage: the write fails, the change stays on screen (in memory) and is written later', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    // Shown as it will read back, once written: what the schema does not know is not kept.
    expect(store.write({ n: 9, label: '', extra: 'x' } as never)).toEqual(refused('full'));
    expect(store.getSnapshot()).toMatchObject({ value: { n: 9, label: '' }, writeProblem: 'full' });
    expect(store.getSnapshot().value).not.toHaveProperty('extra');
    setItem.mockRestore();
    expect(store.update((v) => ({ ...v, n: v.n + 1 }))).toEqual({ ok: true });
    expect(JSON.parse(localStorage.getItem(store.key)!)).toEqual({ v: 2, data: { n: 10, label: '' } });
  });

  test('another tab’s write, after one this tab could not make: the other tab’s is the value, never written over', () => {
    const stop = store.subscribe(() => {});
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.write({ n: 9, label: 'here' });
    full.mockRestore();
    const theirs = JSON.stringify({ v: 2, data: { n: 7, label: 'there' } });
    localStorage.setItem(store.key, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: store.key, newValue: theirs }));
    expect(store.getSnapshot().value).toEqual({ n: 7, label: 'there' });
    // This tab's next change starts from it.
    store.update((v) => ({ ...v, n: v.n + 1 }));
    expect(JSON.parse(localStorage.getItem(store.key)!).data).toEqual({ n: 8, label: 'there' });
    stop();
  });

  test('a value this tab could not write gives way to one another tab wrote since, heard or not', () => {
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.write({ n: 1, label: 'here' });
    full.mockRestore();
    // Another tab frees space and writes its own; this tab has no reader of the store to hear it.
    localStorage.setItem(store.key, JSON.stringify({ v: 2, data: { n: 2, label: 'there' } }));
    expect(retryUnsaved()).toBe(true);
    expect(JSON.parse(localStorage.getItem(store.key)!).data).toEqual({ n: 2, label: 'there' });
    expect(store.getSnapshot().value).toEqual({ n: 2, label: 'there' });
  });

  test('a value that does not read is not cleared unless it could be set aside first', () => {
    const damaged = '{"v":2,"data":{"n":"three"}}';
    localStorage.setItem(store.key, damaged);
    const setItem = Storage.prototype.setItem;
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k, v) {
      if (k.endsWith('.rejected')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, k, v);
    });
    expect(store.getSnapshot().problem).toBe('corrupt');
    expect(store.clear()).toEqual(refused('full'));
    expect(localStorage.getItem(store.key)).toBe(damaged);
    full.mockRestore();
    expect(store.clear()).toEqual({ ok: true });
    expect(setAside(`${store.key}.rejected`)).toEqual([damaged]);
  });

  test('subscribers hear of every write and clear', () => {
    const heard = vi.fn<() => void>();
    const stop = store.subscribe(heard);
    store.write({ n: 5, label: '' });
    store.clear();
    stop();
    store.write({ n: 6, label: '' });
    expect(heard).toHaveBeenCalledTimes(2);
  });

  test.each([
    ['not JSON', '{oops', 'corrupt'],
    ['no envelope', '{"n":3}', 'corrupt'],
    ['wrong shape', '{"v":2,"data":{"n":"three"}}', 'corrupt'],
    ['an older version (a value store has one version)', '{"v":1,"data":{"n":3}}', 'corrupt'],
  ])('%s: a clear problem, the raw value kept and copied aside, never lost', (_, raw, problem) => {
    localStorage.setItem(store.key, raw);
    expect(store.getSnapshot()).toMatchObject({ value: { n: 0 }, stored: false, problem });
    expect(localStorage.getItem(store.key)).toBe(raw);
    expect(setAside(`${store.key}.rejected`)).toEqual([raw]);
    // The next write replaces it; the copy aside stays.
    store.write({ n: 1, label: '' });
    expect(setAside(`${store.key}.rejected`)).toEqual([raw]);
  });

  test('a newer build’s value (another tab, updated) is neither set aside nor written over: refused, to reload', () => {
    const newer = '{"v":3,"data":{"n":3}}';
    localStorage.setItem(store.key, newer);
    expect(store.getSnapshot()).toMatchObject({ value: { n: 0 }, stored: false, problem: 'version' });
    expect(store.write({ n: 1, label: '' })).toEqual(refused('newer'));
    expect(store.clear()).toEqual(refused('newer'));
    expect(store.getSnapshot().writeProblem).toBe('newer');
    expect(localStorage.getItem(store.key)).toBe(newer);
    expect(setAside(`${store.key}.rejected`)).toEqual([]);
  });

  test('every distinct rejected value is kept, once', () => {
    localStorage.setItem(store.key, 'bad1');
    store.getSnapshot();
    store.getSnapshot();
    localStorage.setItem(store.key, 'bad2');
    store.getSnapshot();
    expect(setAside(`${store.key}.rejected`)).toEqual(['bad1', 'bad2']);
  });

  test('parses a backup of its own version only', () => {
    expect(store.parse({ v: 1, data: { n: 2, label: 'x' } })).toBeNull();
    expect(store.parse({ v: 2, data: { n: 2, label: 'x' } })).toEqual({ n: 2, label: 'x' });
    expect(store.parse({ v: 2, data: { n: 'x' } })).toBeNull();
    expect(store.parse({ v: 3, data: { n: 2, label: '' } })).toBeNull();
  });
});

const renamedStore = () =>
  createStore({
    name: 'new-name',
    formerName: 'old-name',
    version: 1,
    schema: z.object({ on: z.boolean() }),
    empty: { on: false },
  });

describe('a renamed store', () => {
  test('finds what was kept under its former name and moves it once', () => {
    localStorage.setItem('secours-douane.old-name', JSON.stringify({ v: 1, data: { on: true } }));
    const renamed = renamedStore();
    expect(renamed.getSnapshot()).toMatchObject({ value: { on: true }, stored: true, problem: null });
    expect(localStorage.getItem('secours-douane.old-name')).toBeNull();
    // A value already under the new name is never overwritten by a former one.
    localStorage.setItem('secours-douane.old-name', JSON.stringify({ v: 1, data: { on: false } }));
    const again = renamedStore();
    expect(again.getSnapshot().value).toEqual({ on: true });
  });
});
