import type { Incident } from '../incident';
import type { useIncident } from '../useIncident';

/** Free notes on the incident, kept with it and printed. */
export function NotesSection({
  incident,
  actions,
}: {
  incident: Incident;
  actions: Pick<ReturnType<typeof useIncident>, 'set'>;
}) {
  return (
    <section className="panel" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      <div className="field no-print">
        <label htmlFor="incident-notes">Notes sur l’incident (facultatif)</label>
        <textarea
          id="incident-notes"
          maxLength={5000}
          value={incident.notes ?? ''}
          onChange={(e) => {
            const notes = e.target.value;
            actions.set((i) => ({ ...i, notes }));
          }}
        />
      </div>
      <p className="print-only notes-print">{incident.notes?.trim() || '—'}</p>
    </section>
  );
}
