import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from '../lib/useStore';
import { helpDeskModeStore } from './store';

const HelpDeskModeContext = createContext<{ enabled: boolean; toggle: () => void }>({
  enabled: false,
  toggle: () => {},
});

/** Help-desk mode on or off, remembered in this browser. */
export function HelpDeskModeProvider({ children }: { children: ReactNode }) {
  const enabled = useStore(helpDeskModeStore).value.enabled;
  return (
    <HelpDeskModeContext.Provider
      value={{ enabled, toggle: () => helpDeskModeStore.update((v) => ({ ...v, enabled: !v.enabled })) }}
    >
      {children}
    </HelpDeskModeContext.Provider>
  );
}

export const useHelpDeskMode = () => useContext(HelpDeskModeContext);
