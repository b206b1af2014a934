/**
 * The parts of the next-step card (./NextStepCard.tsx): the conditions still missing, an e-mail's actions,
 * the office's fields.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CopyButton } from '../../ui/CopyButton';
import { useDraft } from '../../ui/drafts';
import { TextField } from '../../ui/Field';
import { mailtoHref } from '../../ui/links';
import { PROFILE_MAX, validateProfile, type Profile } from '../profile';
import type { Incident } from '../schema';
import { profileStore } from '../store';
import { MAIL_TEXT as M, NEXT_TEXT as T, REFS_TEXT } from '../texts';
import { type Mail } from '../outgoing';
import { fieldProblemText, PROFILE_LABELS } from '../refusals';

/** What is still missing for the backup procedure to be allowed (S1: « les 2 conditions sont cumulatives »). */
export function Conditions({ service, da, office }: { service?: string; da: boolean; office: boolean }) {
  return (
    <div className="conditions">
      <p>{T.conditionsIntro(service)}</p>
      <ul className="checklist">
        <li className={da ? 'done' : 'todo'}>
          <span aria-hidden="true">{da ? '☑' : '☐'}</span> {T.conditionDa}
          <span className="visually-hidden">{da ? T.done : T.todo}</span>
        </li>
        <li className={office ? 'done' : 'todo'}>
          <span aria-hidden="true">{office ? '☑' : '☐'}</span> {T.conditionOffice}
          <span className="visually-hidden">{office ? T.done : T.todo}</span>
        </li>
      </ul>
    </div>
  );
}

/** An e-mail of the procedure: open it in the mail program, or copy it. */
export function MailActions({
  mail,
  label,
  forward = false,
  service,
  brief = false,
}: {
  mail: Mail;
  label: string;
  forward?: boolean;
  /** The service it is for, when the card is for several. */
  service?: string | undefined;
  /** The way to forward was said on the same card for another service. */
  brief?: boolean;
}) {
  return (
    <div className="mail-actions no-print">
      {forward ? (
        <>
          <p hidden={brief}>{M.forwardHow}</p>
          <p>
            <CopyButton text={mail.body} label={M.copyForward(service)} primary />
          </p>
        </>
      ) : (
        <p>
          <a className="button button-secondary" href={mailtoHref(mail.to, mail.subject, mail.body)}>
            {M.write(label)}
          </a>{' '}
          <CopyButton text={M.withSubject(mail)} label={M.copy(label)} />
        </p>
      )}
      <details className="mail">
        <summary>{M.see(label)}</summary>
        <MailHead mail={mail} forward={forward} />
        <pre className="text-block">{mail.body}</pre>
      </details>
    </div>
  );
}

/** The office to inform, where its e-mail is used: optional, kept with the references. */
export function OfficeFields({ incident, profile }: { incident: Incident; profile: Profile }) {
  const draft = useDraft<'officeName' | 'officeEmail'>(`incident:${incident.id}:office`, {
    officeName: profile.officeName,
    officeEmail: profile.officeEmail,
  });
  const [errors, setErrors] = useState<{ officeName?: string; officeEmail?: string }>({});
  const [open, setOpen] = useState(profile.officeEmail === '' || draft.kept);
  // Once saved, the focus stays here, on the office as saved.
  const opened = useRef<HTMLParagraphElement>(null);
  const saved = useRef(false);
  const edited = useRef(false);
  useEffect(() => {
    // Saved: the focus on the office as saved; opened to change it: on its first field.
    if (!open && saved.current) opened.current?.focus();
    if (open && edited.current) document.getElementById('office-officeName')?.focus();
    saved.current = false;
    edited.current = false;
  }, [open]);
  // Refused: the focus on the first field in error, with its message.
  useEffect(() => {
    const first = (['officeName', 'officeEmail'] as const).find((f) => errors[f]);
    if (first) document.getElementById(`office-${first}`)?.focus();
  }, [errors]);
  if (!open)
    return (
      <p ref={opened} tabIndex={-1}>
        {T.office(profile.officeName, profile.officeEmail)}{' '}
        <button
          type="button"
          className="button-link button-tap no-print"
          onClick={() => {
            edited.current = true;
            setOpen(true);
          }}
        >
          {T.officeChange}
          <span className="visually-hidden">{T.officeChangeWhat}</span>
        </button>
      </p>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Only the office's fields are checked here: the rest of the references stays as saved (the EORI
    // confirmed then if it had to be; a value a later rule would refuse is for « Modifier mes références »).
    const result = validateProfile({ ...profile, ...draft.values }, { eoriConfirmed: true });
    const { officeName, officeEmail } = result.ok ? {} : result.problem;
    if (officeName || officeEmail) {
      setErrors({
        ...(officeName ? { officeName: fieldProblemText('officeName', officeName, PROFILE_MAX.officeName) } : {}),
        ...(officeEmail ? { officeEmail: fieldProblemText('officeEmail', officeEmail, PROFILE_MAX.officeEmail) } : {}),
      });
      return;
    }
    setErrors({});
    draft.clear();
    profileStore.write({
      ...profile,
      officeName: draft.values.officeName.trim(),
      officeEmail: draft.values.officeEmail.trim(),
    });
    saved.current = true;
    setOpen(false);
  };
  return (
    <form className="office-fields no-print" noValidate onSubmit={submit}>
      {(['officeName', 'officeEmail'] as const).map((field) => (
        <TextField
          key={field}
          id={`office-${field}`}
          label={PROFILE_LABELS[field]}
          need="optional"
          error={errors[field]}
          type={field === 'officeEmail' ? 'email' : 'text'}
          autoComplete={field === 'officeEmail' ? 'email' : 'off'}
          maxLength={PROFILE_MAX[field] + 20}
          value={draft.values[field]}
          onChange={(v) => draft.set(field, v)}
        />
      ))}
      <button type="submit" className="button button-small button-secondary">
        {REFS_TEXT.saveOffice}
      </button>
    </form>
  );
}

/** To whom, and the subject (a forward keeps OLGA's). */
export function MailHead({ mail, forward = false }: { mail: Mail; forward?: boolean }) {
  return (
    <p>
      {M.to(mail.to)}
      <br />
      {M.subject(forward ? null : mail.subject)}
    </p>
  );
}
