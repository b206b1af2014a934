import { useEffect, useRef, useState, type RefObject } from 'react';
import { generatePath, Link } from 'react-router';
import { PAGE_PATHS } from '../../routes';
import { useFocusOnChange } from '../../ui/useFocusOnChange';
import { changeText } from '../../content/fr/storageMessages';
import { formatDateTime, formatLocalValue } from '../../lib/time';
import { Notice } from '../../ui/Notice';
import type { RegisterConflict } from '../reduce';
import type { Register } from '../schema';
import { registerStore, type KeptProblems, type ValueSetData } from '../store';
import type { MilestoneProblems } from '../documents';
import type { EpisodeProblems } from '../episodes';
import { documentState, type DocumentProblems } from '../documents';
import { openEpisodeOf } from '../episodes';
import {
  authorisationText,
  documentProblemText,
  episodeProblemText,
  milestoneProblemText,
  MILESTONE_LABELS,
  milestoneDate,
  operatorFullText,
  REGISTER_TEXT,
  STATE_LABELS,
} from '../texts';
import { lowerFirst } from '../../content/fr/plural';

const T = REGISTER_TEXT;
const BUTTON = 'button button-secondary button-small';
const when = (at: string) => formatDateTime(new Date(at));
const FIELDS = ['episode', 'date', 'consigneeName', 'consigneeIdentification', 'lrn'] as const;
/** Why the second document of an LRN could not be drawn up anew as it is. */
const twiceRefusal = (problems: DocumentProblems) =>
  T.redrawRefused(
    FIELDS.flatMap((f) => documentProblemText(f, problems, '') ?? []).join(' '),
    // The form would refuse it for the same reason: the sender or the prefix is to be chosen first.
    !problems.unsettled,
  );

/** Why a value kept of two is refused, in the words of its form. */
function keptRefusal(value: ValueSetData, problems: KeptProblems): string {
  const fields =
    value.type === 'milestone.recorded'
      ? MILESTONE_FIELDS.map((f) => milestoneProblemText(f, problems as MilestoneProblems))
      : (['endedAt', 'episode'] as const).map((f) => episodeProblemText(f, problems as EpisodeProblems));
  return fields.filter(Boolean).join(' ');
}
const MILESTONE_FIELDS = ['at', 'arc', 'copy', 'episode', 'document'] as const;

/**
 * A value recorded differently in two copies, said: the sentence, and each value with the set that keeps it
 * (the register's first, then the other). Null when what it is about is no longer there.
 */
function recordedTwice(
  register: Register,
  c: Extract<RegisterConflict, { kind: 'startTwice' | 'endTwice' | 'milestoneTwice' }>,
): { text: string; values: { label: string; set: ValueSetData }[]; about?: string } | null {
  const said = (what: string, values: { label: string; set: ValueSetData }[], about?: string) => ({
    text: `${what} ${T.recordedTwice.versions(values[0]!.label, values[1]!.label, when(c.at))}`,
    values,
    // What the buttons are about, for those who hear them alone (several reports may have the same times).
    ...(about ? { about } : {}),
  });
  if (c.kind === 'milestoneTwice') {
    const d = register.documents.find((x) => x.lrn === c.lrn);
    if (!d?.[c.milestone]) return null;
    const label = (v: NonNullable<typeof d.entered>) =>
      milestoneDate(v) + ('arc' in v && v.arc ? T.document.arc(v.arc) : '');
    return said(
      T.recordedTwice.milestone(MILESTONE_LABELS[c.milestone], c.lrn),
      [d[c.milestone]!, c.other].map((value) => ({
        label: label(value),
        set: { type: 'milestone.recorded', lrn: c.lrn, document: c.document, milestone: c.milestone, value },
      })),
      T.recordedTwice.aboutMilestone(MILESTONE_LABELS[c.milestone], c.lrn),
    );
  }
  const e = register.episodes.find((x) => x.id === c.episode);
  if (!e) return null;
  if (c.kind === 'endTwice')
    return e.endedAt
      ? said(
          T.recordedTwice.end(formatLocalValue(e.startedAt)),
          [e.endedAt, c.other].map((endedAt) => ({
            label: T.recordedTwice.endValue(formatLocalValue(endedAt)),
            set: { type: 'episode.ended', episode: e.id, endedAt },
          })),
          T.recordedTwice.aboutEpisode(formatLocalValue(e.startedAt)),
        )
      : null;
  return said(
    T.recordedTwice.start,
    [e, c.other].map(({ startedAt, authorisation }) => ({
      label: T.recordedTwice.startValue(
        formatLocalValue(startedAt),
        lowerFirst(authorisationText(authorisation)).replace(/\.$/, ''),
      ),
      set: { type: 'episode.corrected', episode: e.id, startedAt, authorisation },
    })),
  );
}

