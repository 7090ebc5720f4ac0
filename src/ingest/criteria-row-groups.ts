/**
 * A criteria table whose columns do not say Essential or Desirable: its rows do. Two layouts, often together:
 * - row groups: a row of one cell ("Essential", "Desirable", usually merged across the table) over the
 *   criteria of that kind;
 * - a code column: each criterion numbered E1, E2 ... D1, D2 in a cell of its own.
 * The header row names a criteria column and usually a method-of-assessment column
 * ("Criteria | Method of assessment", "Ref | Criteria | Assessed by").
 */
import type { Criterion } from '../profile/role-profile.ts';
import { lookupLabel } from '../vocabulary/document-headings.ts';
import type { DocLine } from './document-lines.ts';
import { quoteAll } from './sections.ts';
import { ASSESSMENT_HEADER } from './table-header-rows.ts';

export type CriteriaKind = 'essential' | 'desirable';

/** "E1", "D2.", "E 3": a criterion's kind and number in a cell of its own. */
const CODE_CELL = /^([ED])\s?(\d{1,2})[.):]?$/;
/** A header cell naming the column of codes or numbers. */
const CODE_HEADER = /^(?:ref(?:erence)?\.?|no\.?|number|code|#|id|item)$/i;

type Role = 'text' | 'assessment' | 'code';

/** The kind a one-cell row names ("Essential", "Desirable criteria", "Hanfodol / Essential"), or null. */
function groupKind(text: string): CriteriaKind | null {
  const key = lookupLabel(text.replace(/:\s*$/, ''));
  return key === 'essential' || key === 'desirable' ? key : null;
}

function headerRoles(header: DocLine): Role[] | null {
  if (header.cells.length < 2) return null;
  const roles = header.cells.map((cell): Role => {
    const t = cell.text.trim().toLowerCase();
    if (ASSESSMENT_HEADER.test(t)) return 'assessment';
    if (CODE_HEADER.test(t)) return 'code';
    return 'text';
  });
  // A criteria table names a criteria column, or pairs a text column with how it is assessed.
  const named = header.cells.some((cell, i) => roles[i] === 'text' && lookupLabel(cell.text) === 'criteria');
  if (!roles.includes('text') || (!named && !roles.includes('assessment'))) return null;
  return roles;
}

export interface GroupedRow {
  kind: CriteriaKind;
  criterion: Criterion;
}

/**
 * Reads the table whose header is lines[h], when its rows give each criterion a kind (a group row above it
 * or a code beside it). Returns the criteria and the index of the first line after the table, or null when
 * the lines below the header are not such a table. `expand` turns assessment codes into words.
 */
export function readRowGroupedCriteria(
  lines: readonly DocLine[],
  h: number,
  expand: (raw: string | null) => string | null,
): { rows: GroupedRow[]; read: number[]; end: number } | null {
  const header = lines[h];
  const roles = header ? headerRoles(header) : null;
  if (!header || !roles) return null;
  const textIndex = roles.lastIndexOf('text');
  const assessmentIndex = roles.indexOf('assessment');
  const codeIndex = roles.indexOf('code');
  const rows: GroupedRow[] = [];
  const read: number[] = [h];
  let kind: CriteriaKind | null = null;
  let category: string | null = null;
  let r = h + 1;
  for (; r < lines.length; r += 1) {
    const row = lines[r];
    if (!row || row.text.length === 0 || row.noise) continue;
    if (row.heading > 0) break;
    // A table the layout reported ends where its rows end.
    if (header.table && row.table && row.table.table !== header.table.table) break;
    if (row.cells.length < 2) {
      const group = groupKind(row.text);
      if (group) {
        kind = group;
        category = null;
      } else if (row.table?.spanning && kind !== null && row.text.length <= 60) {
        // A merged row inside a group names a category of it ("Knowledge", "Experience").
        category = row.text.replace(/\s*:\s*$/, '');
      } else break;
      read.push(r);
      continue;
    }
    if (row.cells.length > header.cells.length) break;
    const cellAt = (i: number): string => row.cells[i]?.text.trim() ?? '';
    // A row without its empty last cells keeps its columns in order ("text | assessment" under three).
    const code = CODE_CELL.exec(codeIndex >= 0 ? cellAt(codeIndex) : cellAt(0));
    const rowKind: CriteriaKind | null = code ? (code[1] === 'E' ? 'essential' : 'desirable') : kind;
    const text = cellAt(textIndex);
    if (rowKind === null || !text) break;
    rows.push({
      kind: rowKind,
      criterion: {
        text,
        category,
        number: code?.[2] ? Number(code[2]) : null,
        assessment: expand(assessmentIndex >= 0 ? cellAt(assessmentIndex) || null : null),
        evidence: quoteAll(row, text),
      },
    });
    read.push(r);
  }
  return rows.length > 0 ? { rows, read, end: r } : null;
}
