/**
 * Zip bombs made in the test, never stored: a .docx whose word/document.xml inflates to hundreds of MB or
 * more from about a megabyte on disk, with honest headers or headers that lie. The compressed data is one
 * small deflated block of paragraphs repeated: each block is flushed to a byte boundary and independent of
 * the others, so the copies concatenate into one valid deflate stream without ever building the inflated
 * text here.
 */
import { constants, deflateRawSync } from 'node:zlib';

export interface BombPart {
  name: string;
  /** Raw deflate data. */
  packed: Uint8Array;
  /** What the directory says the part inflates to. */
  declaredSize: number;
  /** Several directory entries may point at the same data (an "overlapping" bomb). */
  shareDataWith?: string;
}

const MB = 1024 * 1024;

const XML_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const XML_TAIL = '</w:body></w:document>';

function flushed(text: string): Buffer {
  return deflateRawSync(Buffer.from(text), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
}

/** Deflated word/document.xml of about `megabytes` MB of paragraphs; returns the data and its true size. */
export function repeatedParagraphs(megabytes: number): { packed: Uint8Array; size: number } {
  const paragraph = '<w:p><w:r><w:t>The post holder will maintain the duty roster.</w:t></w:r></w:p>';
  const chunkText = paragraph.repeat(Math.floor(MB / paragraph.length));
  const chunk = flushed(chunkText);
  const head = flushed(XML_HEAD);
  const tail = deflateRawSync(Buffer.from(XML_TAIL));
  const copies = Math.max(1, Math.round(megabytes));
  const packed = Buffer.concat([head, ...Array.from({ length: copies }, () => chunk), tail]);
  return { packed, size: XML_HEAD.length + copies * chunkText.length + XML_TAIL.length };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** The parts every .docx has besides its document, honestly declared. */
export function packageParts(): BombPart[] {
  return [
    { name: '[Content_Types].xml', packed: deflateRawSync(Buffer.from(CONTENT_TYPES)), declaredSize: CONTENT_TYPES.length },
    { name: '_rels/.rels', packed: deflateRawSync(Buffer.from(RELS)), declaredSize: RELS.length },
  ];
}

/** A minimal but real .docx holding `paragraphs`, for checking what is under the limits still reads. */
export function smallDocx(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
  const xml = `${XML_HEAD}${body}${XML_TAIL}`;
  return buildZip([...packageParts(), { name: 'word/document.xml', packed: deflateRawSync(Buffer.from(xml)), declaredSize: Buffer.byteLength(xml) }]);
}

/** A zip of deflated parts whose central directory says what each part declares. */
export function buildZip(parts: readonly BombPart[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets = new Map<string, { offset: number; size: number }>();
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const shared = part.shareDataWith ? offsets.get(part.shareDataWith) : undefined;
    let at = shared?.offset ?? offset;
    const packedSize = shared?.size ?? part.packed.byteLength;
    if (!shared) {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(8, 8);
      local.writeUInt32LE(part.packed.byteLength, 18);
      local.writeUInt32LE(part.declaredSize, 22);
      local.writeUInt16LE(name.length, 26);
      chunks.push(local, name, Buffer.from(part.packed));
      at = offset;
      offsets.set(part.name, { offset: at, size: packedSize });
      offset += 30 + name.length + part.packed.byteLength;
    }
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(packedSize, 20);
    entry.writeUInt32LE(part.declaredSize, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(at, 42);
    central.push(entry, name);
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}