/**
 * What two copies of the register made inconsistent once joined (two tabs, a backup restored), said for the
 * user to settle: an LRN drawn up twice, two episodes open, the operator or the prefix set in both. Either
 * operator or prefix is kept by its button (set again, over both), or changed below as ever; until then no
 * document is drawn up.
 */
export function RegisterConflicts({
  register,
  conflicts,
  heading,
}: {
  register: Register;
  conflicts: readonly RegisterConflict[];
  heading: RefObject<HTMLHeadingElement | null>;
}) {
  // A report settled: the focus goes to what is left to check, the notice's title; or, none left, to the
  // page's heading.
  const title = useRef<HTMLParagraphElement>(null);
  const [kept, setKept] = useState(0);
  useEffect(() => {
    if (kept > 0) (title.current ?? heading.current)?.focus();
  }, [kept, heading]);
  /** Why the last choice was refused, said under the buttons of the report it is about (`key`). */
  const [failure, setFailure] = useState<{ key: string; text: string } | null>(null);
  // Drawn up anew only in an open episode: once the outage has ended, a second document can only be voided.
  const redraws = openEpisodeOf(register) !== null;
  /** What settling a second document of an LRN did: said where the focus goes (a new LRN with its form). */
  const [settled, setSettled] = useState<{ text: string; lrn: string | null } | null>(null);
  const status = useFocusOnChange<HTMLDivElement>(settled?.text ?? null);
  /** Settled: the page's heading takes the focus, the notice being gone (or shorter); else, why not. */
  const done = (key: string, message: string | null) => {
    setFailure(message ? { key, text: message } : null);
    if (!message) setKept((n) => n + 1);
  };
  const choose = (key: string, value: ValueSetData) => {
    setSettled(null);
    // Out of the rules (a milestone out of S2's order, an end after an entry): why, as when it is typed.
    // Checked against the other versions shown: with other dates to check, those may be what stands in the way.
    const others = conflicts.filter((c) => ['startTwice', 'endTwice', 'milestoneTwice'].includes(c.kind)).length > 1;
    done(
      key,
      changeText(registerStore.choose(value), (p) =>
        [keptRefusal(value, p), others ? T.recordedTwice.othersFirst : ''].filter(Boolean).join(' '),
      ),
    );
  };
  /** The refusal of a choice made in the report `key`, if that is where it was made. */
  const refusal = (key: string) => failure?.key === key && <p role="alert">{failure.text}</p>;
  const settle = (id: string, lrn: string, again: boolean) => {
    const result = registerStore.settleTwice(id, again ? T.twiceReason.redrawn : T.twiceReason.notEstablished, again);
    if (!result.ok) return done(id, changeText(result, twiceRefusal));
    const redrawn = result.value;
    setFailure(null);
    setSettled({ text: redrawn ? T.redrawn(redrawn) : T.notEstablishedDone(lrn), lrn: redrawn });
  };
  return (
    <>
      <div ref={status} tabIndex={-1} className="no-print">
        {settled && (
          <div className="notice notice-info">
            <p>
              {settled.text}
              {settled.lrn && (
                <>
                  {' '}
                  <Link to={generatePath(PAGE_PATHS.form, { lrn: settled.lrn })}>{T.add.print(settled.lrn)}</Link>
                </>
              )}
            </p>
          </div>
        )}
      </div>
      {conflicts.length > 0 && (
        <Notice tone="warning">
          <p ref={title} tabIndex={-1}>
            <strong>{T.conflictsTitle}</strong>
          </p>
          {conflicts.map((c) => {
            switch (c.kind) {
              case 'lrnTwice':
                return (
                  <div key={c.id}>
                    <p>
                      {T.lrnTwice(
                        c.lrn,
                        register.documents.find((d) => d.lrn === c.lrn)?.consignee.name ?? '',
                        formatLocalValue(c.other.date),
                        c.other.consignee.name,
                        when(c.at),
                        STATE_LABELS[documentState(c.other)],
                      )}{' '}
                      <span className="no-print">{redraws ? T.twiceHint : T.twiceHintClosed}</span>
                    </p>
                    <p className="actions-inline no-print">
                      {redraws && (
                        <button type="button" className={BUTTON} onClick={() => settle(c.id, c.lrn, true)}>
                          {T.redraw(c.lrn)}
                        </button>
                      )}
                      <button type="button" className={BUTTON} onClick={() => settle(c.id, c.lrn, false)}>
                        {T.notEstablished(c.lrn)}
                      </button>
                    </p>
                    {refusal(c.id)}
                  </div>
                );
              case 'episodesOpen':
                return <p key={c.kind}>{T.episodesOpen}</p>;
              case 'operatorTwice':
                return (
                  <div key={`${c.kind}-${c.at}`}>
                    <p>
                      {T.valueTwice.operator(
                        operatorFullText(register.operator),
                        operatorFullText(c.other),
                        when(c.at),
                      )}{' '}
                      <span className="no-print">{T.chooseHint.operator}</span>
                    </p>
                    <p className="actions-inline no-print">
                      {[register.operator, c.other].map((operator, n) => (
                        <button
                          key={n}
                          type="button"
                          className={BUTTON}
                          onClick={() => choose(`${c.kind}-${c.at}`, { type: 'operator.set', operator })}
                        >
                          {T.keepValue.operator(operatorFullText(operator))}
                        </button>
                      ))}
                    </p>
                    {refusal(`${c.kind}-${c.at}`)}
                  </div>
                );
              case 'prefixTwice':
                return (
                  <div key={`${c.kind}-${c.at}`}>
                    <p>
                      {T.valueTwice.prefix(register.prefix, c.other, when(c.at))}{' '}
                      <span className="no-print">{T.chooseHint.prefix}</span>
                    </p>
                    <p className="actions-inline no-print">
                      {[register.prefix, c.other].map((prefix) => (
                        <button
                          key={prefix}
                          type="button"
                          className={BUTTON}
                          onClick={() => choose(`${c.kind}-${c.at}`, { type: 'prefix.set', prefix })}
                        >
                          {T.keepValue.prefix(prefix)}
                        </button>
                      ))}
                    </p>
                    {refusal(`${c.kind}-${c.at}`)}
                  </div>
                );
              case 'startTwice':
              case 'endTwice':
              case 'milestoneTwice': {
                const said = recordedTwice(register, c);
                if (!said) return null;
                return (
                  <div key={`${c.kind}-${c.at}`}>
                    <p>
                      {said.text} <span className="no-print">{T.recordedTwice.hint}</span>
                    </p>
                    <p className="actions-inline no-print">
                      {said.values.map(({ label, set }) => (
                        <button
                          key={label}
                          type="button"
                          className={BUTTON}
                          onClick={() => choose(`${c.kind}-${c.at}`, set)}
                          // What it keeps, for those who hear it alone (several reports may have the same times).
                          aria-label={said.about ? `${T.recordedTwice.keep(label)} – ${said.about}` : undefined}
                        >
                          {T.recordedTwice.keep(label)}
                        </button>
                      ))}
                    </p>
                    {refusal(`${c.kind}-${c.at}`)}
                  </div>
                );
              }
            }
          })}
        </Notice>
      )}
    </>
  );
}
