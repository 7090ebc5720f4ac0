/**
 * A .docx is a zip, and a zip can be a bomb: a megabyte on disk that inflates to gigabytes. mammoth (through
 * jszip) inflates every part it reads with no limit, so it is never given the original file. Instead:
 *
 * 1. the zip's central directory is read, and the file is refused when a part declares more than its limit,
 *    the parts together declare more than the total limit, or they declare a compression ratio no document
 *    has;
 * 2. each part is inflated here with node:zlib under an output cap equal to what it declared (itself within
 *    the limits), so a header that lies about its size is caught as soon as the data passes it;
 * 3. mammoth gets a rebuilt zip of the checked parts, stored uncompressed, so it reads exactly what was
 *    checked and inflates nothing.
 */
import { inflateRawSync } from 'node:zlib';
import { RoleCallError } from '../errors.ts';
import { readZipDirectory, writeStoredZip, ZipFormatError, type ZipEntry } from './zip-directory.ts';

export interface DocxLimits {
  /** The largest main document part (word/document.xml) once inflated. */
  maxDocumentXmlBytes: number;
  /** The largest any other part (styles, numbering, an image) once inflated. */
  maxPartBytes: number;
  /** All parts together once inflated. */
  maxTotalBytes: number;
  /** Inflated size over compressed size across the file, checked once the total is over `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxParts: number;
}

const MB = 1024 * 1024;

/**
 * A long role document's word/document.xml is well under 2 MB and its whole .docx inflates to a few MB;
 * ordinary XML compresses 5-20 times. These leave room for large, image-heavy documents and none for bombs.
 */
export const DOCX_LIMITS: DocxLimits = {
  maxDocumentXmlBytes: 20 * MB,
  maxPartBytes: 20 * MB,
  maxTotalBytes: 60 * MB,
  maxRatio: 100,
  ratioFloorBytes: 4 * MB,
  maxParts: 2000,
};

const MAIN_PART = 'word/document.xml';

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

function overLimit(fileName: string, what: string): RoleCallError {
  return new RoleCallError(
    'DOCUMENT_OVER_LIMIT',
    `${fileName}: ${what}, so it was not opened (a damaged file, or one built to exhaust memory).`,
    'A role document is a few pages: check you chose the right file, or open it in Word and save it again as .docx.',
  );
}

function partLimit(entry: ZipEntry, limits: DocxLimits): number {
  return entry.name === MAIN_PART ? limits.maxDocumentXmlBytes : limits.maxPartBytes;
}

/** Step 1: refuse on what the directory declares, before inflating anything. */
function checkDeclared(fileName: string, entries: readonly ZipEntry[], limits: DocxLimits): void {
  const names = new Set<string>();
  let total = 0;
  let compressed = 0;
  for (const entry of entries) {
    if (names.has(entry.name)) throw overLimit(fileName, `the Word document lists its part ${entry.name} twice`);
    names.add(entry.name);
    const limit = partLimit(entry, limits);
    if (entry.uncompressedSize > limit) {
      throw overLimit(fileName, `the Word document's part ${entry.name} would unpack to ${megabytes(entry.uncompressedSize)}, over the ${megabytes(limit)} limit`);
    }
    total += entry.uncompressedSize;
    compressed += entry.compressedSize;
  }
  if (total > limits.maxTotalBytes) {
    throw overLimit(fileName, `the Word document would unpack to ${megabytes(total)}, over the ${megabytes(limits.maxTotalBytes)} limit`);
  }
  const ratio = total / Math.max(1, compressed);
  if (total > limits.ratioFloorBytes && ratio > limits.maxRatio) {
    throw overLimit(fileName, `the Word document would unpack to ${Math.round(ratio)} times its packed size, over the ${limits.maxRatio}× any document reaches`);
  }
}

/** Step 2: inflate one part, stopping as soon as it passes what it declared. */
function inflatePart(fileName: string, bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const packed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (packed.byteLength !== entry.uncompressedSize) throw overLimit(fileName, `the Word document's part ${entry.name} is not the size its header declares`);
    return packed;
  }
  try {
    // maxOutputLength must be at least 1; an empty part that inflates to one byte is harmless.
    return inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw overLimit(fileName, `the Word document's part ${entry.name} unpacks to more than the ${entry.uncompressedSize} bytes its header declares`);
    }
    throw new RoleCallError(
      'UNREADABLE_DOCUMENT',
      `${fileName}: the Word document could not be opened (its part ${entry.name} is damaged).`,
      'Open it in Word and save it again as .docx (not .doc), then try again.',
    );
  }
}

/**
 * The .docx in `bytes`, checked and rebuilt with every part stored, for mammoth to read. Throws
 * RoleCallError DOCUMENT_OVER_LIMIT for a bomb, UNREADABLE_DOCUMENT for a file that is not a usable zip.
 */
export function boundedDocx(bytes: Uint8Array, fileName: string, limits: DocxLimits = DOCX_LIMITS): Uint8Array {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, limits.maxParts);
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    throw new RoleCallError(
      'UNREADABLE_DOCUMENT',
      `${fileName}: the Word document could not be opened (${error.message}).`,
      'Open it in Word and save it again as .docx (not .doc), then try again.',
    );
  }
  checkDeclared(fileName, entries, limits);
  // The declared sizes passed the limits, and no part may inflate past its declared size, so the parts
  // inflated here stay within the same limits however the headers lie.
  return writeStoredZip(entries.map((entry) => ({ entry, data: inflatePart(fileName, bytes, entry) })));
}
