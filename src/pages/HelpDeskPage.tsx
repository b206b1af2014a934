import { Link } from 'react-router';
import { useHelpDeskMode } from '../helpDesk/HelpDeskMode';
import { helpDeskModeStore } from '../helpDesk/store';
import { MODE_TEXT } from '../helpDesk/texts';
import { useStore } from '../lib/useStore';
import { TextField } from '../ui/Field';
import { PAGE_PATHS } from '../routes';
import { usePageHeading } from '../ui/usePageHeading';

/** Help-desk mode: what it is, and the switch (remembered in this browser). */
export default function HelpDeskPage() {
  const ref = usePageHeading('Mode assistance');
  const { enabled, toggle } = useHelpDeskMode();
  const agent = useStore(helpDeskModeStore).value.agent ?? '';
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        Mode assistance
      </h1>
      <p>
        Pour l’agent d’assistance qui guide un appelant au téléphone : à côté de chaque page, la phrase à lui dire, les
        faits à noter, les réponses de l’appelant avec leur heure, les issues encore possibles, des notes, le résumé de
        l’appel et un lien à lui transmettre. Ce que vous notez reste dans ce navigateur. Le mode reste activé dans ce
        navigateur jusqu’à ce que vous le désactiviez.
      </p>
      <p aria-live="polite">{enabled ? 'Le mode assistance est activé.' : 'Le mode assistance est désactivé.'}</p>
      <p>
        <button type="button" className="button" onClick={toggle}>
          {enabled ? 'Désactiver le mode assistance' : 'Activer le mode assistance'}
        </button>
      </p>
      {enabled && (
        <TextField
          id="help-desk-agent"
          label={MODE_TEXT.agent}
          hint={MODE_TEXT.agentHint}
          autoComplete="name"
          maxLength={80}
          value={agent}
          onChange={(value) => helpDeskModeStore.update((v) => ({ ...v, agent: value }))}
        />
      )}
      <p>
        <Link to={PAGE_PATHS.calls}>Historique des appels</Link>
      </p>
    </>
  );
}
