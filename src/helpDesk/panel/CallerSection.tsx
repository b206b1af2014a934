import { useState } from 'react';
import { eoriProblem, isEmail, normalisePhone, phoneProblem, type FieldProblem } from '../../incident/profile';
import { fieldProblemText } from '../../incident/refusals';
import { Field } from '../../ui/Field';
import { callStore, type Call } from '../store';

type CallerField = keyof Call['caller'];

const worded = (field: 'phone' | 'eori', problem: FieldProblem | null) =>
  problem ? fieldProblemText(field, problem) : null;

const setCaller = (field: CallerField, value: string) =>
  callStore.update((c) => ({
    ...c,
    startedAt: c.startedAt || new Date().toISOString(),
    caller: { ...c.caller, [field]: value },
  }));

const FIELDS = [
  ['name', 'Nom', 'name', 120],
  ['company', 'Entreprise', 'organization', 120],
  ['eori', 'Numéro EORI', 'off', 20],
  ['phone', 'Téléphone', 'tel', 30],
  ['email', 'Courriel (pour lui envoyer le lien)', 'email', 120],
] as const;

/**
 * The caller's references, folded once given: the phone and the EORI are checked and formatted as in the
 * operator profile; the e-mail, to send them the link.
 */
export function CallerSection({ call }: { call: Call }) {
  const [touched, setTouched] = useState<Partial<Record<CallerField, boolean>>>({});
  const check = (field: CallerField) => call.caller[field].trim() !== '' && touched[field];
  const problems: Partial<Record<CallerField, string | null>> = {
    phone: worded('phone', check('phone') ? phoneProblem(call.caller.phone) : null),
    eori: worded('eori', check('eori') ? eoriProblem(call.caller.eori) : null),
    email:
      check('email') && !isEmail(call.caller.email)
        ? 'Indiquez une adresse de courriel, par exemple nom@exemple.fr.'
        : null,
  };
  const given = [call.caller.name, call.caller.company].filter(Boolean).join(', ');
  // Open while nothing is given; folded once given, when the panel is shown again (a new page, a reload).
  const [open, setOpen] = useState(given === '');
  return (
    <details className="help-desk-caller" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h3 id="help-desk-caller" className="summary-title">
          Appelant{given ? ` : ${given}` : ' (facultatif)'}
        </h3>
      </summary>
      {FIELDS.map(([field, label, autoComplete, max]) => (
        <Field key={field} id={`caller-${field}`} label={label} error={problems[field]}>
          {(control) => (
            <input
              {...control}
              type={field === 'phone' ? 'tel' : field === 'email' ? 'email' : 'text'}
              autoComplete={autoComplete}
              maxLength={max}
              value={call.caller[field]}
              onChange={(e) => setCaller(field, e.target.value)}
              onBlur={() => {
                setTouched((t) => ({ ...t, [field]: true }));
                // A valid French number is shown as on the incident page: 01 23 45 67 89.
                const formatted = field === 'phone' ? normalisePhone(call.caller.phone) : null;
                if (formatted && formatted !== call.caller.phone) setCaller('phone', formatted);
              }}
            />
          )}
        </Field>
      ))}
    </details>
  );
}
