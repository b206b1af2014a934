import { CopyButton } from '../ui/CopyButton';
import { Notice } from '../ui/Notice';
import { useHelpDeskMode } from './HelpDeskMode';

/**
 * In help-desk mode, on a tool that records (incident, LRN register): what is recorded here stays in the
 * agent's browser, not the caller's; the caller records it on their side from the link to their step.
 * @param stepHref the caller's step (path and query), to copy as a link for them
 */
export function AgentRecordsNotice({ stepHref }: { stepHref?: string }) {
  const helpDesk = useHelpDeskMode().enabled;
  if (!helpDesk) return null;
  return (
    <Notice tone="warning">
      Mode assistance : ce que vous enregistrez ici reste dans votre navigateur, pas dans celui de l’appelant. Pour
      qu’il l’enregistre de son côté, transmettez-lui le lien de son étape
      {stepHref ? ' :' : ' (panneau « Résumé et lien »).'}
      {stepHref && (
        <>
          {' '}
          <CopyButton text={() => `${window.location.origin}${stepHref}`} label="Copier le lien pour l’appelant" />
        </>
      )}
    </Notice>
  );
}
