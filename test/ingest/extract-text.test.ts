/**
 * Reading documents: .txt/.md/.docx/.pdf to text, and every bad-input case as a specific RoleCallError whose
 * message names the file and says what to do. The .docx and .pdf fixtures are built here with `docx` and
 * `pdf-lib`, then parsed end to end.
 */
import { mkdtempSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoleCallError } from '../../src/errors.ts';
import { extractDocumentText, MAX_DOCUMENT_BYTES, parseDocument, readDocumentFile } from '../../src/ingest/index.ts';
import { misquoted } from './support/evidence.ts';
import { rejection } from '../support/rejection.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rolecall-ingest-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}


async function buildDocx(): Promise<Uint8Array> {
  const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Surrey Police – Role Profile', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun({ text: 'Job title:', bold: true }), new TextRun(' Detective Sergeant')] }),
          new Paragraph({ children: [new TextRun({ text: 'Reports to:', bold: true }), new TextRun(' Detective Inspector, Major Crime')] }),
          new Paragraph({ children: [new TextRun({ text: 'Weekly hours:', bold: true }), new TextRun(' 40')] }),
          new Paragraph({ children: [new TextRun({ text: 'Vetting level:', bold: true }), new TextRun(' Management Vetting (MV)')] }),
          new Paragraph({ text: 'Key responsibilities', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Supervise a team of detectives investigating serious crime.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Review the quality of case files before charge.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Person specification', heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Criteria'), cell('Essential'), cell('Desirable')] }),
              new TableRow({ children: [cell('Qualifications:'), cell('1. PIP level 2 accredited.'), cell('3. A degree in criminology.')] }),
              new TableRow({ children: [cell('Experience:'), cell('2. Experience of leading investigations.'), cell('4. Experience of major crime.')] }),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: 'Driving:', bold: true }), new TextRun(' a full UK driving licence is essential.')] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function buildPdf(lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 800 - i * 18, size: 11, font }));
  return pdf.save();
}

