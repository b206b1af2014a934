import { CopyButton } from '../ui/CopyButton';
import { Notice } from '../ui/Notice';
import { useHelpDeskMode } from './HelpDeskMode';
import { MODE_TEXT } from './texts';

/**
 * In help-desk mode, on a tool that records (incident, LRN register): what is recorded here stays in the
 * agent's browser, not the caller's; the caller records it on their side from the link to their step.
 * @param stepHref the caller's step (path and query), to copy as a link for them
 */
export function AgentRecordsNotice({ stepHref }: { stepHref?: string }) {
  const helpDesk = useHelpDeskMode().enabled;
  if (!helpDesk) return null;
  // On screen only: a printed record is the caller's, not the agent's. Part of every such page while the
  // mode is on: not announced as an alert each time.
  return (
    <div className="no-print">
      <Notice tone="warning" live={false}>
        {MODE_TEXT.notice}
        {stepHref ? MODE_TEXT.noticeWithLink : MODE_TEXT.noticeWithoutLink}
        {stepHref && (
          <>
            {' '}
            <CopyButton text={() => `${window.location.origin}${stepHref}`} label={MODE_TEXT.copyLink} />
          </>
        )}
      </Notice>
    </div>
  );
}
