/**
 * Fetches at once the files of the stages a page will import (the plan the build writes into each page:
 * scripts/chunk-plan-plugin.ts), instead of one round trip after the other as each stage discovers its
 * imports. src/main.tsx asks for them all as it starts the app. `<link rel="modulepreload">` fetches and
 * parses a file without running it: src/start.tsx still runs the stages one at a time.
 *
 * No plan (the dev server), an unknown stage, a plan that cannot be read: nothing is preloaded, and the
 * stages load as before. Only paths on this origin are followed.
 */
import { pageOf, type PageName } from './pages';

export type Stage =
  'start' | 'app' | 'flow' | 'delta' | 'gamma' | `tool:${string}` | `page:${PageName}` | 'panel:helpDesk';

/** What this browser keeps that the first render shows (src/main.tsx reads it). */
export interface Kept {
  /** A diagnosis in progress, offered for resuming on the entry page. */
  readonly session: boolean;
  /** Help-desk mode: its panel beside every page. */
  readonly helpDesk: boolean;
}

/** The stages a URL needs before its first render, as src/main.tsx and src/start.tsx load them. */
export function stagesFor(pathname: string, search: string, kept: Kept): Stage[] {
  return [...pageStages(pathname, search, kept.session), ...(kept.helpDesk ? (['panel:helpDesk'] as const) : [])];
}

function pageStages(pathname: string, search: string, sessionKept: boolean): Stage[] {
  const stages: Stage[] = ['start', 'app'];
  // A page outside the diagnosis (incidents, the register…): its own file (src/app/App.tsx loads it).
  const page = pageOf(pathname);
  if (page === undefined) return stages;
  if (page !== 'step') return [...stages, `page:${page}`];
  // The entry page with nothing to replay does without the flows' engine (src/session/entry.ts); a
  // diagnosis to resume there (the page then waits, hidden: src/main.tsx) needs it.
  if (pathname !== '/' || search !== '' || sessionKept) stages.push('flow');
  const step = /^\/(delta|gamma)\/([A-Za-z]+)$/.exec(pathname);
  if (step) stages.push(step[1] as 'delta' | 'gamma', `tool:${step[1]}.${step[2]}`);
  return stages;
}

/**
 * Asks for the files of these stages (each once, the first stage's first), one per task; returns how many
 * it asks for.
 */
export function preloadStages(stages: readonly Stage[], doc: Document = document): number {
  let plan: unknown;
  try {
    plan = JSON.parse(doc.getElementById('chunk-plan')?.textContent ?? 'null');
  } catch {
    return 0;
  }
  if (typeof plan !== 'object' || plan === null) return 0;
  const hrefs = new Set<string>();
  for (const stage of stages) {
    const files: unknown = (plan as Record<string, unknown>)[stage];
    if (Array.isArray(files))
      for (const file of files) if (typeof file === 'string' && /^\/(?!\/)/.test(file)) hrefs.add(file);
  }
  // One link per task: Chromium starts each fetch as the link is inserted, which takes up to 20 ms of a
  // 4×-slowed CPU (measured); a loop over them all was one task of 50–140 ms on the main thread.
  const queue = [...hrefs];
  const next = () => {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.href = queue.shift()!;
    doc.head.append(link);
    if (queue.length > 0) setTimeout(next, 0);
  };
  if (queue.length > 0) next();
  return hrefs.size;
}
