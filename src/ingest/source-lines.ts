/**
 * The document's own lines for the profile: every line that holds text (page headers and footers left
 * out), with the source line it starts on. Answers quote these when no field holds what was asked.
 */
import type { DocumentLine } from '../profile/role-profile.ts';
import type { DocLine } from './document-lines.ts';

export function sourceLines(lines: readonly DocLine[]): DocumentLine[] {
  const out: DocumentLine[] = [];
  for (const line of lines) {
    if (line.noise) continue;
    // Table cells keep a visible separator, so a row still reads as a row when quoted on one line.
    const text = line.cells.length > 1 ? line.cells.map((cell) => cell.text.trim()).filter(Boolean).join(' | ') : line.text.trim();
    if (text.length > 0) out.push({ line: line.no, text });
  }
  return out;
}
