import { useState } from 'react';
import { eoriProblem, isEmail, normalisePhone, phoneProblem } from '../../incident/profile';
import { fieldProblemText } from '../../incident/refusals';
import { TextField } from '../../ui/Field';
import { recordTyped } from '../answering';
import { CALLER_FIELDS, CALLER_MAX, type CallerField } from '../callLog';
import type { Call } from '../calls';
import { CALLER_TEXT, PANEL_TEXT } from '../texts';
import { useCallTyped } from './useCallTyped';

const AUTOCOMPLETE: Record<CallerField, string> = {
  name: 'name',
  company: 'organization',
  eori: 'off',
  phone: 'tel',
  email: 'email',
};

/** Why a caller's field is worth a second look (it is recorded all the same: the caller said it). */
function problemOf(field: CallerField, value: string): string | null {
  if (value.trim() === '') return null;
  if (field === 'phone') {
    const p = phoneProblem(value);
    return p ? fieldProblemText('phone', p) : null;
  }
  if (field === 'eori') {
    const p = eoriProblem(value);
    return p ? fieldProblemText('eori', p, 0, false) : null;
  }
  if (field === 'email') return isEmail(value) ? null : PANEL_TEXT.emailProblem;
  return null;
}

/**
 * The caller's references, folded once given: the phone and the EORI are checked and formatted as in the
 * operator profile; the e-mail, to send them the link. Each is recorded once typed.
 */
export function CallerSection({ call }: { call: Call | null }) {
  const given = [call?.caller.name, call?.caller.company].filter(Boolean).join(', ');
  // Open while nothing is given, or while a value given is worth a second look; folded once given, when the
  // panel is shown again (a new page, a reload).
  const [open, setOpen] = useState(
    () => given === '' || CALLER_FIELDS.some((f) => problemOf(f, call?.caller[f] ?? '') !== null),
  );
  return (
    <details className="help-desk-caller" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h3 id="help-desk-caller" className="summary-title">
          {given ? PANEL_TEXT.callerNamed(given) : PANEL_TEXT.callerOptional}
        </h3>
      </summary>
      {CALLER_FIELDS.map((field) => (
        <CallerInput key={field} field={field} call={call} />
      ))}
    </details>
  );
}

function CallerInput({ field, call }: { field: CallerField; call: Call | null }) {
  // Once left, or recorded when the field was shown (again after a reload): what is worth a second look is
  // said; never while the agent types (a pause records what is typed).
  const [touched, setTouched] = useState(() => (call?.caller[field] ?? '') !== '');
  const typed = useCallTyped(`caller-${field}`, call, call?.caller[field] ?? '', (raw) => {
    // A valid French number is kept as on the incident page: 01 23 45 67 89.
    const value = (field === 'phone' ? (normalisePhone(raw) ?? raw.trim()) : raw.trim()).slice(0, CALLER_MAX[field]);
    return value === (call?.caller[field] ?? '') || recordTyped([{ type: 'caller.edited', field, value }], call);
  });
  return (
    <TextField
      id={`caller-${field}`}
      label={CALLER_TEXT[field]}
      error={touched ? problemOf(field, typed.value) : null}
      type={field === 'phone' ? 'tel' : field === 'email' ? 'email' : 'text'}
      autoComplete={AUTOCOMPLETE[field]}
      maxLength={CALLER_MAX[field]}
      value={typed.value}
      onChange={typed.onChange}
      onBlur={() => {
        setTouched(true);
        typed.onBlur();
      }}
    />
  );
}
