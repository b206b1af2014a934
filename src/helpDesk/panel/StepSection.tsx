import { useState } from 'react';
import { contentOf } from '../../content/fr';
import { sayAt } from '../../content/fr/callTexts';
import { timeProblemText } from '../../content/fr/timeMessages';
import { answersOf, isOutcomeId } from '../../flows/ids';
import { localDateTimeValue } from '../../lib/time';
import type { Shown } from '../../session/resolve';
import { FieldSet, TextField } from '../../ui/Field';
import { recordTyped } from '../answering';
import type { Call } from '../calls';
import { FACT_CHOICES, FACT_KIND, FACT_MAX, factProblem, factsAt, type Fact } from '../facts';
import { useHelpDeskMode } from '../HelpDeskMode';
import { SHORTCUTS } from '../shortcuts';
import { FACT_TEXT, PANEL_TEXT, SHORTCUT_TEXT } from '../texts';
import { useCallTyped } from './useCallTyped';
import { useNow } from '../../ui/useNow';

/** The sentence to read out at a step (also on a page that is not the call's: reading changes nothing). */
export function SayBlock({ resolution }: { resolution: Shown }) {
  // A long one scrolls on its own (styles.css): reached with Tab, and shown from its top at each step.
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region (axe: scrollable-region-focusable)
    <section key={resolution.node} className="help-desk-say" tabIndex={0} aria-labelledby="help-desk-say">
      <p>
        <strong id="help-desk-say">{PANEL_TEXT.say}</strong> {sayAt(resolution.node, resolution.before)}
      </p>
    </section>
  );
}

/**
 * On a step of the call, after the sentence to read out and the call's notes (HelpDeskPanel.tsx): the facts
 * to note there, and the keys that answer it. `fields` is the key of the call's fields.
 */
export function StepSection({ resolution, call, fields }: { resolution: Shown; call: Call | null; fields: string }) {
  const { node } = resolution;
  const labels = contentOf(node).answers as Record<string, string>;
  const facts = factsAt(node, resolution.before, isOutcomeId(node));
  const { keys } = useHelpDeskMode();
  return (
    <>
      {facts.length > 0 && (
        <section aria-labelledby="help-desk-facts" className="help-desk-facts">
          <h3 id="help-desk-facts">{PANEL_TEXT.facts}</h3>
          {facts.map((fact) => (
            <FactField key={`${fields}-${fact}`} fact={fact} call={call} />
          ))}
        </section>
      )}
      <section aria-labelledby="help-desk-keys" className="help-desk-keys">
        <h3 id="help-desk-keys" className="visually-hidden">
          {PANEL_TEXT.keys}
        </h3>
        {!keys && <p className="note">{PANEL_TEXT.keysOff}</p>}
        {keys && (
          <ul className="keys">
            {answersOf(node).map((value, i) => (
              <li key={value}>
                <kbd>{i + 1}</kbd> {labels[value]}
              </li>
            ))}
            {resolution.index > 0 && (
              <li>
                <kbd>{SHORTCUTS.back}</kbd> {SHORTCUT_TEXT.back}
              </li>
            )}
            <li>
              <kbd>{SHORTCUTS.newCall}</kbd> {PANEL_TEXT.newCallKey}
            </li>
            <li className="drawer-only">
              <kbd>{SHORTCUTS.panel}</kbd> {PANEL_TEXT.or} <kbd>{SHORTCUTS.close}</kbd> {PANEL_TEXT.closeKeys}
            </li>
          </ul>
        )}
      </section>
    </>
  );
}

/** A fact the caller gives: a choice is recorded when picked, a text or a time once typed (and valid). */
function FactField({ fact, call }: { fact: Fact; call: Call | null }) {
  const id = `fact-${fact}`;
  const text = FACT_TEXT[fact];
  const [error, setError] = useState<string | undefined>(undefined);
  // No time after now can be given (the browser's picker stops there).
  const latest = localDateTimeValue(useNow());
  const typed = useCallTyped(`fact-${fact}`, call, call?.facts[fact]?.value ?? '', (raw) => {
    const value = raw.trim();
    const problem = factProblem(fact, value, new Date());
    setError(
      problem === null || problem === 'choice'
        ? undefined
        : problem === 'tooLong'
          ? PANEL_TEXT.tooLong(FACT_MAX)
          : timeProblemText(problem),
    );
    return !problem && recordTyped([{ type: 'fact.recorded', fact, value }], call);
  });
  if (FACT_KIND[fact] === 'choice')
    return (
      <FieldSet id={id} legend={text.label} radios className="fieldset-compact">
        <div className="radios radios-inline">
          {(FACT_CHOICES[fact as keyof typeof FACT_CHOICES] as readonly string[]).map((choice) => (
            <div className="radio" key={choice}>
              <input
                type="radio"
                id={`${id}-${choice}`}
                name={id}
                checked={typed.value === choice}
                onChange={() => typed.commit(choice)}
              />
              <label htmlFor={`${id}-${choice}`}>{text.choices?.[choice]}</label>
            </div>
          ))}
        </div>
      </FieldSet>
    );
  const time = FACT_KIND[fact] === 'time';
  return (
    <>
      <TextField
        id={id}
        label={text.label}
        error={error}
        type={time ? 'datetime-local' : 'text'}
        max={time ? latest : undefined}
        maxLength={FACT_MAX}
        autoComplete="off"
        value={typed.value}
        onChange={typed.onChange}
        onBlur={typed.onBlur}
      />
      {time && (
        <p className="actions-inline">
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => typed.commit(localDateTimeValue(new Date()))}
          >
            {PANEL_TEXT.now}
          </button>
        </p>
      )}
    </>
  );
}
