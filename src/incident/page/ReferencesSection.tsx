import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../lib/useStore';
import { ConfirmAction, UndoNotice } from '../../ui/Confirm';
import { useDraft } from '../../ui/drafts';
import type { Profile } from '../profile';
import { profileStore } from '../store';
import { PROFILE_LABELS } from '../refusals';
import { REFS_TEXT as R } from '../texts';
import { ReferencesForm } from './ReferencesForm';

/**
 * The operator's references used in the DA texts, once given (until then, they are the next step at the
 * top of the page): a short summary, « Modifier », « Oublier mes références » (asked first, undoable).
 */
export function ReferencesSection({ onSave }: { onSave: (profile: Profile) => void }) {
  const stored = useStore(profileStore).value;
  const profile = stored;
  const draft = useDraft('profile', {});
  const [editing, setEditing] = useState(draft.kept);
  // Opened: the focus on the form's first field; closed (saved or cancelled): back on « Modifier ».
  const modify = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    if (editing) document.getElementById('profile-eori')?.focus();
    else modify.current?.focus();
  }, [editing]);
  const edit = (open: boolean) => {
    toggled.current = true;
    setOpened(true);
    setEditing(open);
  };
  const [forgotten, setForgotten] = useState<Profile | null>(null);
  const undo = forgotten && (
    <UndoNotice
      undoLabel={R.undo}
      onUndo={() => {
        profileStore.write(forgotten);
        setForgotten(null);
      }}
    >
      {R.forgotten}
    </UndoNotice>
  );
  // Forgotten: the references are asked again at the top; here, the way to undo it.
  if (!profile) return undo ? <section className="panel no-print">{undo}</section> : null;
  if (editing)
    return (
      <section className="panel no-print" aria-label={R.title}>
        <ReferencesForm
          initial={profile}
          onSave={(p) => {
            onSave(p);
            edit(false);
          }}
          onCancel={() => edit(false)}
        />
      </section>
    );
  return (
    <section className="panel" aria-labelledby="refs-title">
      <details className="record-details refs-details" open={opened || undefined}>
        <summary>
          <h2 id="refs-title">{R.title}</h2>
          <span className="summary-line no-print">{R.summary(profile.companyName, profile.eori)}</span>
        </summary>
        {undo}
        <p className="note">{R.current}</p>
        <dl className="refs">
          {(['companyName', 'eori', 'address', 'phone', 'officeName', 'officeEmail'] as const).map((field) => (
            <div className="refs-row" key={field}>
              <dt>{PROFILE_LABELS[field]}</dt>
              <dd>{profile[field] || R.unknown}</dd>
            </div>
          ))}
        </dl>
        <div className="page-actions no-print">
          <button ref={modify} type="button" className="button button-secondary" onClick={() => edit(true)}>
            {R.modify}
          </button>
          {stored && (
            <ConfirmAction
              label={R.forget}
              question={R.forgetQuestion}
              confirmLabel={R.forgetConfirm}
              onConfirm={() => {
                setForgotten(stored);
                profileStore.clear();
              }}
            >
              <p>{R.forgetNote}</p>
            </ConfirmAction>
          )}
        </div>
      </details>
    </section>
  );
}
