/**
 * Text -> clean lines. Each DocLine keeps the 1-based number of the source line it came from. Handles
 * tab-separated table cells, HTML fragments inside cells, markdown headings and bold, bullets and list
 * numbers, non-breaking spaces, PDF run-together label words and space-aligned `LABEL:      value` pairs.
 */
import type { Cell, DocLine } from './document-lines.ts';
import { htmlToItems } from './html-fragments.ts';
import { LEXICON_WORDS, lookupLabel } from './lexicon.ts';

const BULLET = /^(?:[•·▪◦●○■□➢➤►▶✓✔\-*–—]|o(?=\s))\s+/;
const LIST_NUMBER = /^(?:\(?(\d{1,3})[.)]|\(?([a-z])\))\s+(?=\S)/;
const SEPARATOR = /^[\s\-=_|+~.]*$/;

export function normaliseLines(text: string): DocLine[] {
  const rawLines = text.split('\n');
  const out: DocLine[] = [];
  for (let index = 0; index < rawLines.length; index += 1) {
    const raw = rawLines[index] ?? '';
    // "**POLICE STAFF****Additional Information:**": two bold runs glued together are two lines.
    const parts = raw.includes('****') ? raw.split(/\*{4,}/).filter((part) => part.trim().length > 0) : [raw];
    if (parts.length === 0) parts.push('');
    for (let p = 0; p < parts.length; p += 1) {
      let part = parts[p] ?? '';
      if (parts.length > 1) {
        if (p > 0) part = `**${part}`;
        if (p < parts.length - 1) part = `${part}**`;
      }
      out.push(normaliseLine(part, index + 1));
    }
  }
  markNoise(out);
  return out;
}

function cleanSpaces(raw: string): string {
  return (
    raw
      // Runs of non-breaking spaces are layout, not table columns.
      .replace(/[ \u00a0\u2007\u202f]*[\u00a0\u2007\u202f][ \u00a0\u2007\u202f]*/g, ' ')
      .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
      // A literal "\n" typed into a form field.
      .replace(/(^|\s)\\n(?=\s|$)/g, ' ')
      .replace(/\r/g, '')
  );
}

export function normaliseLine(rawLine: string, no: number): DocLine {
  const spaced = cleanSpaces(rawLine);
  const indent = /^ */.exec(spaced)?.[0].length ?? 0;
  let body = spaced.trim();

  let heading = 0;
  const headingMatch = /^(#{1,6})\s+/.exec(body);
  if (headingMatch?.[1]) {
    heading = headingMatch[1].length;
    body = body.slice(headingMatch[0].length);
  }
  const emphasised = isWhollyBold(body);

  // Cells: tabs always separate cells; three or more spaces do too (space-aligned PDF/text tables).
  let rawCells = body.split('\t');
  if (rawCells.length === 1 && / {3,}/.test(body) && !/^[-*•]\s/.test(body)) rawCells = body.split(/ {3,}/);
  const cells: Cell[] = rawCells.map(cleanCell);
  while (cells.length > 1 && (cells[cells.length - 1]?.text ?? '') === '') cells.pop();

  let bullet = false;
  let number: number | null = null;
  const first = cells[0];
  if (first && cells.length === 1) {
    const bulletMatch = BULLET.exec(first.text);
    if (bulletMatch && first.text.length > bulletMatch[0].length) {
      bullet = true;
      first.text = first.text.slice(bulletMatch[0].length);
      first.items = first.items.map((item, i) => (i === 0 ? item.replace(BULLET, '') : item));
    }
    const numberMatch = LIST_NUMBER.exec(first.text);
    if (numberMatch) {
      bullet = true;
      number = numberMatch[1] ? Number(numberMatch[1]) : null;
    }
  }
  const text = cells.every((cell) => cell.text === '') ? '' : cells.map((cell) => cell.text).join('\t').trim();
  return { no, text, cells, heading, emphasised, bullet, number, indent, noise: false };
}

function isWhollyBold(body: string): boolean {
  const t = body.trim();
  if (/^\*\*[^*].*\*\*:?$/.test(t) || /^__[^_].*__:?$/.test(t)) return true;
  return /^(?:<u>)?<b>[^<]*<\/b>(?:<\/u>)?:?$/i.test(t) || /^<strong>[^<]*<\/strong>:?$/i.test(t);
}

function cleanCell(rawCell: string): Cell {
  const items = htmlToItems(rawCell)
    .map((item) => fixRunTogether(stripMarkdown(item)))
    .map((item) => item.replace(/\s+/g, ' ').trim())
    // A bullet typed inside a list item ("<li>• Provide ...</li>").
    .map((item) => item.replace(/^[•·▪◦●○■➢➤►▶]\s*/, ''))
    .filter((item) => item.length > 0 && !SEPARATOR.test(item));
  const text = items.join(' ');
  return { text, items: items.length > 0 ? items : [] };
}

function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/\\([*_#\-.()[\]])/g, '$1');
}

/**
 * PDF text often loses spaces: "WeeklyHours:37", "VettingLevel:NPPV3". Split a camel-joined word only when
 * every part is a word the lexicon uses, and put a space after a label colon glued to its value.
 */
export function fixRunTogether(text: string): string {
  let out = text;
  if (/[a-z][A-Z]/.test(out)) {
    out = out.replace(/\b[A-Z]?[a-z]+(?:[A-Z][a-z]+)+\b/g, (word) => {
      const parts = word.split(/(?=[A-Z])/);
      return parts.every((part) => LEXICON_WORDS.has(part.toLowerCase())) ? parts.join(' ') : word;
    });
  }
  // "Hours:37" -> "Hours: 37", but leave times ("08:00") and URLs ("https://") alone.
  return out.replace(/([A-Za-z)]):(?=[A-Za-z0-9(£])(?!\/\/)/g, '$1: ');
}

/** Page headers and footers: short lines repeated in the document, page numbers, bare dates. */
function markNoise(lines: DocLine[]): void {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.text.length === 0 || line.text.length > 40 || line.cells.length > 1) continue;
    const key = line.text.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const line of lines) {
    if (line.text.length === 0) continue;
    const key = line.text.toLowerCase();
    const known = lookupLabel(line.text);
    const repeated =
      (counts.get(key) ?? 0) >= 2 &&
      line.cells.length === 1 &&
      !/:$/.test(line.text) &&
      !line.bullet &&
      (known === null || known === 'documentPart');
    const pageMark = /^(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s*(?:of|\/)\s*\d+|-?\s*\d{1,3}\s*-?)$/i.test(line.text);
    const bareDate = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})$/i.test(line.text);
    if (repeated || pageMark || bareDate) line.noise = true;
  }
}
