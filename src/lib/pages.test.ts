// @vitest-environment node
import { matchRoutes } from 'react-router';
import { PAGE_PATHS, pageOf } from './pages';

/** The routes of src/app/App.tsx, as the router ranks them. */
const ROUTES = [
  { path: '/', id: 'step' },
  ...Object.entries(PAGE_PATHS).map(([id, path]) => ({ path, id })),
  { path: '/:flow/:step', id: 'step' },
  { path: '*', id: 'notFound' },
];

describe('the page a path shows', () => {
  it.each([
    '/',
    '/delta/service',
    '/gamma/backup',
    '/delta/inconnu',
    '/incidents',
    '/incidents/',
    '/Incidents',
    '/incidents/2026-11-24-a1b2',
    '/incidents/a/b',
    '/registre-lrn',
    '/registre-lrn/formulaire/26FR1234567890ABCDE',
    '/registre-lrn/formulaire',
    '/carte/delta',
    '/carte/gamma',
    '/donnees',
    '/DONNEES/',
    '/inconnu',
    '/a/b/c',
  ])('%s: the one the router renders', (path) => {
    const leaf = matchRoutes(ROUTES, path)?.at(-1)?.route.id;
    expect(pageOf(path) ?? 'notFound').toBe(leaf);
  });
});
