/**
 * How PDFs are read, not what they say: one pdf.js worker serves every document (so documents read at the
 * same time must not mix), and pages are asked for a few at a time (so a long PDF must keep its page order).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocumentText } from '../../../src/ingest/index.ts';
import { renderPdf } from '../../corpus/render-documents.ts';

const DIR = join(import.meta.dirname, '../../fixtures/office/layout');

/** "Entry bac": lines told apart by letters, since page furniture is recognised with its digits ignored. */
function lettered(n: number): string {
  let word = '';
  for (let rest = n; word.length < 3; rest = Math.floor(rest / 26)) word = String.fromCharCode(97 + (rest % 26)) + word;
  return `Entry ${word} of the exhibits register.`;
}

describe('reading PDFs', () => {
  it('reads documents at the same time as it reads them one by one', async () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.pdf'));
    const read = (name: string) => extractDocumentText(new Uint8Array(readFileSync(join(DIR, name))), name).then((doc) => doc.text);
    const oneByOne: string[] = [];
    for (const name of files) oneByOne.push(await read(name));
    expect(await Promise.all([...files, ...files].map(read))).toEqual([...oneByOne, ...oneByOne]);
  });

  it('keeps the page order of a PDF longer than the pages it asks for at once', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => lettered(i));
    const bytes = await renderPdf(lines.join('\n'));
    const doc = await extractDocumentText(bytes, 'register.pdf');
    expect(doc.text.split('\n')).toEqual(lines);
  });
});
