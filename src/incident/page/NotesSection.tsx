import { ok } from '../../lib/result';
import { Field } from '../../ui/Field';
import { useTyped } from '../../ui/useTyped';
import { NOTES_MAX } from '../log';
import type { Incident } from '../schema';
import { RECORD_TEXT as T } from '../texts';
import type { IncidentActions } from '../useIncident';

/** Free notes on the incident: a draft while typed, recorded once the user pauses or leaves; printed. */
export function NotesSection({ incident, actions }: { incident: Incident; actions: Pick<IncidentActions, 'record'> }) {
  const typed = useTyped(
    `incident:${incident.id}:notes`,
    incident.notes,
    (text) => actions.record(() => ok({ type: 'notes.edited' as const, text })).ok,
    // A closed incident's notes are read-only: a draft found there stays a draft.
    { recordsFound: () => incident.closedAt === undefined },
  );
  return (
    <section className="panel" aria-labelledby="notes-title">
      <h2 id="notes-title">{T.notesTitle}</h2>
      <div className="no-print">
        <Field id="incident-notes" label={T.notesLabel} need="optional">
          {(control) => (
            <textarea
              {...control}
              rows={5}
              readOnly={incident.closedAt !== undefined}
              maxLength={NOTES_MAX}
              value={typed.value}
              onChange={(e) => typed.onChange(e.target.value)}
              onBlur={typed.onBlur}
            />
          )}
        </Field>
      </div>
      <p className="print-only notes-print">{incident.notes.trim() || '—'}</p>
    </section>
  );
}
