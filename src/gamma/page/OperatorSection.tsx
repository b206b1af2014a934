import { useState, type FormEvent } from 'react';
import { changeText } from '../../content/fr/storageMessages';
import { ok } from '../../lib/result';
import { useStore } from '../../lib/useStore';
import { useDraft } from '../../ui/drafts';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useFocusOnChange } from '../../ui/useFocusOnChange';
import { operatorKnown, validateOperator, type OperatorField, type OperatorProblems } from '../operator';
import { OPERATOR_MAX } from '../schema';
import { registerStore } from '../store';
import { OPERATOR_LABELS, operatorProblemText, operatorText } from '../texts';
import { REGISTER_TEXT } from '../texts';

const T = REGISTER_TEXT.operator;

const FORM = 'operator';
const FIELDS: readonly OperatorField[] = ['name', 'exciseNumber', 'street', 'city'];
const NEED: Record<OperatorField, 'required' | 'optional'> = {
  name: 'required',
  exciseNumber: 'required',
  street: 'optional',
  city: 'optional',
};

/**
 * Whose register it is: the operator, printed at the head of the register and in the sender block of each
 * paper document. Folded once given; what is typed is kept as a draft until saved.
 */
export function OperatorSection() {
  const { value, conflicts } = useStore(registerStore);
  const { operator } = value;
  // Set differently in two copies: neither is named as the register's until chosen (at the top of the page).
  const unsettled = conflicts.some((c) => c.kind === 'operatorTwice');
  const known = operatorKnown(operator);
  const draft = useDraft<OperatorField>('register:operator', operator);
  const [errors, setErrors] = useState<OperatorProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const status = useFocusOnChange<HTMLDivElement>(saved ? String(saved) : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateOperator(draft.values);
    if (!checked.ok) return setErrors(checked.problem);
    const result = registerStore.apply((r) => ok({ ...r, operator: checked.value }));
    setErrors({});
    const message = changeText(result, () => '');
    setFailure(message);
    if (message) return;
    draft.clear();
    setSaved((n) => n + 1);
  };
  const messages = Object.fromEntries(FIELDS.map((f) => [f, operatorProblemText(f, errors)]));

  return (
    <details className="panel operator no-print" open={!known || draft.kept || saved > 0}>
      <summary>
        <h2 className="summary-title">
          {unsettled ? T.unsettledTitle : T.title(known ? operatorText(operator) : null)}
        </h2>
      </summary>
      <p>{T.intro}</p>
      <div ref={status} tabIndex={-1}>
        {saved > 0 && <Notice>{T.saved}</Notice>}
      </div>
      <form onSubmit={submit} noValidate>
        <ErrorSummary form={FORM} errors={messages} attempt={errors} />
        {failure && <p className="error-message">{failure}</p>}
        {FIELDS.map((field) => (
          <TextField
            key={field}
            id={`${FORM}-${field}`}
            label={OPERATOR_LABELS[field]}
            need={NEED[field]}
            error={messages[field]}
            type="text"
            maxLength={OPERATOR_MAX[field]}
            autoComplete={field === 'name' ? 'organization' : field === 'street' ? 'street-address' : 'off'}
            spellCheck={field === 'exciseNumber' ? false : undefined}
            value={draft.values[field]}
            onChange={(v) => draft.set(field, v)}
          />
        ))}
        <button type="submit" className="button button-secondary">
          {T.save}
        </button>
      </form>
    </details>
  );
}
