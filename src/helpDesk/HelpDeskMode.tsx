import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from '../lib/useStore';
import { helpDeskModeStore } from './store';

const HelpDeskModeContext = createContext<{ enabled: boolean; keys: boolean; toggle: () => void }>({
  enabled: false,
  keys: true,
  toggle: () => {},
});

/** Help-desk mode on or off, and its single-key shortcuts (on unless turned off), remembered in this browser. */
export function HelpDeskModeProvider({ children }: { children: ReactNode }) {
  const { enabled, keys } = useStore(helpDeskModeStore).value;
  return (
    <HelpDeskModeContext.Provider
      value={{
        enabled,
        keys: keys !== false,
        toggle: () => helpDeskModeStore.update((v) => ({ ...v, enabled: !v.enabled })),
      }}
    >
      {children}
    </HelpDeskModeContext.Provider>
  );
}

export const useHelpDeskMode = () => useContext(HelpDeskModeContext);
