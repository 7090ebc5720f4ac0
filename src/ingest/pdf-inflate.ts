/**
 * pdf.js (inside unpdf) inflates every Flate stream of a PDF, its page content and its fonts, through the web
 * `DecompressionStream`. In Node that is a web stream over zlib's thread pool: for the handful of small streams
 * a role document has, the hand-offs between threads and stream queues cost more than the inflating itself, and
 * the thread reading the PDF sat idle for about a fifth of its time waiting on them (measured with --cpu-prof on
 * the LibreOffice-made layout fixtures).
 *
 * `useInlineInflate()` gives the thread that reads PDFs a `DecompressionStream` that inflates on this thread, at
 * once, when its input is closed: the same interface (a TransformStream of bytes), the same formats, the same
 * output. Two differences, both deliberate:
 * - its output is capped (MAX_INFLATED_BYTES); a stream that would inflate past it errors, as a corrupt stream
 *   does, and pdf.js then falls back to its own inflater as it always has for a stream its first try fails on;
 * - it blocks this thread while it inflates. PDFs are read on the parse pool's worker threads in the bot (the
 *   pool's time limit still applies) and by the CLI, so no Slack request waits behind it.
 * Nothing else in Role Call uses DecompressionStream; anything that did would get the same bytes.
 */
import { brotliDecompressSync, inflateRawSync, inflateSync, gunzipSync } from 'node:zlib';

/** Far more than any stream of a role document inflates to (fonts and page text run to kilobytes). */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

type Format = 'deflate' | 'deflate-raw' | 'gzip' | 'brotli';

const INFLATERS: Record<Format, (input: Buffer, maxOutputLength: number) => Buffer> = {
  deflate: (input, maxOutputLength) => inflateSync(input, { maxOutputLength }),
  'deflate-raw': (input, maxOutputLength) => inflateRawSync(input, { maxOutputLength }),
  gzip: (input, maxOutputLength) => gunzipSync(input, { maxOutputLength }),
  brotli: (input, maxOutputLength) => brotliDecompressSync(input, { maxOutputLength }),
};

function isFormat(format: string): format is Format {
  return Object.hasOwn(INFLATERS, format);
}

/** A DecompressionStream that inflates on this thread when its input closes. */
export class InlineDecompressionStream extends TransformStream<ArrayBufferView | ArrayBuffer, Uint8Array> {
  /** `maxBytes` is for tests; DecompressionStream's callers give only the format. */
  constructor(format: string, maxBytes = MAX_INFLATED_BYTES) {
    if (!isFormat(format)) throw new TypeError(`DecompressionStream: unsupported format "${format}"`);
    const inflate = INFLATERS[format];
    const chunks: Buffer[] = [];
    super({
      transform(chunk) {
        chunks.push(ArrayBuffer.isView(chunk) ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.from(chunk));
      },
      flush(controller) {
        const out = inflate(chunks.length === 1 ? (chunks[0] ?? Buffer.alloc(0)) : Buffer.concat(chunks), maxBytes);
        chunks.length = 0;
        controller.enqueue(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
      },
    });
  }
}

let installed = false;

/** Makes this thread's DecompressionStream the inline one (once; see the module comment for why). */
export function useInlineInflate(): void {
  if (installed) return;
  installed = true;
  Object.defineProperty(globalThis, 'DecompressionStream', { value: InlineDecompressionStream, writable: true, configurable: true });
}
