/**
 * The corpus documents as HR hold them: each rendered as a Word file and as a PDF, read back through the
 * real extraction (mammoth, unpdf) and parser, and checked on the facts people decide on. PDF text loses
 * blank lines and indentation, which is exactly what role documents from other forces look like.
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { parseDocument, readDocumentFile } from '../../src/ingest/index.ts';
import { RoleProfileSchema, type RoleProfile } from '../../src/profile/role-profile.ts';
import { DOCUMENTS_DIR, loadExpectedFacts } from './expected-facts.ts';
import { factChecks } from './fact-checks.ts';
import { itChecksFacts } from './fact-tests.ts';
import { RENDERED_GAPS } from './parser-gaps.ts';
import { renderDocx, renderPdf } from './render-documents.ts';

/** The facts people decide on; list contents are covered by the text corpus. */
const KEY_FACTS = /^(title|titleInferred|title is not .*|organisation|staffType|rank|grade|roleCode|weeklyHours|reportsTo|vetting\.status|vetting\.levels|driving|essential criteria count|desirable criteria count)$/;

const FORMATS = [
  { format: 'docx', render: renderDocx },
  { format: 'pdf', render: renderPdf },
] as const;

describe('held-out corpus rendered as .docx and .pdf: parser', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rolecall-corpus-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  for (const { format, render } of FORMATS) {
    // Office documents are real .docx/.pdf files already (parser-corpus.test.ts); only text is rendered here.
    for (const expected of loadExpectedFacts().filter((e) => e.formats === undefined)) {
      const name = expected.document.replace(/\.\w+$/, `.${format}`);
      describe(`${format}: ${name}`, () => {
        const gaps = RENDERED_GAPS[`${format}/${expected.document}`] ?? {};
        // Rendered and parsed once, inside the tests, so a refused document fails (or, listed, "fails") each fact.
        let parsing: Promise<{ profile: RoleProfile; text: string }> | undefined;
        const parsed = (): Promise<{ profile: RoleProfile; text: string }> =>
          (parsing ??= (async () => {
            const path = join(dir, name);
            writeFileSync(path, await render(readFileSync(join(DOCUMENTS_DIR, expected.document), 'utf8')));
            const doc = await readDocumentFile(path);
            return { profile: RoleProfileSchema.parse(parseDocument(doc).profile), text: doc.text };
          })());

        const notRendered = new Set(expected.notInRendered?.facts ?? []);
        itChecksFacts(factChecks(expected).filter((f) => KEY_FACTS.test(f.name) && !notRendered.has(f.name)), gaps, parsed);
      });
    }
  }
});
