// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contacts } from './contacts';

/** Every source file of the app and its HTML page, but the contacts file itself and the tests and their helpers. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) &&
      !/\.test\.tsx?$/.test(name) &&
      !path.includes('testing/') &&
      !path.endsWith('content/contacts.ts')
      ? [path]
      : [];
  });
}

describe('contacts', () => {
  test('every phone, e-mail and link of the SAU and douane.gouv.fr comes from contacts.ts', () => {
    const forbidden = [
      /0?9[\s.\u00A0]?70[\s.\u00A0]?28[\s.\u00A0]?01[\s.\u00A0]?00/,
      /09 702 80 100/,
      /\+33\s?9\s?70/,
      new RegExp(contacts.sau.email.replace(/[.]/g, '\\.'), 'i'),
      /https?:\/\/(www\.)?douane\.gouv\.fr/,
    ];
    const found: string[] = [];
    for (const file of [...sources('src'), 'index.html']) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of forbidden) if (pattern.test(text)) found.push(`${file}: ${pattern}`);
    }
    expect(found).toEqual([]);
  });
});
