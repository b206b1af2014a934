/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './scripts/security-headers.mjs';
import { contacts } from './src/content/contacts.ts';
import { flowMapLayout } from './scripts/flow-map-plugin.ts';
import { prerender } from './scripts/prerender-plugin.ts';

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

export default defineConfig({
  plugins: [
    react(),
    cspMeta(),
    contactsInHtml(),
    flowMapLayout(),
    prerender(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false, // src/app/UpdateBanner.tsx registers it and offers updates
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
        // A prerendered page is served for its own URL only (a step with other answers is not the same page);
        // any other URL gets the shell, which the app renders.
        navigateFallback: '/shell.html',
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  build: {
    target: 'es2022',
    // The bundler's own preloading: the HTML asks for the entry's files at once, and a page loaded later
    // (a link, a redirect) for all of its files at once rather than one import after the other. A
    // prerendered page also asks for its own module's files (scripts/prerender-plugin.ts). No polyfill:
    // every browser the app supports preloads modules.
    modulePreload: { polyfill: false },
    // One stylesheet, linked from every page.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/](?!xstate[\\/])/, priority: 3 },
            { name: 'app', tags: ['$initial'], priority: 2 },
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
    // Vitest keeps a core free by default (one worker on two cores): the main process needs little. Never
    // fewer than two: with one worker, the VM pool runs every file in one context (src/setupTests.ts fails then).
    maxWorkers: Math.max(2, availableParallelism()),
    // Each test file in a VM context of its own, on worker threads: its modules are its own as before, but
    // jsdom and the dependencies load once per worker instead of once per file (unit run 58 s → 39 s here).
    pool: 'vmThreads',
    // Loaded only when Vitest runs (it sets VITEST): a build does not load Vitest.
    sequence: process.env.VITEST ? { sequencer: (await import('./scripts/longest-first.ts')).LongestFirst } : {},
  },
});
