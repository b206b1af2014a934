import { memo, Suspense, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { contentOf } from '../content/fr';
import { FLOW_LOAD_FAILED, FLOW_LOADING } from '../content/fr/notices';
import { answersOf, type AnswerValue, type QuestionId } from '../flows/ids';
import { ANSWER_PARAM, nodeHref, sessionFields } from '../session/codec';
import type { Shown } from '../session/resolve';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Notice } from '../ui/Notice';
import { usePageHeading } from '../ui/usePageHeading';
import { AnswersSummary } from './AnswersSummary';
import { ResumeBanner } from './ResumeBanner';
import { PageFooterActions } from './PageFooterActions';
import { loadedFlow, loadFlow, type Flow } from './loadFlow';

/** On the entry page, the flow is loaded as soon as the user starts answering (see ./loadFlow). */
const prepareFlow = () => void loadFlow();

function QuestionPageScreen({
  resolution,
  node,
  notice,
}: {
  resolution: Shown;
  node: QuestionId;
  notice?: string | undefined;
}) {
  const content = contentOf(node);
  const navigate = useNavigate();
  const [choice, setChoice] = useState<AnswerValue | null>(resolution.previous?.value ?? null);
  const [error, setError] = useState(false);
  // On the entry page, « Continuer » may have to wait for the flow (see ./loadFlow).
  const [flowLoad, setFlowLoad] = useState<'pending' | 'failed' | null>(null);
  // An answer whose flow arrives after the user has left the page (a link in the header) is dropped.
  const shown = useRef(true);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);
  const headingRef = usePageHeading(content.title);
  const ids = useId();
  const allValues = resolution.replay.path.map((a) => a.value);
  const previousNode = resolution.replay.nodes[resolution.index - 1];
  const answers = answersOf(node);
  const answerLabels = content.answers as Record<string, string>;
  const hints = (content.hints ?? {}) as Record<string, ReactNode>;
  const Help = content.Help;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice === null) {
      setError(true);
      return;
    }
    // The flow decides where the answer leads: already there, except on the entry page (see ./loadFlow).
    const go = ({ hrefAfterAnswer }: Flow) => navigate(hrefAfterAnswer(resolution, choice));
    const flow = loadedFlow();
    if (flow) return go(flow);
    if (flowLoad === 'pending') return;
    setFlowLoad('pending');
    loadFlow().then(
      (loaded) => shown.current && go(loaded),
      () => setFlowLoad('failed'),
    );
  };

  return (
    <>
      {previousNode && (
        <Link className="back-link" to={nodeHref(previousNode, allValues)}>
          Retour
        </Link>
      )}
      {notice && <Notice tone="warning">{notice}</Notice>}
      {node === 'start' && <ResumeBanner />}
      {flowLoad === 'failed' && <Notice tone="warning">{FLOW_LOAD_FAILED}</Notice>}
      <form onSubmit={submit} noValidate className="question">
        {/* Sent with the answer if the form is submitted before the app has taken over the page. */}
        {sessionFields(allValues).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <ErrorSummary
          form={ids}
          errors={{ [answers[0]!]: error ? 'Sélectionnez une réponse pour continuer.' : undefined }}
        />
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
                <Help path={resolution.before} />
              </Suspense>
            </div>
          )}
          {error && (
            <p className="error-message" id={`${ids}-error`}>
              <span className="visually-hidden">Erreur : </span>Sélectionnez une réponse.
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
                  checked={choice === value}
                  aria-describedby={hints[value] ? `${ids}-${value}-hint` : undefined}
                  onFocus={prepareFlow}
                  onChange={() => {
                    setChoice(value);
                    setError(false);
                  }}
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
        <button type="submit" className="button">
          Continuer
        </button>
        <output className="question-status">{flowLoad === 'pending' && FLOW_LOADING}</output>
      </form>
      <p className="source">Source : {content.source}</p>
      <AnswersSummary answers={resolution.before} allValues={allValues} />
      <PageFooterActions showRestart={resolution.replay.path.length > 0} />
    </>
  );
}

/** Rendered again only when its step, answers or notice change. */
export const QuestionPage = memo(QuestionPageScreen);
