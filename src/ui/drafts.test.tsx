import { act, fireEvent, render, screen } from '@testing-library/react';
import { draftsStore, useDraft, useOpenForm } from './drafts';

const INITIAL = { name: '' };

const TWO = { name: '', number: '' };

/** A form of two fields kept as a draft, as the register's « Ajouter un document » is. */
function Form() {
  const draft = useDraft('register:add', TWO);
  return (
    <>
      <label>
        Nom
        <input value={draft.values.name} onChange={(e) => draft.set('name', e.target.value)} />
      </label>
      <label>
        Numéro
        <input value={draft.values.number} onChange={(e) => draft.set('number', e.target.value)} />
      </label>
    </>
  );
}

/** Another tab of this browser types in the same form: its draft is stored, and this tab hears of it. */
function anotherTabTypes(fields: Record<string, string>) {
  const raw = JSON.stringify({ v: 1, data: { 'register:add': fields } });
  localStorage.setItem(draftsStore.key, raw);
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: draftsStore.key, newValue: raw }));
  });
}

test('what is typed in this tab stays as typed when another tab types in the same form', () => {
  render(<Form />);
  fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Client X' } });
  anotherTabTypes({ name: 'Client Y', number: 'DE12345678901' });
  expect(screen.getByLabelText('Nom')).toHaveValue('Client X');
  // A field not typed here either: what this form shows, and saves, is never another tab's.
  expect(screen.getByLabelText('Numéro')).toHaveValue('');
});

/** Another form, opened only after its draft was kept. */
function Other() {
  const draft = useDraft('other:form', INITIAL);
  return <p>{draft.values.name}</p>;
}

test('a form opened after a reload starts from the draft kept in the browser', () => {
  localStorage.setItem(draftsStore.key, JSON.stringify({ v: 1, data: { 'other:form': { name: 'Cave' } } }));
  render(<Other />);
  expect(screen.getByText('Cave')).toBeInTheDocument();
});

test('a reload brings back this tab’s own draft, whole, whatever another tab typed or saved since', () => {
  const first = render(<Form />);
  fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Client X' } });
  anotherTabTypes({ name: 'Client Y', number: 'DE12345678901' });
  fireEvent.change(screen.getByLabelText('Numéro'), { target: { value: 'FR1' } });
  // What the browser keeps is this form's draft whole, not a mix of two tabs' fields.
  expect(draftsStore.getSnapshot().value['register:add']).toEqual({ name: 'Client X', number: 'FR1' });
  anotherTabTypes({ name: 'Client Y', number: 'DE12345678901' });
  first.unmount();
  render(<Form />);
  expect(screen.getByLabelText('Nom')).toHaveValue('Client X');
  expect(screen.getByLabelText('Numéro')).toHaveValue('FR1');
});

test('another tab saving the same form leaves this tab’s draft for its reload', () => {
  const first = render(<Form />);
  fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Client X' } });
  // The other tab saved its document: the browser-wide draft is gone.
  const raw = JSON.stringify({ v: 1, data: {} });
  localStorage.setItem(draftsStore.key, raw);
  act(() => void window.dispatchEvent(new StorageEvent('storage', { key: draftsStore.key, newValue: raw })));
  first.unmount();
  render(<Form />);
  expect(screen.getByLabelText('Nom')).toHaveValue('Client X');
});

function Folded() {
  const [open] = useOpenForm('other:time');
  return <p>{open ? 'ouvert' : 'fermé'}</p>;
}

test('a form that opens in place opens again on a reload with this tab’s own draft, whatever another tab did', () => {
  // This tab typed in it; another tab saved the same form since (the browser-wide draft is gone).
  sessionStorage.setItem('secours-douane.drafts.tab', JSON.stringify({ 'other:time': { at: '2026-11-23T09:00' } }));
  render(<Folded />);
  expect(screen.getByText('ouvert')).toBeInTheDocument();
});
