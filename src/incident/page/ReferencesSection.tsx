import { useState } from 'react';
import { useStore } from '../../lib/useStore';
import { ConfirmAction, UndoNotice } from '../../ui/Confirm';
import type { Incident } from '../incident';
import { PROFILE_LABELS, type Profile } from '../profile';
import { ProfileForm } from '../ProfileForm';
import { profileStore } from '../stores';

/**
 * The operator's references used in the DA texts: those saved with the incident, or else those remembered
 * in this browser. « Oublier mes références » asks first, and can be undone.
 */
export function ReferencesSection({ incident, onSave }: { incident: Incident; onSave: (profile: Profile) => void }) {
  const stored = useStore(profileStore).value;
  const profile = incident.profile ?? stored;
  const [editing, setEditing] = useState(!profile);
  const [forgotten, setForgotten] = useState<Profile | null>(null);
  const undo = forgotten && (
    <UndoNotice
      undoLabel="Annuler : garder mes références"
      onUndo={() => {
        profileStore.write(forgotten);
        setForgotten(null);
      }}
    >
      Vos références ont été effacées de ce navigateur. Les incidents déjà enregistrés gardent celles de leur DA.
    </UndoNotice>
  );
  if (editing || !profile) {
    return (
      <section className="panel no-print" aria-label="Vos références">
        {undo}
        <ProfileForm
          initial={profile}
          onSave={(p) => {
            profileStore.write(p);
            onSave(p);
            setEditing(false);
            setForgotten(null);
          }}
          onCancel={profile ? () => setEditing(false) : undefined}
        />
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="refs-title">
      <h2 id="refs-title">Vos références</h2>
      {undo}
      <dl className="refs">
        {(['companyName', 'eori', 'address', 'phone'] as const).map((field) => (
          <div className="refs-row" key={field}>
            <dt>{PROFILE_LABELS[field]}</dt>
            <dd>{profile[field]}</dd>
          </div>
        ))}
        <div className="refs-row">
          <dt>{PROFILE_LABELS.officeName}</dt>
          <dd>
            {profile.officeName} ({profile.officeEmail})
          </dd>
        </div>
      </dl>
      <div className="page-actions no-print">
        <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
          Modifier mes références
        </button>
        {stored && (
          <ConfirmAction
            label="Oublier mes références"
            question="Effacer vos références de ce navigateur ?"
            confirmLabel="Oui, effacer mes références"
            onConfirm={() => {
              setForgotten(stored);
              profileStore.clear();
            }}
          >
            <p>Elles ne seront plus proposées pour les prochains incidents. Cet incident garde celles de sa DA.</p>
          </ConfirmAction>
        )}
      </div>
    </section>
  );
}