describe('extractDocumentText / readDocumentFile', () => {
  it('reads .txt as UTF-8 without a BOM and with LF line ends', async () => {
    const path = file('role.txt', '\ufeffJob title: Call Handler\r\nWeekly hours: 37\r\n');
    const doc = await readDocumentFile(path);
    expect(doc).toMatchObject({ file: 'role.txt', format: 'txt', text: 'Job title: Call Handler\nWeekly hours: 37\n' });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    const { profile } = parseDocument(doc);
    expect(profile.weeklyHours).toBe(37);
    expect(profile.evidence.weeklyHours?.[0]?.line).toBe(2);
  });

  it('reads .md', async () => {
    const doc = await extractDocumentText(new TextEncoder().encode('# Analyst\n\n**Job title:** Crime Analyst\n'), 'analyst.md');
    expect(doc.format).toBe('md');
    expect(parseDocument(doc).profile.title).toBe('Crime Analyst');
  });

  it('parses a .docx built with the docx package end to end', async () => {
    const doc = await extractDocumentText(await buildDocx(), 'detective-sergeant.docx');
    expect(doc.format).toBe('docx');
    const { profile } = parseDocument(doc);
    expect(profile).toMatchObject({
      title: 'Detective Sergeant',
      organisation: 'Surrey Police',
      reportsTo: 'Detective Inspector, Major Crime',
      weeklyHours: 40,
      staffType: 'officer',
    });
    expect(profile.vetting).toMatchObject({ status: 'stated', levels: ['MV'] });
    expect(profile.driving.requirement).toBe('essential');
    expect(profile.responsibilities.map((r) => r.text)).toEqual([
      'Supervise a team of detectives investigating serious crime.',
      'Review the quality of case files before charge.',
    ]);
    expect(profile.essentialCriteria.map((c) => [c.number, c.category])).toEqual([
      [1, 'Qualifications'],
      [2, 'Experience'],
    ]);
    expect(profile.desirableCriteria.map((c) => c.number)).toEqual([3, 4]);
    expect(misquoted(profile, doc.text)).toEqual([]);
  });

  it('parses a .pdf built with pdf-lib end to end, keeping its lines', async () => {
    const bytes = await buildPdf([
      'WEST YORKSHIRE POLICE',
      'ROLE PROFILE - POLICE STAFF',
      'JobTitle: Digital Media Investigator',
      'Grade:    PO1        WeeklyHours:37',
      'Reports to: DMI Team Leader',
      'VettingLevel:NPPV3',
      'Essential',
      '- A degree in a digital or computing subject.',
      'Desirable',
      '- A full UK driving licence.',
    ]);
    const doc = await extractDocumentText(bytes, 'dmi.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.text.split('\n')).toContain('Reports to: DMI Team Leader');
    const { profile } = parseDocument(doc);
    expect(profile).toMatchObject({
      title: 'Digital Media Investigator',
      organisation: 'West Yorkshire Police',
      grade: 'PO1',
      weeklyHours: 37,
      reportsTo: 'DMI Team Leader',
      staffType: 'staff',
    });
    expect(profile.vetting.levels).toEqual(['NPPV3']);
    expect(profile.essentialCriteria.map((c) => c.text)).toEqual(['A degree in a digital or computing subject.']);
    expect(profile.driving.requirement).toBe('desirable');
    expect(misquoted(profile, doc.text)).toEqual([]);
  });
});

describe('bad input gives a specific RoleCallError', () => {
  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), 'FILE_NOT_FOUND', /nope\.txt: no such file/],
    ['a folder', () => {
      const path = join(dir, 'folder.txt');
      mkdirSync(path, { recursive: true });
      return path;
    }, 'FILE_NOT_FOUND', /is a folder/],
    ['an empty file', () => file('empty.txt', ''), 'FILE_EMPTY', /empty\.txt: the file is empty/],
    ['a whitespace-only file', () => file('blank.md', ' \n\t\n  '), 'FILE_EMPTY', /blank\.md: the file has only whitespace/],
    ['an unsupported type', () => file('role.doc', 'old word'), 'UNSUPPORTED_TYPE', /role\.doc: unsupported file type "\.doc"; supported types are \.txt, \.md, \.docx, \.pdf/],
    ['a file with no extension', () => file('README', 'text'), 'UNSUPPORTED_TYPE', /"\(none\)"/],
    ['binary content (NUL bytes)', () => file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a])), 'FILE_BINARY', /image\.txt: the file looks binary/],
    ['text that is not UTF-8', () => file('latin1.txt', new Uint8Array([0x4a, 0x6f, 0x62, 0xa0, 0xe9, 0xff, 0xfe])), 'FILE_BINARY', /latin1\.txt: the file is not UTF-8 text/],
    ['a Word file that is not a Word file', () => file('broken.docx', 'this is not a zip'), 'UNREADABLE_DOCUMENT', /broken\.docx: the Word document could not be opened/],
    ['a PDF that is not a PDF', () => file('broken.pdf', '%PDF-1.7 nothing else'), 'UNREADABLE_DOCUMENT', /broken\.pdf: the PDF could not be opened/],
  ] as const)('%s', async (_case, make, code, message) => {
    const error = await rejection(readDocumentFile(make()));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.hint).toBeTruthy();
  });

  it('a file over 10 MiB is refused from its size, before it is read', async () => {
    const path = file('huge.txt', '');
    truncateSync(path, MAX_DOCUMENT_BYTES + 1); // sparse: nothing is written or read
    const error = await rejection(readDocumentFile(path));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toMatch(/huge\.txt: the file is 10\.0 MiB, over the 10 MiB limit/);
  });

  it('an upload over 10 MiB is refused', async () => {
    const error = await rejection(extractDocumentText(new Uint8Array(MAX_DOCUMENT_BYTES + 1), 'upload.pdf'));
    expect(error.code).toBe('FILE_TOO_LARGE');
  });

  it('a scanned PDF with no text layer says so', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 200, height: 100 });
    const error = await rejection(extractDocumentText(await pdf.save(), 'scan.pdf'));
    expect(error.code).toBe('UNREADABLE_DOCUMENT');
    expect(error.message).toMatch(/scan\.pdf: the PDF has no text layer \(it is probably a scanned image\)/);
    expect(error.hint).toMatch(/OCR/);
  });

  it('a document with no title that none can be inferred from throws NO_ROLE_TITLE', () => {
    let caught: unknown;
    try {
      parseDocument({ file: 'notes.txt', text: 'Lorem ipsum dolor sit amet.\nConsectetur adipiscing elit.', format: 'txt', sha256: 'a'.repeat(64) });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RoleCallError);
    expect((caught as RoleCallError).code).toBe('NO_ROLE_TITLE');
    expect((caught as RoleCallError).message).toMatch(/notes\.txt: no role title found/);
  });
});
