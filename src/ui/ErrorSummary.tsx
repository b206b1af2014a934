import { useEffect, useRef, type MouseEvent } from 'react';
import { UI_TEXT as T } from './texts';

/** Field ids are `${form}-${name}`: the error summary links to them. */
export const fieldId = (form: string, name: string) => `${form}-${name}`;

/**
 * Following a link of the summary: the field takes the focus with its question in view (its legend or
 * label, and so its message), not scrolled to the very top with them above it (GOV.UK Frontend's way).
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  // A group of radios or boxes (its fieldset): its checked control, else its first.
  const control = field?.matches(FOCUSABLE) ? field : field?.querySelector<HTMLElement>(GROUP_CONTROL);
  // Nothing to focus there (a message alone): the browser follows the link, as it would.
  if (!field || !control) return;
  event.preventDefault();
  const legend = field.closest('fieldset')?.querySelector('legend') ?? field.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  const question = legend ?? label ?? field;
  question.scrollIntoView();
  control.focus({ preventScroll: true });
}

const FOCUSABLE = 'input, select, textarea, button, [tabindex]';
const GROUP_CONTROL = 'input:checked, input:not([disabled]), select, textarea';

/** The GOV.UK error-summary pattern: at the top of the form, focused, each error linking to its field. */
export function ErrorSummary({
  form,
  errors,
  labels,
  attempt,
}: {
  form: string;
  errors: Partial<Record<string, string>>;
  labels?: Partial<Record<string, string>>;
  /** What changes at each refused submit (the errors' state, a count): refused again, the summary is focused again. */
  attempt?: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  const signature = entries.map(([k, v]) => `${k}:${v}`).join('|');
  // Focused when its errors change, or when the form is refused again (a new attempt) with the same ones.
  const focusedFor = useRef<{ signature: string; attempt: unknown } | null>(null);
  useEffect(() => {
    if (focusedFor.current?.signature === signature && focusedFor.current.attempt === attempt) return;
    focusedFor.current = { signature, attempt };
    if (signature) ref.current?.focus();
  });
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={`${form}-errors-title`}>
      <h2 id={`${form}-errors-title`}>{T.problem}</h2>
      <ul>
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#${fieldId(form, name)}`} onClick={(e) => focusField(e, fieldId(form, name))}>
              {labels?.[name] ? `${labels[name]} : ${message}` : message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
