/**
 * The document's own lines for the profile: every line that holds text (page headers and footers left
 * out), with the source line it starts on. Answers quote these when no field holds what was asked.
 */
import type { DocumentLine } from '../profile/role-profile.ts';
import type { DocLine } from './document-lines.ts';

export function sourceLines(lines: readonly DocLine[]): DocumentLine[] {
  const out: DocumentLine[] = [];
  const push = (no: number, text: string): void => {
    const trimmed = text.trim();
    if (trimmed.length > 0) out.push({ line: no, text: trimmed });
  };
  for (const line of lines) {
    if (line.noise) continue;
    if (line.cells.every((cell) => cell.items.length <= 1)) {
      // A table row keeps a visible separator between cells, so it still reads as a row when quoted.
      push(line.no, line.cells.length > 1 ? line.cells.map((cell) => cell.text.trim()).filter(Boolean).join(' | ') : line.text);
      continue;
    }
    // A cell holding a list ("Role: 1. ... 2. ... 3. ..."): each item is quoted on its own, at the same line.
    for (const cell of line.cells) {
      if (cell.items.length <= 1) push(line.no, cell.text);
      else for (const entry of cell.items) push(line.no, entry);
    }
  }
  return out;
}
