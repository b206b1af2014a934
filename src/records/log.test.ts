import * as fc from 'fast-check';
import * as z from 'zod/mini';
import { retryUnsaved, setAside } from '../lib/storage';
import { setEvidenceWriteHook } from './evidence';
import { createLog, EVENT_BASE, newId, union } from './log';

const eventSchema = z.object({ ...EVENT_BASE, type: z.literal('note'), text: z.string().check(z.maxLength(10)) });
type Note = z.infer<typeof eventSchema>;
const note = (id: string, at: string, text = id): Note => ({ id, at, type: 'note', text });

const SEED = 20261206;

describe('union of two logs', () => {
  // Events drawn from a small pool of ids, so that both copies often hold the same event.
  const pool = fc.array(fc.record({ n: fc.integer({ min: 0, max: 12 }), minute: fc.integer({ min: 0, max: 5 }) }));
  const events = pool.map((xs) => xs.map(({ n }) => note(`e${n}`, `2026-12-06T10:0${n % 6}:00.000Z`)));

  test('nothing lost, nothing twice, in time order, whichever copy comes first', () => {
    fc.assert(
      fc.property(events, events, (a, b) => {
        const ab = union(a, b);
        expect(ab).toEqual(union(b, a));
        expect(new Set(ab.map((e) => e.id))).toEqual(new Set([...a, ...b].map((e) => e.id)));
        expect(ab).toHaveLength(new Set(ab.map((e) => e.id)).size);
        expect(union(ab, a)).toEqual(ab);
        for (let i = 1; i < ab.length; i++) expect(ab[i - 1]!.at <= ab[i]!.at).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('ids are unique, in one format', () => {
    const ids = Array.from({ length: 1000 }, newId);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

const log = () => createLog({ name: 'test-log', event: eventSchema });

describe('a log kept in this browser', () => {
  test('what is appended reads back, in time order, in another copy of the page too', () => {
    const a = log();
    expect(a.append(note('b', '2026-12-06T10:02:00.000Z'), note('a', '2026-12-06T10:01:00.000Z')).ok).toBe(true);
    expect(
      log()
        .getSnapshot()
        .events.map((e) => e.id),
    ).toEqual(['a', 'b']);
  });

  test('an event that does not fit is refused, and nothing is written', () => {
    const a = log();
    a.append(note('a', '2026-12-06T10:01:00.000Z'));
    const stored = localStorage.getItem(a.key);
    expect(a.append(note('b', '2026-12-06T10:02:00.000Z', 'far too long a text'))).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect(localStorage.getItem(a.key)).toBe(stored);
  });

  test('a stored event that does not read is set aside and counted, never dropped; the others are kept', () => {
    const a = log();
    const bad = { id: 'x', at: 'now', type: 'note', text: 42 };
    localStorage.setItem(a.key, JSON.stringify({ v: 1, events: [note('a', '2026-12-06T10:01:00.000Z'), bad] }));
    const snapshot = a.getSnapshot();
    expect(snapshot.events.map((e) => e.id)).toEqual(['a']);
    expect(snapshot.rejected).toBe(1);
    a.append(note('b', '2026-12-06T10:02:00.000Z'));
    expect(setAside(`${a.key}.rejected`)).toEqual([JSON.stringify(bad)]);
  });

  test('a newer build’s log (another tab, updated) is left as it is: this build says so and writes nothing over it', () => {
    const a = log();
    const newer = JSON.stringify({ v: 9, events: [note('theirs', '2026-12-06T10:01:00.000Z')] });
    localStorage.setItem(a.key, newer);
    expect(a.getSnapshot().problem).toBe('version');
    expect(a.append(note('mine', '2026-12-06T10:02:00.000Z'))).toEqual({ ok: false, problem: 'newer' });
    expect(a.getSnapshot().writeProblem).toBe('newer');
    expect(retryUnsaved()).toBe(true);
    expect(localStorage.getItem(a.key)).toBe(newer);
    // Not unreadable data: nothing set aside, nothing counted as such in « Mes données ».
    expect(setAside(`${a.key}.rejected`)).toEqual([]);
  });

  test('a newer build’s added fields and event types, in the same version, are kept by this build’s writes', () => {
    const a = log();
    const theirs = { ...note('theirs', '2026-12-06T10:01:00.000Z'), receipt: 'olga-123.pdf' };
    const archived = { id: 'arch', at: '2026-12-06T10:02:00.000Z', type: 'note.archived', by: 'Lou' };
    localStorage.setItem(a.key, JSON.stringify({ v: 1, events: [theirs, archived] }));
    // Shown: the events this build knows; nothing reported as unreadable.
    expect(a.getSnapshot()).toMatchObject({ rejected: 0, problem: null });
    expect(a.getSnapshot().events.map((e) => e.id)).toEqual(['theirs']);
    expect(a.append(note('mine', '2026-12-06T10:03:00.000Z')).ok).toBe(true);
    expect(JSON.parse(localStorage.getItem(a.key)!).events).toEqual([
      theirs,
      archived,
      note('mine', '2026-12-06T10:03:00.000Z'),
    ]);
    expect(setAside(`${a.key}.rejected`)).toEqual([]);
  });

  test('another tab that wrote over this tab’s event (both at once) gets the union written back', () => {
    const a = log();
    const unsubscribe = a.subscribe(() => {});
    a.append(note('mine', '2026-12-06T10:01:00.000Z'));
    a.getSnapshot();
    // The other tab read before this tab's append, and wrote its own event alone.
    const theirs = JSON.stringify({ v: 1, events: [note('theirs', '2026-12-06T10:02:00.000Z')] });
    localStorage.setItem(a.key, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: a.key, newValue: theirs }));
    expect(a.getSnapshot().events.map((e) => e.id)).toEqual(['mine', 'theirs']);
    expect(JSON.parse(localStorage.getItem(a.key)!).events).toHaveLength(2);
    unsubscribe();
  });

  test('…even when no page of this tab shows the log (the user has gone to another page)', () => {
    const a = log();
    a.append(note('mine', '2026-12-06T10:01:00.000Z'));
    const theirs = JSON.stringify({ v: 1, events: [note('theirs', '2026-12-06T10:02:00.000Z')] });
    localStorage.setItem(a.key, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: a.key, newValue: theirs }));
    expect(stored(a.key)).toEqual(['mine', 'theirs']);
  });

  test('…even when this tab read the other tab’s write before the storage event came (a re-render)', () => {
    const a = log();
    const unsubscribe = a.subscribe(() => {});
    a.append(note('mine', '2026-12-06T10:01:00.000Z'));
    const theirs = JSON.stringify({ v: 1, events: [note('theirs', '2026-12-06T10:02:00.000Z')] });
    localStorage.setItem(a.key, theirs);
    // This tab renders again and reads what is stored now, without its own event, before the event comes.
    expect(a.getSnapshot().events.map((e) => e.id)).toEqual(['theirs']);
    window.dispatchEvent(new StorageEvent('storage', { key: a.key, newValue: theirs }));
    expect(JSON.parse(localStorage.getItem(a.key)!).events.map((e: Note) => e.id)).toEqual(['mine', 'theirs']);
    unsubscribe();
  });

  test('a copy’s events appended (a backup restored) join once: those already here are not doubled', () => {
    const a = log();
    a.append(note('a', '2026-12-06T10:01:00.000Z'));
    const other = [note('a', '2026-12-06T10:01:00.000Z'), note('c', '2026-12-06T10:03:00.000Z')];
    a.append(...other);
    a.append(...other);
    expect(JSON.parse(localStorage.getItem(a.key)!).events.map((e: Note) => e.id)).toEqual(['a', 'c']);
  });

  test('what does not read is never written over, even when the storage refuses to set it aside', () => {
    const a = log();
    const bad = { id: 'x', at: '2026-12-06T10:00:00.000Z', type: 'note', text: 42 };
    const stored = JSON.stringify({ v: 1, events: [note('a', '2026-12-06T10:01:00.000Z'), bad] });
    localStorage.setItem(a.key, stored);
    // Nearly full: a new key (the list set aside) does not fit; the log rewritten smaller would.
    const setItem = Storage.prototype.setItem;
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k, v) {
      if (k.endsWith('.rejected')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, k, v);
    });
    expect(a.getSnapshot().rejected).toBe(1);
    expect(a.append(note('b', '2026-12-06T10:02:00.000Z'))).toEqual({ ok: false, problem: 'full' });
    expect(localStorage.getItem(a.key)).toBe(stored);
    // Shown all the same, and written once there is room, the unreadable event set aside first.
    expect(a.getSnapshot().events.map((e) => e.id)).toEqual(['a', 'b']);
    full.mockRestore();
    expect(a.append(note('c', '2026-12-06T10:03:00.000Z')).ok).toBe(true);
    expect(setAside(`${a.key}.rejected`)).toEqual([JSON.stringify(bad)]);
    expect(a.getSnapshot().events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});

/** The ids of the events stored under `key`. */
const stored = (key: string) =>
  (JSON.parse(localStorage.getItem(key) ?? '{"events":[]}') as { events: Note[] }).events.map((e) => e.id);
/** The page is left: whether the browser is asked to confirm. */
function leave() {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/** From now on the storage refuses every write, as a full one does (restore the returned spy to free it). */
const refuseWrites = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });

describe('what the storage refused', () => {
  test('is written once anything else can be (space was freed), without waiting for its own next change', () => {
    const a = log();
    const other = createLog({ name: 'other-log', event: eventSchema });
    const full = refuseWrites();
    expect(a.append(note('a', '2026-12-06T10:01:00.000Z')).ok).toBe(false);
    full.mockRestore();
    expect(stored(a.key)).toEqual([]);
    other.append(note('b', '2026-12-06T10:02:00.000Z'));
    expect(stored(a.key)).toEqual(['a']);
    expect(a.getSnapshot().writeProblem).toBeNull();
  });

  test('is written when the page is hidden or left (a reload, a closed tab), if there is room then', () => {
    const a = log();
    const full = refuseWrites();
    a.append(note('a', '2026-12-06T10:01:00.000Z'));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored(a.key)).toEqual([]);
    full.mockRestore();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored(a.key)).toEqual(['a']);
  });

  test('leaving the page while it is still refused asks the browser to confirm; once written, it does not', () => {
    const a = log();
    const full = refuseWrites();
    a.append(note('a', '2026-12-06T10:01:00.000Z'));
    expect(leave()).toBe(true);
    full.mockRestore();
    expect(leave()).toBe(false);
    expect(stored(a.key)).toEqual(['a']);
  });

  test('written again by itself, it asks for persistent storage like any record written', () => {
    const evidence = vi.fn<() => void>();
    setEvidenceWriteHook(evidence);
    const a = log();
    const full = refuseWrites();
    a.append(note('a', '2026-12-06T10:01:00.000Z'));
    full.mockRestore();
    expect(evidence).not.toHaveBeenCalled();
    expect(retryUnsaved()).toBe(true);
    expect(evidence).toHaveBeenCalled();
    setEvidenceWriteHook(() => {});
  });

  test('never written again by itself over what a newer build wrote meanwhile', () => {
    const a = log();
    const full = refuseWrites();
    a.append(note('a', '2026-12-06T10:01:00.000Z'));
    full.mockRestore();
    const newer = JSON.stringify({ v: 2, events: [] });
    localStorage.setItem(a.key, newer);
    expect(retryUnsaved()).toBe(false);
    expect(localStorage.getItem(a.key)).toBe(newer);
    // Still shown, and written once the user acts in this tab.
    expect(a.getSnapshot().events.map((e) => e.id)).toEqual(['a']);
  });
});

describe('records are evidence', () => {
  test('a record written asks, once the hook is set (src/main.tsx), for persistent storage; a refused one does not', () => {
    const hook = vi.fn<() => void>();
    setEvidenceWriteHook(hook);
    const notes = createLog({ name: 'evidence-test', event: eventSchema });
    expect(notes.append({ ...note('x', '2026-12-06T10:00:00.000Z'), text: 'far too long for it' }).ok).toBe(false);
    expect(hook).not.toHaveBeenCalled();
    expect(notes.append(note('y', '2026-12-06T10:00:00.000Z')).ok).toBe(true);
    expect(hook).toHaveBeenCalledTimes(1);
    setEvidenceWriteHook(() => {});
  });
});
