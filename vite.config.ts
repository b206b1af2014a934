/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './scripts/security-headers.mjs';
import { contacts } from './src/content/contacts.ts';
import { flowMapLayout } from './scripts/flow-map-plugin.ts';
import { prerender } from './scripts/prerender-plugin.ts';
import { appChunk } from './scripts/app-chunk-plugin.ts';
import { chunkPlan } from './scripts/chunk-plan-plugin.ts';
import { CHUNK_STAGES, LOADED_FIRST } from './scripts/chunk-stages.ts';

/** What loads before the app: the entry, the start and the stores' first stage. */
const before = ['src/main.tsx', 'src/start.tsx', 'src/lib/storage.ts'];
/** The app's code for every page: what ClientApp imports, less what loads before it. */
const app = appChunk(['src/app/ClientApp.tsx'], before);
/**
 * The flows' engine and the outcome page (src/screens/flow.ts): every page but the entry page with nothing
 * to replay loads them, after the app.
 */
const flow = appChunk(['src/screens/flow.ts'], [...before, 'src/app/ClientApp.tsx'], 'flow');

/** The CSP as a meta tag in the built index.html (not in dev, where Vite needs inline scripts). */
function cspMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors')) // ignored in a meta tag
    .join('; ');
  return {
    name: 'csp-meta',
    apply: 'build',
    // Right after the charset, before any script or style it governs.
    transformIndexHtml: (html) =>
      html.replace(
        /<meta charset="UTF-8" \/>/,
        `$&\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      ),
  };
}

/** The contacts written in index.html (the no-JavaScript message) come from src/content/contacts.ts. */
function contactsInHtml(): Plugin {
  return {
    name: 'contacts-in-html',
    transformIndexHtml: (html) => html.replaceAll('%SAU_PHONE%', contacts.sau.phoneDisplay),
  };
}

/**
 * The entry script is fetched at low priority: a prerendered page paints from its HTML and stylesheet alone,
 * and the entry only loads the app after that paint (src/main.tsx), so it must not compete with the
 * stylesheet on a slow connection.
 */
function entryAfterStylesheet(): Plugin {
  return {
    name: 'entry-after-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const entry = /<script type="module" crossorigin src=/;
        // Vite writes the entry's tag itself: if its shape changes, say so rather than ship it unchanged.
        if (!entry.test(html)) throw new Error('entry-after-stylesheet: no entry script tag found');
        return html.replace(entry, '<script type="module" crossorigin fetchpriority="low" src=');
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    cspMeta(),
    contactsInHtml(),
    entryAfterStylesheet(),
    flowMapLayout(),
    chunkPlan(CHUNK_STAGES, LOADED_FIRST),
    prerender(),
    app.plugin,
    flow.plugin,
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false, // src/app/serviceWorker.ts registers it and offers updates
      includeAssets: ['favicon.svg', 'robots.txt', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png'],
      manifest: {
        name: 'Secours douane – pannes DELTA et GAMMA 2',
        short_name: 'Secours douane',
        description:
          'Panne d’un service en ligne de la douane (DELTA, GAMMA 2) : diagnostic et procédure de secours, même hors ligne.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b4f6c',
        background_color: '#ffffff',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,txt,webmanifest}'],
        // Steps are precached as prerendered pages (their answers, `v` and `r`, are not part of the key);
        // any other route gets the shell.
        navigateFallback: '/shell.html',
        ignoreURLParametersMatching: [/^v$/, /^r$/],
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  build: {
    target: 'es2022',
    // No preloading helper: it resolved and appended a <link rel="modulepreload"> per dependency of each
    // dynamic import, on the main thread (measured: about 200 ms of a 4×-slowed CPU while the page loads). A page
    // asks for all its files at once instead, from the plan the build writes into it (scripts/chunk-plan-plugin.ts).
    modulePreload: false,
    // The one stylesheet, linked from the HTML: not a dependency of each chunk, to check on every import.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries in one file each, evaluated one task at a time (src/start.tsx): a long script
          // evaluated in one go would hold the main thread of a slow phone. The app's own code is in two
          // files (scripts/app-chunk-plugin.ts): what every page needs, and the flows' engine with the outcome
          // page, which the entry page does without. Their dependencies stay where they are (the stores with
          // their first stage, the storage key with the entry), so that the entry imports nothing before the
          // paint.
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'xstate', test: /node_modules[\\/]xstate[\\/]/ },
            { name: 'app', test: app.test, includeDependenciesRecursively: false },
            { name: 'flow', test: flow.test, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/setupTests.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    // Vitest keeps a core free by default (one worker on two cores): the main process needs little.
    maxWorkers: availableParallelism(),
    // Worker threads start faster than child processes (about 2.5 s of the unit run here), and no test
    // needs a process of its own (no native module, no process.chdir).
    pool: 'threads',
  },
});
