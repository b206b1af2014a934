import { Fragment, useEffect, useRef, useState } from 'react';
import { lowerFirst } from '../../content/fr/plural';
import { ConfirmAction } from '../../ui/Confirm';
import { CorrectableTime } from '../../ui/TimeEdit';
import { blockedBy, canRecord, type JournalStep } from '../journal';
import { nextSteps } from '../nextStep';
import { journalFacts } from '../reduce';
import { changeMessage, stepProblemText } from '../refusals';
import { statusOf } from '../status';
import { correctStep, latestBefore, otherDasOf, recordStep, withdrawLast } from '../steps';
import { nowAfter, formatLocalValue } from '../../lib/time';
import {
  alsoForText,
  blockedText,
  JOURNAL_STEP_TEXT,
  journalLines,
  NEXT_TEXT,
  RECORD_TEXT as T,
  serviceLabel,
  setAsideDaText,
  setAsideStepText,
  withdrawnText,
} from '../texts';
import type { ServiceProps } from '../useIncident';
import { StepRecord } from './StepRecord';

/**
 * The journal of one service, in the fiche's order: each step with the time it was done (correctable), or
 * what allows it, or the way to record it; the steps taken back. The record an officer may ask to see;
 * printed as it is. A closed incident takes corrections only.
 */
