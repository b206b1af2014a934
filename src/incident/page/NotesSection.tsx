import { Fragment, useRef } from 'react';
import { formatDateTime } from '../../lib/time';
import { Field } from '../../ui/Field';
import { useTyped } from '../../ui/useTyped';
import { NOTES_MAX } from '../log';
import type { Incident } from '../schema';
import { editNotes } from '../steps';
import { RECORD_TEXT as T } from '../texts';
import type { IncidentActions } from '../useIncident';

/** Free notes on the incident: a draft while typed, recorded once the user pauses or leaves; printed. */
export function NotesSection({ incident, actions }: { incident: Incident; actions: Pick<IncidentActions, 'record'> }) {
  // The notes shown when the user began typing: what the text is recorded over (not those another tab
  // recorded meanwhile, which it would silently replace).
  const typedOver = useRef<string | null>(null);
  const typed = useTyped(
    `incident:${incident.id}:notes`,
    incident.notes,
    (text) => {
      const recorded = actions.record((i) => editNotes(i, text, typedOver.current ?? undefined)).ok;
      if (recorded) typedOver.current = null;
      return recorded;
    },
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
              onChange={(e) => {
                typedOver.current ??= incident.notesEvent ?? '';
                typed.onChange(e.target.value);
              }}
              onBlur={typed.onBlur}
            />
          )}
        </Field>
      </div>
      <p className="print-only notes-print">{incident.notes.trim() || '—'}</p>
      {incident.otherNotes.length > 0 && (
        <div className="other-notes">
          <h3>{T.otherNotesTitle}</h3>
          <p className="note">{T.otherNotes}</p>
          {/* Appended only, in time order: two texts of the same moment keep their place. */}
          {incident.otherNotes.map((other, i) => (
            <Fragment key={`${i}-${other.at}`}>
              <p className="note">{T.otherNotesAt(formatDateTime(new Date(other.at)))}</p>
              <p className="notes-print">{other.text.trim()}</p>
            </Fragment>
          ))}
        </div>
      )}
    </section>
  );
}
