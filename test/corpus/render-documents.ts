/**
 * Renders a corpus text document as the Word and PDF files HR actually hold, so the same expected facts
 * can be checked after real .docx (mammoth) and .pdf (unpdf) extraction: blank lines and indentation are
 * lost in the PDF, pipe tables become real Word tables, labels become bold runs.
 */
import { Document, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * The PDF standard fonts cover WinAnsi only: flattened forms print tick boxes as [X] / [ ], square bullets
 * as round ones, and anything else the font lacks as '?'.
 */
function pdfSafe(line: string, supported: ReadonlySet<number>): string {
  const mapped = line.replace(/☒/g, '[X]').replace(/☐/g, '[ ]').replace(/[▪■●◦]/g, '•');
  return Array.from(mapped, (ch) => (supported.has(ch.codePointAt(0) ?? 0) ? ch : '?')).join('');
}

export async function renderPdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const supported = new Set(font.getCharacterSet());
  const [width, height, margin, leading, size] = [595, 842, 40, 11, 8];
  let page = pdf.addPage([width, height]);
  let y = height - margin;
  for (const line of text.split(/\r?\n/)) {
    if (y < margin) {
      page = pdf.addPage([width, height]);
      y = height - margin;
    }
    if (line.trim() !== '') page.drawText(pdfSafe(line, supported), { x: margin, y, size, font });
    y -= leading;
  }
  return pdf.save();
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR_ROW = /^\s*\|[\s|:-]+\|\s*$/;
const LABEL_LINE = /^([A-Za-z][A-Za-z /&()'-]{1,40}:)\s+(\S.*)$/;

function paragraph(line: string): Paragraph {
  const label = LABEL_LINE.exec(line.trim());
  if (label?.[1] !== undefined && label[2] !== undefined) {
    return new Paragraph({ children: [new TextRun({ text: label[1], bold: true }), new TextRun(` ${label[2]}`)] });
  }
  // A Word author lines up columns with tabs, not runs of spaces.
  const parts = line.trim().split(/ {2,}/);
  return new Paragraph({
    children: parts.map((part, i) => new TextRun({ children: i === 0 ? [part] : [new Tab(), part] })),
  });
}

function table(rows: string[]): Table {
  const cells = rows.map((row) => row.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
  const columns = Math.max(...cells.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: cells.map(
      (r) =>
        new TableRow({
          children: Array.from({ length: columns }, (_, i) => new TableCell({ children: [new Paragraph(r[i] ?? '')] })),
        }),
    ),
  });
}

export async function renderDocx(text: string): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  let rows: string[] = [];
  const flush = (): void => {
    if (rows.length > 0) children.push(table(rows));
    rows = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (PIPE_ROW.test(line)) {
      if (!SEPARATOR_ROW.test(line)) rows.push(line);
      continue;
    }
    flush();
    if (line.trim() !== '') children.push(paragraph(line));
  }
  flush();
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
