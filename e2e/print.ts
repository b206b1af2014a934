/** Printing in tests: the page saved as a PDF under test-results/print/, read back with poppler's tools. */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from './fixtures';
import { norm } from './helpers';

export interface Printed {
  /** pdfinfo's report, with the size of each page (`Page    1 size: …`). */
  info: string;
  pages: number;
  /** The text of page `n`, or of the whole PDF, spaces normalised (norm); with `layout`, as printed, columns kept. */
  text(n?: number, options?: { layout?: boolean }): string;
}

/** Prints the page as its print style shows it (A4, unless its CSS sets the page), then shows the screen again. */
export async function printPdf(page: Page, name: string, { background = false } = {}): Promise<Printed> {
  const dir = path.resolve('test-results/print');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: background });
  await page.emulateMedia({ media: 'screen' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
  return {
    info: execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file]).toString(),
    pages,
    text: (n, { layout = false } = {}) => {
      const range = n ? ['-f', String(n), '-l', String(n)] : [];
      const text = execFileSync('pdftotext', [...range, ...(layout ? ['-layout'] : []), file, '-']).toString();
      return layout ? text : norm(text);
    },
  };
}

/** Checks that a printed text holds every one of `has` and none of `lacks`, spaces normalised on both sides. */
export function expectPrinted(text: string, { has = [], lacks = [] }: { has?: string[]; lacks?: string[] }) {
  for (const part of has) expect(text).toContain(norm(part));
  for (const part of lacks) expect(text).not.toContain(norm(part));
}
