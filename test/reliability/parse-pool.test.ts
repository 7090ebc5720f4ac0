/**
 * The parse pool reads documents in worker threads exactly as the in-process parser does, keeps errors a
 * person can act on, and survives a worker that runs out of heap, overruns its time or is closed mid-parse.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseDocumentBytes } from '../../src/ingest/parse-document-bytes.ts';
import { createParsePool, type ParsePool } from '../../src/ingest/parse-pool.ts';
import { rejection } from '../support/rejection.ts';

const SEED = 'hertfordshire-pcso-role-profile.txt';
const seedBytes = new Uint8Array(readFileSync(new URL(`../../data/sources/${SEED}`, import.meta.url)));

/** A plain-text role document of roughly `chars` characters: a title, then many distinct duty lines. */
function longRoleDocument(chars: number): Uint8Array {
  const lines = ['Job title: Records Clerk', 'Grade: Scale 4', 'Main duties:'];
  let length = 0;
  for (let i = 0; length < chars; i += 1) {
    const line = `- Keep register ${i} of case file ${i * 7} up to date for the unit ${i % 97}.`;
    lines.push(line);
    length += line.length + 1;
  }
  return new TextEncoder().encode(lines.join('\n'));
}


/** One pool for the tests that do not break workers: starting a worker costs a second or more here. */
let shared: ParsePool;
beforeAll(() => {
  shared = createParsePool({ size: 2 });
});
afterAll(() => shared.close());

let pool: ParsePool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('parse pool', () => {
  it('gives the same profile, warnings and text as parsing in-process', async () => {
    const inWorker = await shared.parse(seedBytes, SEED);
    const inProcess = await parseDocumentBytes(seedBytes, SEED);
    expect(inWorker).toEqual(inProcess);
    expect(inWorker.profile.title.length).toBeGreaterThan(0);
  });

  it('passes a RoleCallError through with its code, message and hint', async () => {
    const error = await rejection(shared.parse(new Uint8Array(0), 'blank.txt'));
    expect(error.code).toBe('FILE_EMPTY');
    expect(error.message).toBe('blank.txt: the file is empty (no text in it).');
    expect(error.hint).toBe('Check you chose the right file.');
  });

  it('parses several documents at once on several workers', async () => {
    const titles = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        shared.parse(new TextEncoder().encode(`Job title: Station Enquiry Officer ${i}\nGrade: Scale ${i + 2}\n`), `enquiry-${i}.txt`),
      ),
    );
    expect(titles.map((parsed) => parsed.doc.file)).toEqual(['enquiry-0.txt', 'enquiry-1.txt', 'enquiry-2.txt', 'enquiry-3.txt', 'enquiry-4.txt']);
  });

  it('a document that exhausts the worker heap is a clear error, and the next parse works', async () => {
    pool = createParsePool({ size: 1, maxHeapMb: 24 });
    const error = await rejection(pool.parse(longRoleDocument(900_000), 'huge-register.txt'));
    expect(error.code).toBe('PARSE_FAILED');
    expect(error.message).toMatch(/^huge-register\.txt: reading the document needed more than the 24 MB allowed/);
    expect(error.hint).toMatch(/split it/);
    const next = await pool.parse(seedBytes, SEED);
    expect(next.doc.file).toBe(SEED);
  });

  it('a document that overruns the time limit is stopped with a clear error, and the next parse works', async () => {
    pool = createParsePool({ size: 1, timeoutMs: 1 });
    const error = await rejection(pool.parse(longRoleDocument(900_000), 'slow-register.txt'));
    expect(error.code).toBe('PARSE_FAILED');
    expect(error.message).toMatch(/^slow-register\.txt: reading the document took longer than the 0 s allowed/);
    await pool.close();
    pool = createParsePool({ size: 1 });
    expect((await pool.parse(seedBytes, SEED)).doc.file).toBe(SEED);
  });

  it('close rejects parses still waiting, and parsing after close is refused', async () => {
    pool = createParsePool({ size: 1 });
    const waiting = expect(pool.parse(seedBytes, SEED)).rejects.toThrow(/closed before the document was read/);
    await pool.close();
    await waiting;
    await expect(pool.parse(seedBytes, SEED)).rejects.toThrow(/closed/);
  });
});
