/**
 * The central directory of a zip file (a .docx is one), read without inflating anything: each entry's name,
 * compression method and the sizes it declares, and where its data starts. Enough to refuse a zip bomb
 * before a single byte is inflated, and to inflate entries one at a time under a limit.
 *
 * Only what Word, LibreOffice and the docx libraries write is accepted: one disk, no ZIP64, no encryption,
 * entries stored or deflated. Anything else is a ZipFormatError with a reason a person can be told.
 */

export interface ZipEntry {
  /** The name as bytes (kept for rebuilding the zip) and decoded. */
  nameBytes: Uint8Array;
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** General-purpose flags; bit 11 says the name is UTF-8. */
  flags: number;
  crc32: number;
  compressedSize: number;
  /** What the directory declares; the data may disagree, so the inflater checks it. */
  uncompressedSize: number;
  /** Where the entry's compressed data starts (after its local header). */
  dataOffset: number;
}

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;

/** Reads the directory of `bytes`. `maxEntries` bounds the work a crafted directory can ask for. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  const diskEntries = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw new ZipFormatError('it uses ZIP64 extensions, which no role document needs');
  }
  if (view.getUint16(eocd + 4, true) !== 0 || diskEntries !== count) throw new ZipFormatError('it is split over several disks');
  if (count > maxEntries) throw new ZipFormatError(`it holds ${count} parts, over the ${maxEntries} a Word document needs`);
  if (directoryOffset + directorySize > eocd) throw new ZipFormatError('its directory lies outside the file');

  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + CENTRAL_SIZE > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new ZipFormatError('its directory is damaged');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    if (at + CENTRAL_SIZE + nameLength > eocd) throw new ZipFormatError('its directory is damaged');
    const nameBytes = bytes.slice(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    const name = decoder.decode(nameBytes);
    if (flags & 0x1) throw new ZipFormatError(`its part ${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new ZipFormatError(`its part ${name} uses compression method ${method}, not one Word uses`);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      throw new ZipFormatError('it uses ZIP64 extensions, which no role document needs');
    }
    entries.push({
      nameBytes,
      name,
      method,
      flags,
      crc32: view.getUint32(at + 16, true),
      compressedSize,
      uncompressedSize,
      dataOffset: dataOffsetOf(view, localOffset, compressedSize, name),
    });
    at += CENTRAL_SIZE + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new ZipFormatError('it is not a zip file (no zip directory at its end), so it is not a .docx');
}

function dataOffsetOf(view: DataView, localOffset: number, compressedSize: number, name: string): number {
  if (localOffset + LOCAL_SIZE > view.byteLength || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError(`its part ${name} is damaged`);
  }
  const start = localOffset + LOCAL_SIZE + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
  if (start + compressedSize > view.byteLength) throw new ZipFormatError(`its part ${name} is cut short`);
  return start;
}

/**
 * A zip of `entries` with their (already inflated) data stored uncompressed: what the docx reader is given,
 * so it never inflates anything itself. The CRC is the one the original declared for the same bytes.
 */
export function writeStoredZip(entries: readonly { entry: ZipEntry; data: Uint8Array }[]): Uint8Array {
  const localSize = entries.reduce((sum, { entry, data }) => sum + LOCAL_SIZE + entry.nameBytes.byteLength + data.byteLength, 0);
  const centralSize = entries.reduce((sum, { entry }) => sum + CENTRAL_SIZE + entry.nameBytes.byteLength, 0);
  const out = new Uint8Array(localSize + centralSize + EOCD_SIZE);
  const view = new DataView(out.buffer);
  const utf8Flag = 0x800;
  const offsets: number[] = [];
  let at = 0;
  for (const { entry, data } of entries) {
    offsets.push(at);
    view.setUint32(at, LOCAL_SIGNATURE, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, entry.flags & utf8Flag, true);
    view.setUint16(at + 8, 0, true);
    view.setUint32(at + 14, entry.crc32, true);
    view.setUint32(at + 18, data.byteLength, true);
    view.setUint32(at + 22, data.byteLength, true);
    view.setUint16(at + 26, entry.nameBytes.byteLength, true);
    out.set(entry.nameBytes, at + LOCAL_SIZE);
    out.set(data, at + LOCAL_SIZE + entry.nameBytes.byteLength);
    at += LOCAL_SIZE + entry.nameBytes.byteLength + data.byteLength;
  }
  const directoryOffset = at;
  for (const [index, { entry, data }] of entries.entries()) {
    view.setUint32(at, CENTRAL_SIGNATURE, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, entry.flags & utf8Flag, true);
    view.setUint32(at + 16, entry.crc32, true);
    view.setUint32(at + 20, data.byteLength, true);
    view.setUint32(at + 24, data.byteLength, true);
    view.setUint16(at + 28, entry.nameBytes.byteLength, true);
    view.setUint32(at + 42, offsets[index] ?? 0, true);
    out.set(entry.nameBytes, at + CENTRAL_SIZE);
    at += CENTRAL_SIZE + entry.nameBytes.byteLength;
  }
  view.setUint32(at, EOCD_SIGNATURE, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directoryOffset, true);
  view.setUint32(at + 16, directoryOffset, true);
  return out;
}
