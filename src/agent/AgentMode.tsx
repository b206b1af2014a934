import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from '../lib/useStore';
import { agentModeStore } from './mode';

const AgentModeContext = createContext<{ enabled: boolean; toggle: () => void }>({ enabled: false, toggle: () => {} });

/** Help-desk mode on or off, remembered in this browser. */
export function AgentModeProvider({ children }: { children: ReactNode }) {
  const enabled = useStore(agentModeStore).value.enabled;
  return (
    <AgentModeContext.Provider
      value={{ enabled, toggle: () => agentModeStore.update((v) => ({ enabled: !v.enabled })) }}
    >
      {children}
    </AgentModeContext.Provider>
  );
}

export const useAgentMode = () => useContext(AgentModeContext);
