/**
 * Drafts: what is typed in a form and not saved yet, kept in this browser per form (a record and a form of
 * it) and per field, across a reload, a closed tab or a restart, until the form is saved or cancelled.
 * Validated when read back like any stored value (a bad one is set aside with a notice); never sent, never
 * in a backup file, listed nowhere as a record.
 */
import { fieldId } from './ErrorSummary';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import { createStore } from '../lib/createStore';
import { useStore } from '../lib/useStore';

const draftsSchema = z.record(
  z.string().check(z.maxLength(200)),
  z.record(z.string().check(z.maxLength(60)), z.string().check(z.maxLength(5000))),
);
export type Drafts = z.infer<typeof draftsSchema>;

export const draftsStore = createStore<Drafts>({
  name: 'drafts',
  version: 1,
  schema: draftsSchema,
  empty: {},
  inBackup: false,
});

/** Forgets the drafts of a record, every form whose key starts with `record:` (a record deleted). */
export function clearDrafts(record: string) {
  const of = (k: string) => k === record || k.startsWith(`${record}:`);
  draftsStore.update((all) => Object.fromEntries(Object.entries(all).filter(([k]) => !of(k))));
  for (const k of Object.keys(tabDrafts()).filter(of)) keepForTab(k, null);
}

/**
 * A form's fields: as typed (the draft) where the user typed, else as given (`initial`). `set` keeps a
 * field's new value; `clear` forgets the draft (call it once saved, or on « Annuler »).
 *
 * A form shown anew starts from the kept draft as it finds it: after a reload, this tab's own (kept for the
 * tab too); in a new tab or after a restart, the last one any tab typed. From then on, what another tab types
 * in the same form is that tab's: it never changes a field under the user, typed or not, nor what this form
 * saves; and what this form keeps is its whole draft, never a mix of two tabs' fields. With `shared`, another
 * tab's typing shows in the fields not typed here (a text of a record several tabs follow, ./useTyped.ts,
 * which records it once).
 */
export function useDraft<F extends string>(key: string, initial: Readonly<Record<F, string>>, shared = false) {
  const live = useStore(draftsStore).value[key];
  // The kept draft as this form found it once live (not the empty one it hydrates with).
  const hydrated = useSyncExternalStore(noChange, isLive, isNotLive);
  const [found, setFound] = useState<{ key: string; draft: typeof live } | null>(null);
  if (!shared && hydrated && found?.key !== key) setFound({ key, draft: tabDrafts()[key] ?? live });
  const kept = !shared && found?.key === key ? found.draft : live;
  const [typed, setTyped] = useState<{ key: string; fields: Readonly<Record<string, string>> } | null>(null);
  const own = typed?.key === key ? typed.fields : undefined;
  const values = useMemo(() => {
    const fields = Object.keys(initial) as F[];
    return { ...initial, ...pick(kept, fields), ...pick(own, fields) };
  }, [initial, kept, own]);
  // What this form shows, kept whole with each key (several keys may come before a render).
  const view = useRef<{ key: string; base: typeof kept; typed: Record<string, string> }>({
    key,
    base: kept,
    typed: {},
  });
  useEffect(() => {
    if (view.current.key !== key) view.current = { key, base: kept, typed: {} };
    else view.current = { ...view.current, base: kept };
  }, [key, kept]);
  const set = useCallback(
    (field: F, value: string) => {
      setTyped((t) => ({ key, fields: { ...(t?.key === key ? t.fields : {}), [field]: value } }));
      if (shared) {
        draftsStore.update((all) => ({ ...all, [key]: { ...all[key], [field]: value } }));
        return;
      }
      const before = view.current.key === key ? view.current : { key, base: undefined, typed: {} };
      view.current = { ...before, typed: { ...before.typed, [field]: value } };
      const whole = { ...view.current.base, ...view.current.typed };
      draftsStore.update((all) => ({ ...all, [key]: whole }));
      keepForTab(key, whole);
    },
    [key, shared],
  );
  const clear = useCallback(() => {
    setFound({ key, draft: undefined });
    setTyped(null);
    view.current = { key, base: undefined, typed: {} };
    keepForTab(key, null);
    draftsStore.update((all) => Object.fromEntries(Object.entries(all).filter(([k]) => k !== key)));
  }, [key]);
  return { values, set, clear, kept: kept !== undefined || own !== undefined };
}

