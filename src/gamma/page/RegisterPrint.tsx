import { formatDateTime, formatLocalValue } from '../../lib/time';
import { usePrintTime } from '../../ui/usePrintTime';
import { useStore } from '../../lib/useStore';
import { documentsOf } from '../episodes';
import { SettledTwice } from './DocumentsSection';
import type { BackupDocument, MilestoneName } from '../schema';
import { registerStore } from '../store';
import {
  authorisationText,
  consigneeText,
  deviationNote,
  episodeTitle,
  milestoneDate,
  prefixChangeNote,
  STATE_LABELS,
  withoutCopyNote,
} from '../texts';
import { documentState } from '../documents';
import { REGISTER_TEXT } from '../texts';

const T = REGISTER_TEXT.printout;

/**
 * The register as it prints, for an officer: whose register it is (raison sociale, excise number), when
 * it was printed, each episode once with its authorisation, then a table with one row per document and the
 * dates of its milestones, voids with their reason; « page N / M » in the margin (styles.css, @page register).
 */
export function RegisterPrint() {
  const { value: register, conflicts } = useStore(registerStore);
  const printedAt = usePrintTime();
  const { operator } = register;
  // Set differently in two copies: not printed as the register's until chosen (the notice above names both).
  const unsettled = conflicts.some((c) => c.kind === 'operatorTwice');
  return (
    <div className="print-only register-print">
      <dl className="print-facts">
        <div>
          <dt>{T.operator}</dt>
          <dd>{unsettled ? T.unsettled : operator.name || T.noName}</dd>
        </div>
        {!unsettled && (
          <div>
            <dt>{T.exciseNumber}</dt>
            <dd>{operator.exciseNumber || T.unknown}</dd>
          </div>
        )}
        {!unsettled && (operator.street || operator.city) && (
          <div>
            <dt>{T.address}</dt>
            <dd>{[operator.street, operator.city].filter(Boolean).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{T.printedAt}</dt>
          <dd>{printedAt}</dd>
        </div>
      </dl>
      {register.episodes.length === 0 && register.documents.length === 0 && <p>{T.empty}</p>}
      {[...register.episodes, null].map((e) => {
        const documents = documentsOf(register, e?.id ?? null);
        // The documents of an episode that could not be read: printed too, under what is known of it.
        if (!e && documents.length === 0) return null;
        return (
          <section key={e?.id ?? 'unknown'} className="print-episode">
            <h2>
              {e ? episodeTitle(e) : REGISTER_TEXT.documents.unknownEpisode}
              {e && conflicts.some((c) => (c.kind === 'endTwice' || c.kind === 'startTwice') && c.episode === e.id)
                ? T.disputed
                : ''}
            </h2>
            <p>{e ? authorisationText(e.authorisation) : REGISTER_TEXT.documents.unknownEpisodeNote}</p>
            {documents.length === 0 ? (
              <p>{T.noDocument}</p>
            ) : (
              <table className="register-table">
                <thead>
                  <tr>
                    <th scope="col">{T.lrn}</th>
                    <th scope="col">{T.established}</th>
                    <th scope="col">{T.consignee}</th>
                    <th scope="col">{T.copySent}</th>
                    <th scope="col">{T.archived}</th>
                    <th scope="col">{T.entered}</th>
                    <th scope="col">{T.state}</th>
                  </tr>
                </thead>
                <tbody>
                  {documents.map((d) => (
                    <Row
                      key={d.lrn}
                      document={d}
                      disputed={conflicts.flatMap((c) =>
                        c.kind === 'milestoneTwice' && c.lrn === d.lrn ? [c.milestone] : [],
                      )}
                    />
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
      {register.prefixChanges.map((c) => (
        <p key={c.confirmedAt}>{prefixChangeNote(c)}</p>
      ))}
      <SettledTwice id="settled-twice-print" />
    </div>
  );
}

function Row({ document: d, disputed }: { document: BackupDocument; disputed: readonly MilestoneName[] }) {
  const mark = (m: MilestoneName) => (disputed.includes(m) ? T.disputed : '');
  const notes = [
    STATE_LABELS[documentState(d)],
    d.voided && REGISTER_TEXT.document.voided(formatDateTime(new Date(d.voided.at)), d.voided.reason),
    d.deviation && deviationNote(d.deviation),
    d.entered?.withoutCopyConfirmedAt && withoutCopyNote(d.entered.withoutCopyConfirmedAt),
  ].filter(Boolean);
  return (
    <tr className={d.voided ? 'voided' : undefined}>
      <th scope="row" className="lrn">
        {d.lrn}
      </th>
      <td className="one-line">{formatLocalValue(d.date)}</td>
      <td>{consigneeText(d)}</td>
      <td className="one-line">
        {milestoneDate(d.copySent)}
        {mark('copySent')}
      </td>
      <td className="one-line">
        {milestoneDate(d.archived)}
        {mark('archived')}
      </td>
      <td className="one-line">
        {milestoneDate(d.entered)}
        {mark('entered')}
        {d.entered?.arc && (
          <>
            <br />
            {d.entered.arc}
          </>
        )}
      </td>
      <td>
        {notes.map((n) => (
          <span key={String(n)} className="print-note">
            {n}
          </span>
        ))}
      </td>
    </tr>
  );
}
