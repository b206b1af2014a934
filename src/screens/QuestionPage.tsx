import { Suspense, useId, useRef, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { QuestionContent } from '../content/types';
import { answersOf, type AnswerValue, type QuestionId } from '../flows/ids';
import type { AnsweredNode } from '../flows/rules';
import { ANSWER_PARAM, FORM_PARAM, sessionFields } from '../session/codec';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Notice } from '../ui/Notice';
import { usePageHeading } from '../ui/usePageHeading';
import { SCREEN_TEXT as T } from './texts';

/** Where an answer leads: the next page (with its location state), or why it was refused (worded). */
export type AnswerTarget =
  { readonly to: string; readonly state?: unknown; readonly replace?: boolean } | { readonly refused: string };

/**
 * One question, its answers as radio buttons and « Continuer » (GOV.UK's one question per page). The form
 * is plain HTML first: before the app has taken over the page, the browser sends it with the URL's answers
 * and the one chosen, and the app follows it once loaded (ANSWER_PARAM). The radio buttons are the form's
 * own (not the app's state): what the user checks while the app hydrates the page stays checked, and
 * « Continuer » reads it from the form.
 */
export function QuestionPage({
  node,
  content,
  values,
  before,
  previous,
  backHref,
  notice,
  next,
  children,
}: {
  node: QuestionId;
  content: QuestionContent<QuestionId>;
  /** Every answer of the session, carried by the form. */
  values: readonly string[];
  /** The answers given before this question (for its help). */
  before: readonly AnsweredNode[];
  /** The answer given earlier at this question, checked when the page opens. */
  previous: AnswerValue | undefined;
  backHref?: string | undefined;
  notice?: string | undefined;
  /** Gives the answer (`shownAt`: when the page was shown, ISO): where it leads, or why it is refused. */
  next: (choice: AnswerValue, shownAt: string) => AnswerTarget | Promise<AnswerTarget>;
  /** What follows the question (the answers so far, « Recommencer »). */
  children?: ReactNode;
}) {
  const navigate = useNavigate();
  /** How many times « Continuer » was pressed with no answer (0: none since the last choice). */
  const [error, setError] = useState(0);
  // The next page may have to load first (on a slow connection): the question stays, and says so.
  const [loading, startTransition] = useTransition();
  // Checked when the page opens only: the radio buttons are the user's from then on.
  const [checked] = useState(previous);
  const [shownAt] = useState(() => new Date().toISOString());
  const [refused, setRefused] = useState<string | null>(null);
  const refusedRef = useRef<HTMLParagraphElement>(null);
  const headingRef = usePageHeading(content.title);
  const ids = useId();
  const answers = answersOf(node);
  const answerLabels = content.answers as Record<string, string>;
  const hints = (content.hints ?? {}) as Record<string, ReactNode>;
  const Help = content.Help;
  const Lead = content.Lead;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const choice = new FormData(event.currentTarget).get(ANSWER_PARAM);
    if (typeof choice !== 'string' || !(answers as readonly string[]).includes(choice)) {
      setError((n) => n + 1);
      return;
    }
    const target = next(choice as AnswerValue, shownAt);
    // A promise is told by its `then` (one made in another realm, a test's, is no `instanceof Promise`).
    if ('then' in target) void target.then(go);
    else go(target);
  };
  const go = (target: AnswerTarget) => {
    if ('refused' in target) {
      setRefused(target.refused);
      // The message takes the focus, so that it is read out where the user is.
      requestAnimationFrame(() => refusedRef.current?.focus());
      return;
    }
    startTransition(() => navigate(target.to, { state: target.state, replace: target.replace }));
  };

  return (
    <>
      {backHref && (
        <Link className="back-link" to={backHref}>
          {T.back}
        </Link>
      )}
      {notice && <Notice tone="warning">{notice}</Notice>}
      {Lead && (
        <div className="question-lead">
          <Lead />
        </div>
      )}
      <form onSubmit={submit} noValidate className="question">
        {sessionFields(values).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name={FORM_PARAM} value="1" />
        <ErrorSummary form={ids} errors={{ [answers[0]!]: error ? T.chooseToContinue : undefined }} attempt={error} />
        <fieldset
          className={error ? 'fieldset fieldset-error' : 'fieldset'}
          aria-describedby={
            [Help ? `${ids}-help` : '', error ? `${ids}-error` : ''].filter(Boolean).join(' ') || undefined
          }
        >
          <legend>
            <h1 ref={headingRef} tabIndex={-1}>
              {content.title}
            </h1>
          </legend>
          {Help && (
            <div className="hint" id={`${ids}-help`}>
              <Suspense fallback={null}>
                <Help path={before} />
              </Suspense>
            </div>
          )}
          {error > 0 && (
            <p className="error-message" id={`${ids}-error`}>
              <span className="visually-hidden">{T.errorPrefix}</span>
              {T.choose}
            </p>
          )}
          <div className="radios">
            {answers.map((value) => (
              <div className="radio" key={value}>
                <input
                  type="radio"
                  id={`${ids}-${value}`}
                  name={ANSWER_PARAM}
                  value={value}
                  defaultChecked={checked === value}
                  aria-describedby={hints[value] ? `${ids}-${value}-hint` : undefined}
                  onChange={() => setError(0)}
                />
                <label htmlFor={`${ids}-${value}`}>{answerLabels[value]}</label>
                {hints[value] && (
                  <p className="radio-hint" id={`${ids}-${value}-hint`}>
                    {hints[value]}
                  </p>
                )}
              </div>
            ))}
          </div>
        </fieldset>
        {refused && (
          <p className="notice notice-warning" ref={refusedRef} tabIndex={-1} role="alert">
            {refused}
          </p>
        )}
        <button type="submit" className="button">
          {T.continue}
        </button>
        <output className="question-status">{loading && T.loadingNext}</output>
      </form>
      <p className="source">
        {T.source}
        {content.source}
      </p>
      {children}
    </>
  );
}
