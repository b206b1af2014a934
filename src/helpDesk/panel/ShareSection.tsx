import type { ReplayPath } from '../../flows/replay';
import { isEmail } from '../../incident/profile';
import { fileStamp } from '../../lib/time';
import { useStore } from '../../lib/useStore';
import { CopyButton, downloadText } from '../../ui/CopyButton';
import { mailtoHref } from '../../ui/links';
import type { Call } from '../calls';
import { helpDeskModeStore } from '../store';
import { callSummary, handoverMail, PANEL_TEXT, summaryFileName } from '../texts';

/**
 * The call summary (copied or downloaded, for the ticket) and the handover: the link to the caller's step,
 * copied or sent by the agent's own mail program (`mailto:`) with what the caller has to do next.
 */
export function ShareSection({
  call,
  session,
  shareUrl,
  leadsTo,
}: {
  call: Call | null;
  session: ReplayPath;
  shareUrl: string;
  /** Where the link leads: the step shown, the call's step, or the first question. */
  leadsTo: 'page' | 'call' | 'start';
}) {
  const agent = useStore(helpDeskModeStore).value.agent ?? '';
  const mail = handoverMail(session, shareUrl);
  const email = call?.caller.email.trim() ?? '';
  // A mistyped address is left out: the agent's mail program asks for one.
  const to = isEmail(email) ? encodeURIComponent(email).replace('%40', '@') : '';
  return (
    <section aria-labelledby="help-desk-share">
      <h3 id="help-desk-share">{PANEL_TEXT.share}</h3>
      {call && (
        <p className="actions-inline">
          <CopyButton text={() => callSummary(call, shareUrl, new Date(), agent)} label={PANEL_TEXT.copySummary} />{' '}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() =>
              downloadText(
                summaryFileName(call, fileStamp(new Date(call.startedAt))),
                callSummary(call, shareUrl, new Date(), agent),
              )
            }
          >
            {PANEL_TEXT.downloadSummary}
          </button>
        </p>
      )}
      <p className="field-hint">{PANEL_TEXT.linkHint(leadsTo)}</p>
      <p className="share-url">
        <code>{shareUrl}</code>
      </p>
      <p className="actions-inline">
        <CopyButton text={shareUrl} label={PANEL_TEXT.copyLink} />{' '}
        <a className="button button-secondary button-small" href={mailtoHref(to, mail.subject, mail.body)}>
          {PANEL_TEXT.mailLink}
        </a>
      </p>
      <p className="field-hint">{to ? PANEL_TEXT.mailTo(email) : PANEL_TEXT.mailNoTo}</p>
    </section>
  );
}
