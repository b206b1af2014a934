import { useState } from 'react';
import { TextField } from '../../ui/form';
import { prefixProblem } from '../register';
import { prefixProblemText } from '../texts';
import { useLrnRegister } from '../useLrnRegister';

/** The prefix of the suggested LRNs (PREFIX + year + number), stored upper-case. */
export function PrefixSetting() {
  const { register, apply } = useLrnRegister();
  const [value, setValue] = useState(register.prefix);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  return (
    <details className="prefix-setting no-print">
      <summary>Préfixe de la série{register.prefix ? ` : ${register.prefix}` : ' (aucun)'}</summary>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const problem = prefixProblem(value);
          setError(problem && prefixProblemText(problem));
          if (problem) return setSaved(false);
          const prefix = value.trim().toUpperCase();
          setSaved(apply((r) => ({ ok: true, register: { ...r, prefix } })).ok);
          setValue(prefix);
        }}
      >
        <TextField
          form="prefix"
          name="prefix"
          label="Préfixe des LRN"
          hint="Facultatif, par exemple SEC : les LRN suggérés seront SEC + année + numéro (SEC202600001). Un nouveau préfixe commence une nouvelle série."
          error={error ?? undefined}
          value={value}
          autoComplete="off"
          spellCheck={false}
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
