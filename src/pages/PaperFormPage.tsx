import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDateTime, formatLocalValue } from '../lib/time';
import { useStore } from '../lib/useStore';
import { count } from '../content/fr/plural';
import { TextField } from '../ui/Field';
import { usePageHeading } from '../ui/usePageHeading';
import { usePrintMargins } from '../ui/usePrintMargins';
import { DAES_DATA_GROUPS, PRODUCT_GROUP, type DataGroup } from '../gamma/daesDataGroups';
import { emptyOperator } from '../gamma/schema';
import { lrnProblem } from '../gamma/series';
import { registerStore } from '../gamma/store';
import { AFTER_OUTAGE, authorisationText, episodeTitle, PAPER_FORM_TEXT as T, SOURCE_LINE } from '../gamma/texts';
import { PAGE_PATHS } from '../routes';

const MAX_LINES = 20;

/** A box that takes an address or a description is taller: there is more to write in by hand. */
const boxClass = (box: string) =>
  /adresse|rue|description|informations|identité|scellés|emballage|vitivinicole/i.test(box) ? 'box box-tall' : 'box';

/**
 * The paper backup document (S2: « J'établis un document papier, conformément aux dispositions de
 * l'article 9 du règlement ») carrying the data of the draft DAES (Reg. (EU) 2022/1636, Annex I, table 1):
 * boxes to fill in by hand, at least 8 mm high, with what the register knows written in (the sender from
 * the register's operator, the consignee's name and identification, the LRN), as many product lines as
 * the user sets, and the episode's authorisation. The boxes the tool adds (place, date, signature, copy
 * sent) are labelled as such on the page; nothing meant for the operator alone is printed.
 */
