import { useEffect, useState } from 'react';
import { changeText } from '../../content/fr/storageMessages';
import { isStorageFailure } from '../../lib/storage';
import { useStore } from '../../lib/useStore';
import { useDraft } from '../../ui/drafts';
import { CheckboxField, TextField } from '../../ui/Field';
import { useFocusOnChange } from '../../ui/useFocusOnChange';
import { setPrefix, type PrefixProblem } from '../series';
import { registerStore } from '../store';
import { prefixProblemText } from '../texts';
import { REGISTER_TEXT } from '../texts';

const T = REGISTER_TEXT.prefix;

/**
 * The prefix of the LRNs to come (PREFIX + year + number), stored upper-case. A prefix changed while the
 * year's series has begun starts another series that year: it is said, and taken only once confirmed.
 */
export function PrefixSetting() {
  const { value, conflicts } = useStore(registerStore);
  const { prefix } = value;
  const unsettled = conflicts.some((c) => c.kind === 'prefixTwice');
  const draft = useDraft<'prefix' | 'confirm'>('register:prefix', { prefix, confirm: '' });
  const [refusal, setRefusal] = useState<{ typed: string; problem: PrefixProblem } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const status = useFocusOnChange<HTMLOutputElement>(saved ? String(saved) : null);
  const typed = draft.values.prefix.trim().toUpperCase();
  const current = refusal?.typed === typed ? refusal.problem : null;
  const asking = typeof current === 'object' ? current : null;
  const error = typeof current === 'string' ? prefixProblemText(current, typed) : failure;
  // Each refusal: the focus on what it asks, the confirmation of a new series, or the field and its message.
  useEffect(() => {
    if (refusal)
      document.getElementById(typeof refusal.problem === 'object' ? 'prefix-confirm' : 'prefix-prefix')?.focus();
  }, [refusal]);
  return (
    // Open while a prefix is being typed, and once saved: what was saved is said there, where the focus goes.
    <details className="prefix-setting no-print" open={draft.kept || saved > 0}>
      <summary>{unsettled ? T.unsettledSummary : T.summary(prefix)}</summary>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const result = registerStore.apply((r) =>
            setPrefix(r, typed, new Date(), asking !== null && draft.values.confirm === 'yes'),
          );
          if (!result.ok && !isStorageFailure(result.problem)) return setRefusal({ typed, problem: result.problem });
          const message = changeText(result, () => '');
          setRefusal(null);
          setFailure(message);
          if (message) return;
          draft.clear();
          setSaved((n) => n + 1);
        }}
      >
        <TextField
          id="prefix-prefix"
          label={T.label}
          need="optional"
          hint={T.hint}
          error={error}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={draft.values.prefix}
          onChange={(v) => draft.set('prefix', v)}
        />
        {asking && (
          <div className="notice notice-warning" role="alert">
            <p>{prefixProblemText(asking, typed)}</p>
            <CheckboxField
              id="prefix-confirm"
              label={T.confirm}
              value={draft.values.confirm}
              onChange={(v) => draft.set('confirm', v)}
            />
          </div>
        )}
        <button type="submit" className="button button-secondary">
          {asking && draft.values.confirm === 'yes' ? T.confirmSave : T.save}
        </button>
        <output ref={status} tabIndex={-1} className="note status-line">
          {saved > 0 ? T.saved(prefix) : ''}
        </output>
      </form>
    </details>
  );
}
