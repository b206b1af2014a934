import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { readProblemMessage } from '../content/fr/storage';
import { formatLocalValue, isoDay, parisYear } from '../lib/time';
import { useStore } from '../lib/useStore';
import { ErrorSummary, TextField } from '../ui/form';
import { Notice } from '../ui/Notice';
import {
  addDocument,
  arcProblem,
  DOCUMENT_STATUSES,
  LRN_MAX,
  nextLrn,
  prefixProblem,
  STATUS_LABELS,
  updateDocument,
  type BackupDocument,
  type DocumentStatus,
  type NewDocument,
} from './register';
import { registerStore } from './registerStore';

const FORM = 'lrn';

/** The LRN register: suggests the next LRN of the year's series, refuses bad ones, keeps every entry. */
export function RegisterPanel({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const register = useStore(registerStore);
  const { documents, prefix } = register.value;
  const [year] = useState(() => parisYear(new Date()));
  const suggestion = nextLrn(prefix, year, documents);
  const [draft, setDraft] = useState<NewDocument>(() => ({ lrn: '', date: isoDay(new Date()), consignee: '' }));
  const [errors, setErrors] = useState<Partial<Record<keyof NewDocument, string>>>({});
  const [added, setAdded] = useState<string | null>(null);
  const H = `h${headingLevel}` as const;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { ...draft, lrn: draft.lrn.trim() === '' ? suggestion : draft.lrn };
    let result: ReturnType<typeof addDocument> | undefined;
    registerStore.update((current) => {
      result = addDocument(current, input, new Date());
      return result.ok ? result.register : current;
    });
    if (result?.ok) {
      setErrors({});
      setAdded(input.lrn.trim());
      setDraft({ lrn: '', date: draft.date, consignee: '' });
    } else if (result) {
      setAdded(null);
      setErrors(result.errors);
    }
  };

  return (
    <section className="panel register" aria-labelledby="register-title">
      <H id="register-title">Registre des documents de secours (LRN)</H>
      <p>
        Le registre est conservé dans ce navigateur uniquement. Le LRN est attribué librement, dans une série continue
        par année ; il compte au plus {LRN_MAX} lettres et chiffres.
      </p>
      {register.problem && <Notice tone="warning">{readProblemMessage(register.problem, registerStore.name)}</Notice>}
      {register.writeProblem && (
        <Notice tone="warning">
          Le registre n'a pas pu être enregistré dans ce navigateur (stockage plein ou bloqué) : imprimez-le.
        </Notice>
      )}
      <PrefixSetting prefix={prefix} onSave={(p) => registerStore.update((r) => ({ ...r, prefix: p }))} />

      <form onSubmit={submit} noValidate aria-labelledby="register-add-title">
        <h3 id="register-add-title">Enregistrer un document papier</h3>
        <ErrorSummary form={FORM} errors={errors} />
        {added && (
          <Notice>
            Document « {added} » enregistré. Le prochain LRN de la série est {suggestion}.
          </Notice>
        )}
        <TextField
          form={FORM}
          name="lrn"
          label="LRN du document"
          hint={`Laissez vide pour utiliser le prochain LRN de la série : ${suggestion}`}
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
          error={errors.date}
          value={draft.date}
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
          Enregistrer le document
        </button>
      </form>

      <DocumentsTable
        documents={documents}
        onChange={(lrn, change) => registerStore.update((r) => updateDocument(r, lrn, change))}
      />
    </section>
  );
}

function PrefixSetting({ prefix, onSave }: { prefix: string; onSave: (prefix: string) => void }) {
  const [value, setValue] = useState(prefix);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  return (
    <details className="prefix-setting">
      <summary>Préfixe de la série{prefix ? ` : ${prefix}` : ' (aucun)'}</summary>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const problem = prefixProblem(value);
          setError(problem);
          setSaved(!problem);
          if (!problem) onSave(value.trim().toUpperCase());
        }}
      >
        <TextField
          form="prefix"
          name="prefix"
          label="Préfixe des LRN"
          hint="Facultatif, par exemple SEC : les LRN suggérés seront SEC + année + numéro."
          error={error ?? undefined}
          value={value}
          autoComplete="off"
          onChange={(e) => {
            setValue(e.target.value);
            setSaved(false);
          }}
        />
        <button type="submit" className="button button-secondary">
          Enregistrer le préfixe
        </button>
        <output>{saved ? ' Préfixe enregistré.' : ''}</output>
      </form>
    </details>
  );
}

function DocumentsTable({
  documents,
  onChange,
}: {
  documents: readonly BackupDocument[];
  onChange: (lrn: string, change: Partial<Pick<BackupDocument, 'status' | 'arc'>>) => void;
}) {
  if (documents.length === 0) return <p>Aucun document enregistré pour l'instant.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Documents de secours enregistrés</caption>
        <thead>
          <tr>
            <th scope="col">LRN</th>
            <th scope="col">Date</th>
            <th scope="col">Destinataire</th>
            <th scope="col">Statut</th>
            <th scope="col">Formulaire</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <DocumentRow key={d.lrn} document={d} onChange={onChange} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DocumentRow({
  document: d,
  onChange,
}: {
  document: BackupDocument;
  onChange: (lrn: string, change: Partial<Pick<BackupDocument, 'status' | 'arc'>>) => void;
}) {
  const [arc, setArc] = useState(d.arc ?? '');
  const [arcError, setArcError] = useState<string | null>(null);
  const id = `doc-${d.lrn}`;
  return (
    <tr>
      <th scope="row" className="lrn">
        {d.lrn}
      </th>
      <td>{formatLocalValue(d.date)}</td>
      <td>{d.consignee}</td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-status`}>
          Statut du document {d.lrn}
        </label>
        <select
          id={`${id}-status`}
          value={d.status}
          onChange={(e) => onChange(d.lrn, { status: e.target.value as DocumentStatus })}
        >
          {DOCUMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        {d.status === 'entered' && (
          <form
            className="arc-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const problem = arcProblem(arc);
              setArcError(problem);
              if (!problem) onChange(d.lrn, { arc: arc.trim().toUpperCase() || undefined });
            }}
          >
            <TextField
              form={id}
              name="arc"
              label={`ARC du DAES ${d.lrn}`}
              error={arcError ?? undefined}
              value={arc}
              maxLength={30}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setArc(e.target.value)}
            />
            <button type="submit" className="button button-small button-secondary">
              Enregistrer l'ARC
            </button>
            {d.arc && <p className="note">ARC enregistré : {d.arc}</p>}
          </form>
        )}
      </td>
      <td>
        <Link to={`/registre-lrn/formulaire/${encodeURIComponent(d.lrn)}`}>
          Imprimer<span className="visually-hidden"> le formulaire du document {d.lrn}</span>
        </Link>
      </td>
    </tr>
  );
}
