/**
 * The stages a page loads, one after the other (src/main.tsx the start, src/start.tsx the others), and the
 * modules each starts from. scripts/chunk-plan-plugin.ts lists their files in every page; src/lib/chunkPlan.ts
 * picks a URL's stages. The tools are those of src/screens/outcomeTools.tsx, the pages those of
 * src/lib/pages.ts, each the file src/app/App.tsx loads for it (a unit test checks that they agree); the
 * help-desk panel is beside every page while help-desk mode is on.
 */
export const CHUNK_STAGES = {
  start: ['src/start.tsx'],
  app: ['src/lib/storage.ts', 'src/app/ClientApp.tsx'],
  flow: ['src/screens/flow.ts'],
  delta: ['src/content/fr/delta.parts.tsx'],
  gamma: ['src/content/fr/gamma.parts.tsx'],
  'tool:delta.selfTrigger': ['src/incident/StartIncident.tsx'],
  'tool:gamma.backup': ['src/gamma/BackupTools.tsx'],
  'page:incidents': ['src/incident/IncidentsPage.tsx'],
  'page:incident': ['src/incident/IncidentPage.tsx'],
  'page:register': ['src/gamma/RegisterPage.tsx'],
  'page:form': ['src/gamma/BackupFormPage.tsx'],
  'page:map': ['src/map/FlowMapPage.tsx'],
  'page:data': ['src/data/DataPage.tsx'],
  'panel:helpDesk': ['src/agent/AgentPanel.tsx'],
} as const satisfies Record<string, readonly string[]>;

/** What a page has loaded before any stage: the entry (with its imports). */
export const LOADED_FIRST = ['src/main.tsx'] as const;