export default function PaperFormPage() {
  const { lrn = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { value: register, conflicts } = useStore(registerStore);
  const document = register.documents.find((d) => d.lrn === lrn.toUpperCase());
  const episode = document ? register.episodes.find((e) => e.id === document.episodeId) : undefined;
  const requested = Number(params.get('lignes') ?? '3');
  const lines = Number.isInteger(requested) ? Math.min(Math.max(requested, 1), MAX_LINES) : 3;
  const [linesInput, setLinesInput] = useState(String(lines));
  const [linesError, setLinesError] = useState<{ text: string } | null>(null);
  const [applied, setApplied] = useState(false);
  // Refused: the focus goes to the field, with its message (each time, the same message too).
  useEffect(() => {
    if (linesError) window.document.getElementById('product-lines')?.focus();
  }, [linesError]);
  const title = document ? T.title(document.lrn) : T.notFound;
  const ref = usePageHeading(title);
  // Every printed page says which document it is of, and whether it is cancelled.
  usePrintMargins(
    document ? T.margin(document.lrn, document.voided !== undefined) : null,
    document ? `LRN ${document.lrn}` : '',
  );

  if (!document) {
    return (
      <>
        <h1 ref={ref} tabIndex={-1}>
          {T.notFound}
        </h1>
        <p>{lrnProblem(lrn, []) ? T.badLrn : T.unknownLrn(lrn)}</p>
        <p>
          <Link to={PAGE_PATHS.register}>{T.openRegister}</Link>
        </p>
      </>
    );
  }
  // Set differently in two copies: no sender is printed until the user chooses one (nothing picked silently).
  const operatorUnsettled = conflicts.some((c) => c.kind === 'operatorTwice');
  const operator = operatorUnsettled ? emptyOperator : register.operator;
  // The episode's end recorded differently in two copies: left out, until one is kept; its start said.
  const episodeUnsettled = conflicts.flatMap((c) =>
    (c.kind === 'endTwice' || c.kind === 'startTwice') && c.episode === document.episodeId ? [c] : [],
  );
  const endUnsettled = episodeUnsettled.some((c) => c.kind === 'endTwice');
  // The copy's time recorded differently in two copies: left to fill in, until one is kept.
  const copyUnsettled = conflicts.some(
    (c) => c.kind === 'milestoneTwice' && c.lrn === document.lrn && c.milestone === 'copySent',
  );
  const filled: Record<string, string> = {
    '2a': operator.exciseNumber,
    '2b': operator.name,
    '2c–2d': operator.street,
    '2e–2f': operator.city,
    '5a': document.consignee.identification,
    '5b': document.consignee.name,
    '9a': document.lrn,
  };
  return (
    <article className="backup-form">
      <div className="no-print form-controls">
        <p>
          <Link className="back-link" to={PAGE_PATHS.register}>
            {T.backToRegister}
          </Link>
        </p>
        <form
          className="lines-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(linesInput.trim());
            // Refused with a message, the figure typed kept: never silently changed into another.
            if (linesInput.trim() === '' || !Number.isInteger(n) || n < 1 || n > MAX_LINES) {
              setLinesError({ text: T.linesError(MAX_LINES) });
              return;
            }
            setLinesError(null);
            setApplied(true);
            setLinesInput(String(n));
            setParams({ lignes: String(n) }, { replace: true });
          }}
        >
          <TextField
            id="product-lines"
            label={T.linesLabel}
            hint={T.linesHint(MAX_LINES)}
            error={linesError?.text}
            inputMode="numeric"
            maxLength={3}
            value={linesInput}
            onChange={setLinesInput}
          />
          <button type="submit" className="button button-secondary">
            {T.apply}
          </button>{' '}
          <button type="button" className="button" onClick={() => window.print()}>
            {T.print}
          </button>
          <output className="note lines-applied">{applied ? T.linesApplied(count(lines, T.lines)) : ''}</output>
        </form>
      </div>
      <p className="eyebrow">{T.eyebrow}</p>
      <h1 ref={ref} tabIndex={-1}>
        {T.title(document.lrn)}
      </h1>
      {/* What two copies of the register set differently, left blank or as shown until chosen there. */}
      {[
        ...(operatorUnsettled ? [T.operatorUnsettled] : []),
        ...episodeUnsettled.map((c) => T.episodeUnsettled[c.kind === 'endTwice' ? 'end' : 'start']),
        ...(copyUnsettled ? [T.copyUnsettled] : []),
      ].map((text, n) => (
        <div key={n} className="notice notice-warning no-print" role="alert">
          <p>
            {text} <Link to={PAGE_PATHS.register}>{T.openRegister}</Link>
          </p>
        </div>
      ))}
      {document.voided && (
        <p className="voided-banner">
          {T.voided(formatDateTime(new Date(document.voided.at)), document.voided.reason)}
        </p>
      )}
      <p className="form-intro">{T.intro}</p>
      <p className="note">{AFTER_OUTAGE}</p>
      <dl className="form-head">
        <div>
          <dt>{T.lrn}</dt>
          <dd className="lrn">{document.lrn}</dd>
        </div>
        <div>
          <dt>{T.date}</dt>
          <dd>{formatLocalValue(document.date)}</dd>
        </div>
        <div className="form-head-wide">
          <dt>{T.procedure}</dt>
          <dd>
            {episode ? (
              <KeptWhole
                text={`${authorisationText(episode.authorisation)} ${episodeTitle(endUnsettled ? { ...episode, endedAt: undefined } : episode, endUnsettled)}.`}
                whole={episode.authorisation?.daReference}
              />
            ) : (
              T.unknownEpisode
            )}
          </dd>
        </div>
      </dl>
      <h2 className="form-section">{T.dataTitle}</h2>
      <p className="note no-print">{T.fillIn}</p>
      <DataGroups groups={DAES_DATA_GROUPS.filter((g) => Number(g.number) < 17)} filled={filled} />
      <h2 className="form-section">
        {PRODUCT_GROUP.number}. {PRODUCT_GROUP.title} – {count(lines, T.lines)}
      </h2>
      <div className="product-lines">
        {Array.from({ length: lines }, (_, i) => (
          <section className="data-group product-line" key={i} aria-label={T.productLine(i + 1)}>
            <h3>{T.productLine(i + 1)}</h3>
            <table className="boxes boxes-2col">
              <tbody>
                {PRODUCT_GROUP.boxes.map((box) => (
                  <tr key={box}>
                    <th scope="row">{box}</th>
                    <td className={boxClass(box)}>{box === PRODUCT_GROUP.boxes[0] ? String(i + 1) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <DataGroups groups={DAES_DATA_GROUPS.filter((g) => Number(g.number) > 17)} filled={filled} />
      <section className="form-sign" aria-labelledby="sign-title">
        <h2 id="sign-title" className="form-section">
          {T.toolBoxesTitle}
        </h2>
        <p className="tool-boxes-note">{T.toolBoxesNote}</p>
        <div className="sign-grid">
          <div className="sign-box">
            <p>{T.placeDate}</p>
            <p>{T.signature}</p>
          </div>
          <div className="sign-box">
            <p>{T.copySent(copyUnsettled ? undefined : (document.copySent?.at ?? undefined))}</p>
          </div>
        </div>
      </section>
      <p className="source">{SOURCE_LINE}</p>
    </article>
  );
}

/**
 * A text with a reference in it (a DA's) kept on one line where it fits, with the punctuation that closes
 * it: never cut at its hyphens, nor its « ). » left alone on the next line.
 */
function KeptWhole({ text, whole }: { text: string; whole: string | undefined }) {
  const at = whole ? text.indexOf(whole) : -1;
  if (!whole || at < 0) return text;
  const end = at + whole.length + (/^[).,;:]*/.exec(text.slice(at + whole.length))?.[0].length ?? 0);
  return (
    <>
      {text.slice(0, at)}
      <span className="kept-whole">{text.slice(at, end)}</span>
      {text.slice(end)}
    </>
  );
}

/** Data groups as boxes to fill in by hand, with what the register already knows written in. */
function DataGroups({ groups, filled }: { groups: readonly DataGroup[]; filled: Record<string, string> }) {
  return (
    <div className="data-groups">
      {groups.map((group) => (
        <section className="data-group" key={group.number} aria-labelledby={`group-${group.number}`}>
          <h3 id={`group-${group.number}`}>
            {group.number}. {group.title}
            {group.when && <span className="when"> ({group.when})</span>}
          </h3>
          <table className="boxes">
            <tbody>
              {group.boxes.map((box) => (
                <tr key={box}>
                  <th scope="row">{box}</th>
                  <td className={boxClass(box)}>{filled[box.split(' ')[0]!] ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
