import { useState, type RefObject } from 'react';
import { changeText } from '../../content/fr/storageMessages';
import { formatDateTime, formatLocalValue } from '../../lib/time';
import { Notice } from '../../ui/Notice';
import type { RegisterConflict } from '../reduce';
import type { Register } from '../schema';
import { registerStore } from '../store';
import { operatorText, REGISTER_TEXT } from '../texts';

const T = REGISTER_TEXT;

/**
 * What two copies of the register made inconsistent once joined (two tabs, a backup restored), said for the
 * user to settle: an LRN drawn up twice, two episodes open, the operator or the prefix set in both. The
 * operator and the prefix shown are kept by a button (set again, over both), or changed below as ever.
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
  const [failure, setFailure] = useState<string | null>(null);
  if (conflicts.length === 0) return null;
  const keep = (field: 'operator' | 'prefix') => {
    const message = changeText(registerStore.keep(field), () => '');
    setFailure(message);
    // Settled: the page's heading takes the focus, the notice being gone (or shorter).
    if (!message) heading.current?.focus();
  };
  return (
    <Notice tone="warning">
      <p>
        <strong>{T.conflictsTitle}</strong>
      </p>
      {conflicts.map((c) => {
        switch (c.kind) {
          case 'lrnTwice':
            return (
              <p key={c.id}>
                {T.lrnTwice(
                  c.lrn,
                  register.documents.find((d) => d.lrn === c.lrn)?.consignee.name ?? '',
                  formatLocalValue(c.other.date),
                  c.other.consignee.name,
                  formatDateTime(new Date(c.at)),
                )}
              </p>
            );
          case 'episodesOpen':
            return <p key={c.kind}>{T.episodesOpen}</p>;
          case 'operatorTwice':
          case 'prefixTwice': {
            const field = c.kind === 'operatorTwice' ? 'operator' : 'prefix';
            const shown = field === 'operator' ? operatorText(register.operator) : register.prefix;
            const other = c.kind === 'operatorTwice' ? operatorText(c.other) : c.other;
            return (
              <div key={`${c.kind}-${c.at}`}>
                <p>{T.valueTwice[field](shown, other, formatDateTime(new Date(c.at)))}</p>
                <p className="actions-inline no-print">
                  <button type="button" className="button button-secondary button-small" onClick={() => keep(field)}>
                    {T.keepValue[field](field === 'operator' ? register.operator.name : shown)}
                  </button>
                </p>
              </div>
            );
          }
        }
      })}
      {failure && <p role="alert">{failure}</p>}
    </Notice>
  );
}
