import { ok } from '../../lib/result';
import { Field } from '../../ui/Field';
import type { Incident } from '../schema';
import type { IncidentActions } from '../useIncident';

/** Free notes on the incident, kept with it as they are typed, and printed. */
export function NotesSection({ incident, actions }: { incident: Incident; actions: Pick<IncidentActions, 'change'> }) {
  return (
    <section className="panel" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      <div className="no-print">
        <Field id="incident-notes" label="Notes sur l’incident" need="optional">
          {(control) => (
            <textarea
              {...control}
              maxLength={5000}
              value={incident.notes ?? ''}
              onChange={(e) => {
                const notes = e.target.value;
                actions.change((i) => ok({ ...i, notes }));
              }}
            />
          )}
        </Field>
      </div>
      <p className="print-only notes-print">{incident.notes?.trim() || '—'}</p>
    </section>
  );
}
