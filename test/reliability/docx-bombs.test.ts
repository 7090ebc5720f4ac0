/**
 * Zip bombs as .docx: small on disk, huge once inflated, with honest headers and with headers that lie.
 * Each is refused with a clear DOCUMENT_OVER_LIMIT error naming the file and the part, and memory stays
 * flat: nothing is inflated past what the limits allow. What is under the limits still reads.
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { RoleCallError } from '../../src/errors.ts';
import { boundedDocx, DOCX_LIMITS } from '../../src/ingest/bounded-docx.ts';
import { extractDocumentText } from '../../src/ingest/extract-text.ts';
import { buildZip, packageParts, repeatedParagraphs, smallDocx } from './zip-bombs.ts';

const MB = 1024 * 1024;

async function refusal(bytes: Uint8Array, fileName: string): Promise<{ error: RoleCallError; rssGrowthMb: number }> {
  const before = process.memoryUsage().rss;
  const error = await extractDocumentText(bytes, fileName).then(
    () => null,
    (reason: unknown) => reason,
  );
  const rssGrowthMb = (process.memoryUsage().rss - before) / MB;
  expect(error).toBeInstanceOf(RoleCallError);
  return { error: error as RoleCallError, rssGrowthMb };
}

describe('.docx zip bombs', () => {
  const gigabyte = repeatedParagraphs(1024);

  it('the generated bomb is small on disk and huge inflated', () => {
    const bytes = buildZip([...packageParts(), { name: 'word/document.xml', packed: gigabyte.packed, declaredSize: gigabyte.size }]);
    // Well inside the 10 MB upload limit, so only the zip checks stand between it and the parser.
    expect(bytes.byteLength).toBeLessThan(4 * MB);
    expect(gigabyte.size).toBeGreaterThan(1000 * MB);
    // The same construction, small enough to inflate here, gives exactly the size it claims.
    const eight = repeatedParagraphs(8);
    const xml = inflateRawSync(eight.packed).toString('utf8');
    expect(xml.length).toBe(eight.size);
    expect(xml).toMatch(/^<\?xml[\s\S]*<w:body>(<w:p><w:r><w:t>[^<]+<\/w:t><\/w:r><\/w:p>)+<\/w:body><\/w:document>$/);
  });

  it('refuses a part that declares more than its limit, before inflating anything', async () => {
    const bytes = buildZip([...packageParts(), { name: 'word/document.xml', packed: gigabyte.packed, declaredSize: gigabyte.size }]);
    const { error, rssGrowthMb } = await refusal(bytes, 'honest-bomb.docx');
    expect(error.code).toBe('DOCUMENT_OVER_LIMIT');
    expect(error.message).toBe(
      "honest-bomb.docx: the Word document's part word/document.xml would unpack to 1024.0 MB, over the 20.0 MB limit, so it was not opened (a damaged file, or one built to exhaust memory).",
    );
    expect(error.hint).toMatch(/^A role document is a few pages/);
    expect(rssGrowthMb).toBeLessThan(100);
  });

  it('stops inflating a part whose header claims it is small, as soon as it passes that size', async () => {
    const bytes = buildZip([...packageParts(), { name: 'word/document.xml', packed: gigabyte.packed, declaredSize: 4096 }]);
    const { error, rssGrowthMb } = await refusal(bytes, 'lying-bomb.docx');
    expect(error.code).toBe('DOCUMENT_OVER_LIMIT');
    expect(error.message).toMatch(/^lying-bomb\.docx: the Word document's part word\/document\.xml unpacks to more than the 4096 bytes its header declares/);
    expect(rssGrowthMb).toBeLessThan(100);
  });

  it('refuses parts that each pass but together declare more than the total limit (overlapping entries)', async () => {
    const shared = repeatedParagraphs(15);
    const copies = Array.from({ length: 30 }, (_, i) => ({
      name: `word/media/copy${i}.xml`,
      packed: shared.packed,
      declaredSize: shared.size,
      ...(i > 0 ? { shareDataWith: 'word/media/copy0.xml' } : {}),
    }));
    const bytes = buildZip([...packageParts(), ...copies]);
    expect(bytes.byteLength).toBeLessThan(MB);
    const { error, rssGrowthMb } = await refusal(bytes, 'overlap.docx');
    expect(error.code).toBe('DOCUMENT_OVER_LIMIT');
    expect(error.message).toMatch(/^overlap\.docx: the Word document would unpack to 450\.\d MB, over the 60\.0 MB limit/);
    expect(rssGrowthMb).toBeLessThan(100);
  });

  it('refuses a compression ratio no document has, even under the size limits', async () => {
    const ten = repeatedParagraphs(10);
    const bytes = buildZip([...packageParts(), { name: 'word/document.xml', packed: ten.packed, declaredSize: ten.size }]);
    const { error } = await refusal(bytes, 'dense.docx');
    expect(error.code).toBe('DOCUMENT_OVER_LIMIT');
    expect(error.message).toMatch(/^dense\.docx: the Word document would unpack to \d+ times its packed size, over the 100× any document reaches/);
  });

  it('a part with a lying header is caught while inflating even when every declared figure passes', async () => {
    // Declares 1 MB at a ratio of 1 (passes everything), holds 10 MB.
    const ten = repeatedParagraphs(10);
    const bytes = buildZip([...packageParts(), { name: 'word/document.xml', packed: ten.packed, declaredSize: ten.packed.byteLength }]);
    expect(() => boundedDocx(bytes, 'quiet-liar.docx')).toThrow(/quiet-liar\.docx: the Word document's part word\/document\.xml unpacks to more than/);
  });

  it('a .docx under the limits reads as before', async () => {
    const doc = await extractDocumentText(smallDocx(['Job title: Property Officer', 'Grade: Scale 5', 'Vetting: RV']), 'property-officer.docx');
    expect(doc.text.split('\n')).toEqual(['Job title: Property Officer', 'Grade: Scale 5', 'Vetting: RV']);
  });

  it('a file cut short or that is not a zip is unreadable, not a crash', async () => {
    const whole = smallDocx(['Job title: Property Officer']);
    for (const [bytes, name] of [
      [whole.subarray(0, whole.byteLength - 30), 'cut.docx'],
      [new TextEncoder().encode('PK but not really a zip'), 'fake.docx'],
    ] as const) {
      const { error } = await refusal(bytes, name);
      expect(error.code).toBe('UNREADABLE_DOCUMENT');
      expect(error.message).toMatch(new RegExp(`^${name.replace('.', '\\.')}: the Word document could not be opened \\(`));
    }
  });

  it('the limits leave room for any real role document', () => {
    expect(DOCX_LIMITS.maxDocumentXmlBytes).toBeGreaterThanOrEqual(20 * MB);
    expect(DOCX_LIMITS.maxRatio).toBeGreaterThanOrEqual(50);
  });
});
