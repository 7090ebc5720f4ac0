/**
 * The DecompressionStream the PDF reader gives pdf.js (src/ingest/pdf-inflate.ts): the same bytes as Node's own
 * for every format, an error (as a corrupt stream gives) past its cap, and the same text from every PDF.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractDocumentText } from '../../../src/ingest/index.ts';
import { InlineDecompressionStream } from '../../../src/ingest/pdf-inflate.ts';

/** Node's own DecompressionStream, taken before the PDF reader replaces it on this thread. */
const NodeDecompressionStream = globalThis.DecompressionStream;

async function inflateWith(stream: { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> }, chunks: Uint8Array[]): Promise<Buffer> {
  const writer = stream.writable.getWriter();
  const written = (async () => {
    for (const chunk of chunks) await writer.write(chunk);
    await writer.close();
  })().catch(() => undefined);
  const out: Uint8Array[] = [];
  for await (const chunk of stream.readable) out.push(chunk);
  await written;
  return Buffer.concat(out);
}

const TEXT = Buffer.from('BT /F1 11 Tf 72 720 Td (Vetting: NPPV3 and CTC) Tj ET\n'.repeat(200));

describe('inline DecompressionStream', () => {
  for (const [format, compress] of [['deflate', deflateSync], ['deflate-raw', deflateRawSync], ['gzip', gzipSync]] as const) {
    it(`gives the same bytes as Node's for ${format}, in one chunk or many`, async () => {
      const packed = new Uint8Array(compress(TEXT));
      const pieces = [packed.subarray(0, 7), packed.subarray(7, 100), packed.subarray(100)];
      const ours = await inflateWith(new InlineDecompressionStream(format), pieces);
      const node = await inflateWith(new NodeDecompressionStream(format), [packed]);
      expect(ours.equals(node)).toBe(true);
      expect(ours.equals(TEXT)).toBe(true);
    });
  }

  it('inflates brotli', async () => {
    expect((await inflateWith(new InlineDecompressionStream('brotli'), [new Uint8Array(brotliCompressSync(TEXT))])).equals(TEXT)).toBe(true);
  });

  it('errors on a corrupt stream, as Node does, so pdf.js falls back to its own inflater', async () => {
    const corrupt = new Uint8Array(deflateSync(TEXT));
    corrupt.fill(0xff, 10, 40);
    await expect(inflateWith(new InlineDecompressionStream('deflate'), [corrupt])).rejects.toThrow();
    await expect(inflateWith(new NodeDecompressionStream('deflate'), [corrupt])).rejects.toThrow();
  });

  it('errors on a stream that inflates past its cap, and holds nothing past it', async () => {
    const packed = new Uint8Array(deflateSync(TEXT));
    await expect(inflateWith(new InlineDecompressionStream('deflate', TEXT.length - 1), [packed])).rejects.toThrow(/larger than|maxOutputLength|buffer/i);
    expect((await inflateWith(new InlineDecompressionStream('deflate', TEXT.length), [packed])).length).toBe(TEXT.length);
  });

  it('refuses a format it does not know, as Node does', () => {
    expect(() => new InlineDecompressionStream('zip')).toThrow(TypeError);
  });

  it("reads every layout PDF to the same text as with Node's own DecompressionStream", async () => {
    const dir = join(import.meta.dirname, '../../fixtures/office/layout');
    const files = readdirSync(dir).filter((name) => name.endsWith('.pdf'));
    const read = async () => Promise.all(files.map(async (name) => (await extractDocumentText(new Uint8Array(readFileSync(join(dir, name))), name)).text));
    const inline = await read();
    expect(globalThis.DecompressionStream).toBe(InlineDecompressionStream);
    globalThis.DecompressionStream = NodeDecompressionStream;
    try {
      expect(await read()).toEqual(inline);
    } finally {
      globalThis.DecompressionStream = InlineDecompressionStream;
    }
    expect(inline.every((text) => text.length > 500)).toBe(true);
  });
});