export function JournalSection({ incident, record, actions }: ServiceProps) {
  const facts = journalFacts(incident, record);
  const lines = journalLines(incident, record);
  const label = serviceLabel(record.service);
  const status = statusOf(incident, record);
  const closed = incident.closedAt !== undefined;
  const withdrawnHeading = useRef<HTMLHeadingElement>(null);
  const [withdrew, setWithdrew] = useState(0);
  useEffect(() => {
    if (withdrew > 0) withdrawnHeading.current?.focus();
  }, [withdrew]);
  // The next steps are done from their cards at the top of the page: their rows point there.
  const offered = new Set(
    nextSteps(incident, true).flatMap((n) =>
      n.kind === 'step' && n.services.includes(record.service) ? [n.step] : [],
    ),
  );
  // A step recorded from the journal: the focus stays on its row, now with its time.
  const [recorded, setRecorded] = useState<JournalStep | null>(null);
  useEffect(() => {
    if (recorded) document.getElementById(`journal-${record.service}-${recorded.replace('.', '-')}`)?.focus();
  }, [recorded, record.service]);
  const recordAt = (step: Exclude<JournalStep, 'da.file'>, at: string | null) => {
    const message = changeMessage(
      actions.record((i) => {
        const now = new Date();
        return recordStep(i, [record.service], step, at ?? nowAfter(latestBefore(i, [record.service], step), now), now);
      }),
      (p) => stepProblemText(p, step),
    );
    if (message === null) setRecorded(step);
    return message;
  };
  const last = record.journal[record.journal.length - 1];
  // The same step as another copy recorded it: it takes the place of this one, taken back.
  const otherStep = last && record.otherSteps.find((o) => o.step === last.step);
  return (
    <section className="panel journal-panel" aria-labelledby={`journal-${record.service}`}>
      <h2 id={`journal-${record.service}`}>{T.journalTitle(label)}</h2>
      <p className={`journal-status status-${status}`}>{closed ? T.closedNote : T.journalStatus[status]}</p>
      <ol className="journal">
        {lines.map((line) => {
          const possible = !line.time && canRecord(facts, line.step);
          return (
            <li
              key={line.step}
              id={`journal-${record.service}-${line.step.replace('.', '-')}`}
              tabIndex={-1}
              className={line.time ? 'done' : 'todo'}
            >
              <span className="box" aria-hidden="true">
                {line.time ? '☑' : '☐'}
              </span>{' '}
              <span className="step-label">{line.label}</span>
              {line.ours && <span className="ours">{T.ours}</span>}
              {line.step === 'office.verify' && (
                <span className="step-note">
                  {' : '}
                  {lowerFirst(JOURNAL_STEP_TEXT['office.verify'].note ?? '')}
                </span>
              )}
              {line.step === 'sau.call' && !line.time && <strong className="step-required">{T.sauRequired}</strong>}
              {line.time && line.stamps && line.event ? (
                <span className="step-when">
                  {' – '}
                  <span className="print-only">{line.time}</span>
                  <span className="no-print">
                    <CorrectableTime
                      draft={`incident:${incident.id}:correct-${line.step}:${record.service}`}
                      text={line.time}
                      value={line.stamps[line.stamps.length - 1]!.at}
                      label={NEXT_TEXT.stepTimeLabel(line.label, label)}
                      onSave={(at) =>
                        changeMessage(
                          actions.record((i) => correctStep(i, line.event!, at, new Date())),
                          (p) => stepProblemText(p, line.step),
                        )
                      }
                    />
                  </span>
                  {alsoForText(line.alsoFor)}
                </span>
              ) : closed ? null : possible && !offered.has(line.step) && line.step !== 'da.file' ? (
                <StepRecord
                  draft={`incident:${incident.id}:journal-${line.step}:${record.service}`}
                  stepLabel={line.label}
                  services={label}
                  notBefore={latestBefore(incident, [record.service], line.step)}
                  onRecord={(at) => recordAt(line.step as Exclude<JournalStep, 'da.file'>, at)}
                />
              ) : (
                <span className="step-blocked no-print">
                  {' '}
                  {possible ? T.nextAbove : blockedText(line.step, blockedBy(facts, line.step))}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {record.withdrawn.length > 0 && (
        <>
          <h3 ref={withdrawnHeading} tabIndex={-1}>
            {T.withdrawnTitle}
          </h3>
          <ul className="withdrawn">
            {record.withdrawn.map((w) => (
              <li key={`${w.step}-${w.withdrawnAt}`}>{withdrawnText(w)}</li>
            ))}
          </ul>
        </>
      )}
      {/* What another copy noted and the user did not keep: on record. */}
      {(
        [
          [T.setAsideStepsTitle, record.setAsideSteps.map(setAsideStepText)],
          [T.setAsideTitle, record.setAsideDas.map(setAsideDaText)],
        ] as const
      ).map(
        ([title, items]) =>
          items.length > 0 && (
            <Fragment key={title}>
              <h3>{title}</h3>
              <ul className="withdrawn">
                {items.map((line, n) => (
                  <li key={n}>{line}</li>
                ))}
              </ul>
            </Fragment>
          ),
      )}
      {last && !closed && (
        // Asked first: one tap on a phone would take back a condition of the procedure.
        <div className="no-print journal-undo">
          <ConfirmAction
            // A question about another step (another tab recorded one meanwhile) closes: asked anew.
            key={last.event}
            className="button-link button-tap"
            label={`${
              last.step === 'da.file' && otherDasOf(incident, record)[0]
                ? T.undoDaWithOther(otherDasOf(incident, record)[0]!.number)
                : otherStep
                  ? T.undoStepWithOther(JOURNAL_STEP_TEXT[last.step].label, formatLocalValue(otherStep.time))
                  : T.undo(JOURNAL_STEP_TEXT[last.step].label)
            }${alsoForText(last.services.filter((s) => s !== record.service))}`}
            question={
              otherStep
                ? T.undoOtherQuestion(JOURNAL_STEP_TEXT[last.step].label)
                : T.undoQuestion(JOURNAL_STEP_TEXT[last.step].label)
            }
            confirmLabel={T.undoConfirm}
            cancelLabel={T.undoKeep}
            onConfirm={() => {
              // Done: the focus on the steps taken back, where it now stands (the next one's button is not).
              if (actions.record((i) => withdrawLast(i, record)).ok) setWithdrew((n) => n + 1);
            }}
          >
            <p>{otherStep ? T.undoOtherDetail(formatLocalValue(otherStep.time)) : T.undoDetail}</p>
          </ConfirmAction>
        </div>
      )}
    </section>
  );
}
