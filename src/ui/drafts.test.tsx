import { act, fireEvent, render, screen } from '@testing-library/react';
import { draftsStore, useDraft } from './drafts';

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