/** This tab's own drafts (sessionStorage: they last while the tab does, a reload included). */
const TAB_DRAFTS = 'secours-douane.drafts.tab';

function tabDrafts(): Drafts {
  try {
    const parsed = draftsSchema.safeParse(JSON.parse(window.sessionStorage.getItem(TAB_DRAFTS) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function keepForTab(key: string, draft: Readonly<Record<string, string>> | null) {
  try {
    const all = tabDrafts();
    if (draft) all[key] = { ...draft };
    else delete all[key];
    window.sessionStorage.setItem(TAB_DRAFTS, JSON.stringify(all));
  } catch {
    /* no session storage (blocked, full): the browser-wide draft still holds what was typed */
  }
}

const noChange = () => () => {};
const isLive = () => true;
const isNotLive = () => false;

function pick<F extends string>(draft: Readonly<Record<string, string>> | undefined, fields: readonly F[]) {
  if (!draft) return {};
  return Object.fromEntries(fields.filter((f) => typeof draft[f] === 'string').map((f) => [f, draft[f]!])) as Partial<
    Record<F, string>
  >;
}

/** Whether anything typed in a form is kept (a draft is kept once something is typed, until saved or cancelled). */
export const hasDraft = (key: string) => withDrafts([key]).length > 0;

/** Those of `keys` that have a draft (this tab's or any tab's), reading the drafts once. */
export function withDrafts(keys: readonly string[]): string[] {
  const tab = tabDrafts();
  const all = draftsStore.getSnapshot().value;
  return keys.filter((key) => (tab[key] ?? all[key]) !== undefined);
}

/**
 * Whether a form that opens in place (« à une autre heure », « Corriger ») is open: at first, when it has a
 * draft, so that a reload shows what was typed where it was typed.
 */
export function useOpenForm(key: string) {
  // This tab's own draft first (a reload), as the form's fields do (useDraft).
  const [open, setOpen] = useState(() => hasDraft(key));
  return [open, setOpen] as const;
}

/**
 * `useOpenForm`, with the focus where it goes next: opened by its button, on the first field of the form that
 * appears; left (saved or « Annuler »), back on the button that opened it when it is there again, else on the
 * first action in its place (the next step's button).
 */
export function useOpenFormWithFocus(key: string) {
  const [open, setOpenState] = useOpenForm(key);
  const opener = useRef<{ scope: Element; text: string; forms: Set<Element> } | null>(null);
  const wanted = useRef<'form' | 'opener' | null>(null);
  // After each render: a move asked for by the last open or close, once.
  useEffect(() => {
    const target = wanted.current;
    wanted.current = null;
    const o = opener.current;
    if (!target || !o?.scope.isConnected) return;
    if (target === 'form') {
      const form = [...o.scope.querySelectorAll('form')].find((f) => !o.forms.has(f));
      form?.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), select, textarea')?.focus();
    } else {
      const buttons = [...o.scope.querySelectorAll<HTMLElement>('button')];
      (buttons.find((b) => b.textContent === o.text) ?? buttons[0])?.focus();
    }
  });
  const setOpen = useCallback(
    (next: boolean) => {
      const active = document.activeElement;
      if (next && active instanceof HTMLButtonElement) {
        const scope = active.parentElement?.parentElement ?? document.body;
        opener.current = { scope, text: active.textContent ?? '', forms: new Set(scope.querySelectorAll('form')) };
      }
      wanted.current = next ? 'form' : 'opener';
      setOpenState(next);
    },
    [setOpenState],
  );
  return [open, setOpen] as const;
}

/**
 * A draft's field, as `TextField` and `CheckboxField` take it: its id in the form (the error summary links
 * to it), its value, its setter and its error.
 */
export function bindField<F extends string>(
  form: string,
  draft: { readonly values: Readonly<Record<F, string>>; readonly set: (field: F, value: string) => void },
  errors: Partial<Record<string, string | undefined>>,
  field: F,
) {
  return {
    id: fieldId(form, field),
    value: draft.values[field],
    onChange: (value: string) => draft.set(field, value),
    error: errors[field],
  };
}
