import { useState, type FormEvent } from 'react';
import { isoDay } from '../../lib/time';
import { ErrorSummary, TextField } from '../../ui/form';
import { Notice } from '../../ui/Notice';
import { addDocument, LRN_MAX, nextLrn, yearOf, type Deviation, type NewDocument } from '../register';
import { dateProblemText, deviationText, lrnProblemText } from '../texts';
import { useLrnRegister } from '../useLrnRegister';

const FORM = 'lrn';

/**
 * Registers a paper document in the open episode. The next LRN of the series of the document's year is
 * suggested; an LRN that leaves a gap or leaves the series is shown with what it skips, and taken only
 * once the user confirms it (the register keeps that confirmation).
 */
export function AddDocumentForm() {
  const { register, apply } = useLrnRegister();
  const [today] = useState(() => isoDay(new Date()));
  const [draft, setDraft] = useState<NewDocument>(() => ({ lrn: '', date: today, consignee: '' }));
  const [errors, setErrors] = useState<Partial<Record<keyof NewDocument, string>>>({});
  const [deviation, setDeviation] = useState<{ lrn: string; date: string; d: Omit<Deviation, 'confirmedAt'> } | null>(
    null,
  );
  const [confirmed, setConfirmed] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(draft.date);
  const suggestion = nextLrn(register.prefix, yearOf(validDate ? draft.date : today), register.documents);
  const pending =
    deviation && deviation.lrn === draft.lrn.trim().toUpperCase() && deviation.date === draft.date ? deviation : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = apply((r) => addDocument(r, draft, new Date(), pending && confirmed ? pending.d : null));
    if (result.ok) {
      setErrors({});
      setDeviation(null);
      setConfirmed(false);
      setAdded(result.document.lrn);
      setDraft({ lrn: '', date: draft.date, consignee: '' });
      return;
    }
    setAdded(null);
    if ('deviation' in result) {
      setErrors({});
      setDeviation({ lrn: draft.lrn.trim().toUpperCase(), date: draft.date, d: result.deviation });
      setConfirmed(false);
      return;
    }
    const p = result.problems;
    setErrors({
      lrn: p.lrn && lrnProblemText(p.lrn, draft.lrn.trim() === '' ? suggestion : draft.lrn),
      date: p.date && dateProblemText(p.date),
      consignee:
        p.consignee === 'missing'
          ? 'Indiquez le destinataire (nom ou numéro d’accise).'
          : p.consignee && 'Le destinataire ne doit pas dépasser 200 caractères.',
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="register-add-title" className="add-document no-print">
      <h3 id="register-add-title">Enregistrer un document papier</h3>
      <ErrorSummary form={FORM} errors={errors} />
      {added && (
        <Notice>
          Document « {added} » enregistré. Le prochain LRN de la série est {suggestion}.
        </Notice>
      )}
      {pending && (
        <div className="notice notice-warning" role="alert">
          <p>{deviationText(pending.d, pending.lrn)}</p>
          <div className="checkbox">
            <input
              type="checkbox"
              id={`${FORM}-confirm`}
              checked={confirmed}
              onChange={(e) => setConfirmed(e.target.checked)}
            />
            <label htmlFor={`${FORM}-confirm`}>
              Je confirme ce LRN : le registre gardera cette confirmation, avec sa date.
            </label>
          </div>
          <p className="note">Sinon, laissez le LRN vide pour prendre {pending.d.expected}.</p>
        </div>
      )}
      <TextField
        form={FORM}
        name="lrn"
        label="LRN du document"
        hint={`Laissez vide pour prendre le prochain LRN de la série : ${suggestion}. ${LRN_MAX} lettres et chiffres au plus.`}
        error={errors.lrn}
        value={draft.lrn}
        placeholder={suggestion}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setDraft({ ...draft, lrn: e.target.value })}
      />
      <TextField
        form={FORM}
        name="date"
        type="date"
        label="Date du document"
        hint="Son année est celle de la série."
        error={errors.date}
        value={draft.date}
        max={today}
        onChange={(e) => setDraft({ ...draft, date: e.target.value })}
      />
      <TextField
        form={FORM}
        name="consignee"
        label="Destinataire"
        hint="Nom ou numéro d’accise du destinataire."
        error={errors.consignee}
        value={draft.consignee}
        maxLength={200}
        onChange={(e) => setDraft({ ...draft, consignee: e.target.value })}
      />
      <button type="submit" className="button">
        {pending && confirmed ? 'Confirmer et enregistrer le document' : 'Enregistrer le document'}
      </button>
    </form>
  );
}
