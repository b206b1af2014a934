import { useState, type ReactNode } from 'react';
import { contentOf } from '../../content/fr';
import { sayAt } from '../../content/fr/callTexts';
import { FACT_TEXT, SHORTCUT_TEXT } from '../texts';
import { answersOf, isOutcomeId } from '../../flows/ids';
import { localDateTimeValue } from '../../lib/time';
import { useStore } from '../../lib/useStore';
import type { Shown } from '../../session/resolve';
import { FieldSet, TextField } from '../../ui/Field';
import { noteFact } from '../call';
import { FACT_CHOICES, FACT_KIND, FACT_MAX, factsAt, type Fact } from '../facts';
import { SHORTCUTS } from '../shortcuts';
import { callStore } from '../store';
import { timeProblemText } from '../../content/fr/timeMessages';

/**
 * On a step: the sentence to read out, then `children` (the call's notes: always in view), the facts to
 * note there, and the keys that answer it.
 */
export function StepSection({ resolution, children }: { resolution: Shown; children?: ReactNode }) {
  const { node } = resolution;
  const labels = contentOf(node).answers as Record<string, string>;
  const previous = resolution.replay.nodes[resolution.index - 1];
  const facts = factsAt(node, resolution.before, isOutcomeId(node));
  return (
    <>
      <div className="help-desk-say">
        <p>
          <strong>À dire :</strong> {sayAt(node, resolution.before)}
        </p>
      </div>
      {children}
      {facts.length > 0 && <FactsSection facts={facts} />}
      <section aria-labelledby="help-desk-keys" className="help-desk-keys">
        <h3 id="help-desk-keys" className="visually-hidden">
          Raccourcis clavier
        </h3>
        <ul className="keys">
          {answersOf(node).map((value, i) => (
            <li key={value}>
              <kbd>{i + 1}</kbd> {labels[value]}
            </li>
          ))}
          {previous && (
            <li>
              <kbd>{SHORTCUTS.back}</kbd> {SHORTCUT_TEXT.back}
            </li>
          )}
          <li>
            <kbd>{SHORTCUTS.newCall}</kbd> nouvel appel
          </li>
        </ul>
      </section>
    </>
  );
}

/** The facts the caller gives at this step, noted in the call record as they are typed. */
function FactsSection({ facts }: { facts: readonly Fact[] }) {
  const call = useStore(callStore).value;
  const [typed, setTyped] = useState<Partial<Record<Fact, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<Fact, string>>>({});
  const [now] = useState(() => localDateTimeValue(new Date()));
  const note = (fact: Fact, value: string) => {
    setTyped((t) => ({ ...t, [fact]: value }));
    const result = callStore.apply((c) => noteFact(c, fact, value, new Date()));
    const problem = !result.ok && typeof result.problem === 'string' ? result.problem : null;
    setErrors((e) => ({
      ...e,
      [fact]:
        problem === null
          ? undefined
          : problem === 'tooLong'
            ? `${FACT_MAX} caractères au plus.`
            : problem === 'choice'
              ? undefined
              : timeProblemText(problem),
    }));
  };
  const valueOf = (fact: Fact) => typed[fact] ?? call.facts[fact]?.value ?? '';
  return (
    <section aria-labelledby="help-desk-facts" className="help-desk-facts">
      <h3 id="help-desk-facts">À noter</h3>
      {facts.map((fact) => {
        const id = `fact-${fact}`;
        const text = FACT_TEXT[fact];
        if (FACT_KIND[fact] === 'choice')
          return (
            <FieldSet key={fact} id={id} legend={text.label} radios className="fieldset-compact">
              <div className="radios radios-inline">
                {(FACT_CHOICES[fact as keyof typeof FACT_CHOICES] as readonly string[]).map((choice) => (
                  <div className="radio" key={choice}>
                    <input
                      type="radio"
                      id={`${id}-${choice}`}
                      name={id}
                      checked={valueOf(fact) === choice}
                      onChange={() => note(fact, choice)}
                    />
                    <label htmlFor={`${id}-${choice}`}>{text.choices?.[choice]}</label>
                  </div>
                ))}
              </div>
            </FieldSet>
          );
        return (
          <TextField
            key={fact}
            id={id}
            label={text.label}
            error={errors[fact]}
            type={FACT_KIND[fact] === 'time' ? 'datetime-local' : 'text'}
            max={FACT_KIND[fact] === 'time' ? now : undefined}
            maxLength={FACT_MAX}
            autoComplete="off"
            value={valueOf(fact)}
            onChange={(v) => note(fact, v)}
          />
        );
      })}
    </section>
  );
}
