import { useState } from 'react';
import { generatePath, Link } from 'react-router';
import { formatDateTime, formatLocalValue } from '../../lib/time';
import { TextField } from '../../ui/form';
import {
  arcProblem,
  DOCUMENT_STATUSES,
  updateDocument,
  voidDocument,
  type BackupDocument,
  type DocumentStatus,
} from '../register';
import { ARC_PROBLEM, deviationNote, STATUS_LABELS, statusText, voidProblemText } from '../texts';
import { useLrnRegister } from '../useLrnRegister';
import { PAGE_PATHS } from '../../routes';

/** One paper document: its LRN, date, consignee and status; its ARC once entered in GAMMA 2; void it; print it. */
export function DocumentCard({ document: d }: { document: BackupDocument }) {
  const { apply } = useLrnRegister();
  const id = `doc-${d.lrn}`;
  return (
    <li className={d.voided ? 'doc-card voided' : 'doc-card'} aria-labelledby={`${id}-lrn`}>
      <p className="doc-head">
        <span className="lrn" id={`${id}-lrn`}>
          {d.lrn}
        </span>{' '}
        <span className={`doc-status ${d.voided ? 'doc-status-voided' : ''}`}>{statusText(d)}</span>
      </p>
      <dl className="doc-facts">
        <div>
          <dt>Date</dt>
          <dd>{formatLocalValue(d.date)}</dd>
        </div>
        <div>
          <dt>Destinataire</dt>
          <dd>{d.consignee}</dd>
        </div>
        {d.arc && (
          <div>
            <dt>ARC</dt>
            <dd>{d.arc}</dd>
          </div>
        )}
      </dl>
      {d.deviation && <p className="note">{deviationNote(d.deviation)}</p>}
      {d.voided ? (
        <p className="void-note">
          Annulé le {formatDateTime(new Date(d.voided.at))} : {d.voided.reason}
        </p>
      ) : (
        <div className="doc-tools no-print">
          <div className="field">
            <label htmlFor={`${id}-status`}>Statut du document {d.lrn}</label>
            <select
              id={`${id}-status`}
              value={d.status}
              onChange={(e) =>
                apply((r) => ({
                  ok: true,
                  register: updateDocument(r, d.lrn, { status: e.target.value as DocumentStatus }),
                }))
              }
            >
              {DOCUMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          {d.status === 'entered' && <ArcForm document={d} />}
          <p className="doc-links">
            <Link to={generatePath(PAGE_PATHS.form, { lrn: d.lrn })}>
              Imprimer<span className="visually-hidden"> le formulaire du document {d.lrn}</span>
            </Link>
          </p>
          <VoidForm document={d} onVoid={(reason) => apply((r) => voidDocument(r, d.lrn, reason, new Date()))} />
        </div>
      )}
    </li>
  );
}

function ArcForm({ document: d }: { document: BackupDocument }) {
  const { apply } = useLrnRegister();
  const [arc, setArc] = useState(d.arc ?? '');
  const [error, setError] = useState<string | null>(null);
  const id = `doc-${d.lrn}`;
  return (
    <form
      className="arc-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const problem = arcProblem(arc);
        setError(problem && ARC_PROBLEM);
        if (!problem)
          apply((r) => ({ ok: true, register: updateDocument(r, d.lrn, { arc: arc.trim().toUpperCase() }) }));
      }}
    >
      <TextField
        form={id}
        name="arc"
        label={`ARC du DAES ${d.lrn}`}
        error={error ?? undefined}
        value={arc}
        maxLength={30}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setArc(e.target.value)}
      />
      <button type="submit" className="button button-small button-secondary">
        Enregistrer l’ARC
      </button>
      {d.arc && <p className="note">ARC enregistré : {d.arc}</p>}
    </form>
  );
}

/** « Annuler ce document »: asks for the reason; the document keeps its LRN and shows « Annulé ». */
function VoidForm({
  document: d,
  onVoid,
}: {
  document: BackupDocument;
  onVoid: (reason: string) => { ok: true } | { ok: false; problem: Parameters<typeof voidProblemText>[0] };
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `doc-${d.lrn}-void`;
  if (!open)
    return (
      <button type="button" className="button-link" onClick={() => setOpen(true)}>
        Annuler ce document<span className="visually-hidden"> {d.lrn}</span>
      </button>
    );
  return (
    <form
      className="confirm"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const result = onVoid(reason);
        setError(result.ok ? null : voidProblemText(result.problem));
      }}
    >
      <p className="confirm-question">
        Annuler le document {d.lrn} ? Il garde son LRN (la série reste continue) et sera marqué « Annulé ». Il ne peut
        pas être supprimé.
      </p>
      <div className={error ? 'field field-error' : 'field'}>
        <label htmlFor={id}>Motif de l’annulation</label>
        {error && (
          <p className="error-message" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        <input
          id={id}
          type="text"
          maxLength={300}
          value={reason}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <p className="confirm-actions">
        <button type="submit" className="button button-warning">
          Annuler le document {d.lrn}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          Garder le document
        </button>
      </p>
    </form>
  );
}
