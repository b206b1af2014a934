import { Link } from 'react-router';
import { useHelpDeskMode } from '../helpDesk/HelpDeskMode';
import { helpDeskModeStore } from '../helpDesk/store';
import { MODE_TEXT } from '../helpDesk/texts';
import { callReference } from '../helpDesk/calls';
import { useCalls } from '../helpDesk/useCalls';
import { useStore } from '../lib/useStore';
import { CheckboxField, TextField } from '../ui/Field';
import { PAGE_PATHS } from '../routes';
import { usePageHeading } from '../ui/usePageHeading';

/** Help-desk mode: what it is, and the switch (remembered in this browser). */
export default function HelpDeskPage() {
  const ref = usePageHeading(MODE_TEXT.title);
  const { enabled, toggle } = useHelpDeskMode();
  const { agent = '', keys } = useStore(helpDeskModeStore).value;
  const { current } = useCalls();
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {MODE_TEXT.title}
      </h1>
      <p>{MODE_TEXT.intro}</p>
      <p aria-live="polite">{enabled ? MODE_TEXT.on : MODE_TEXT.off}</p>
      {current && <p className="note">{MODE_TEXT.callOpen(callReference(current), enabled)}</p>}
      <p>
        <button type="button" className="button" onClick={toggle}>
          {enabled ? MODE_TEXT.turnOff : MODE_TEXT.turnOn}
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
      {enabled && (
        <CheckboxField
          id="help-desk-keys"
          label={MODE_TEXT.keys}
          hint={MODE_TEXT.keysHint}
          value={keys === false ? '' : 'yes'}
          onChange={(value) => helpDeskModeStore.update((v) => ({ ...v, keys: value === 'yes' }))}
        />
      )}
      <p>
        <Link className="tap-link" to={PAGE_PATHS.calls}>
          {MODE_TEXT.calls}
        </Link>
      </p>
    </>
  );
}
