/**
 * A table's header row names its columns ("Behaviour | Level", "Criteria | Essential | Desirable"); it is never
 * an item of the list the table holds. The table readers read their rows by it, and every other reader of
 * items (a list under a heading, a label's inline value) asks here first, so "Behaviour | Level" under a
 * Behaviours heading does not become a behaviour called "Level", whether the table came from Word, a PDF
 * or tabs in plain text.
 */
import type { DocLine } from './document-lines.ts';
import { competencyHeader, namesCompetencyColumns } from './competency-tables.ts';

/** PDF text that lost the spacing of a two-column list's header: "Essential Desirable" as one cell. */
const ESSENTIAL_DESIRABLE_RUN_TOGETHER = /^essential\s+desirable$/i;

export function isTableHeaderRow(line: DocLine | undefined): boolean {
  if (!line || (line.cells.length < 2 && !ESSENTIAL_DESIRABLE_RUN_TOGETHER.test(line.text))) return false;
  return competencyHeader(line) !== null || criteriaHeaderColumns(line) !== null || namesCompetencyColumns(line);
}

/** A header cell naming the column that says how a criterion is assessed ("Method of assessment", "How tested"). */
export const ASSESSMENT_HEADER =
  /assess|how (?:identified|tested|measured|evidenced|assessed)|method|evidenced? (?:by|through)|tested (?:by|at)|identified (?:by|at)|stage/;

/** What a criteria table's column holds. */
export type Column = 'essential' | 'desirable' | 'both' | 'assessment' | 'category';

/** The columns of a criteria table's header row (Essential / Desirable / assessment), or null. */
export function criteriaHeaderColumns(line: DocLine): Column[] | null {
  if (line.cells.length === 1 && ESSENTIAL_DESIRABLE_RUN_TOGETHER.test(line.text)) return ['essential', 'desirable'];
  if (line.cells.length < 2) return null;
  const columns: Column[] = line.cells.map((cell) => {
    const t = cell.text.trim().toLowerCase();
    if (/^(?:essential|e)\s*(?:\/|or|and)\s*(?:desirable|d)\b/.test(t)) return 'both';
    if (/^essential\b/.test(t)) return 'essential';
    if (/^desirable\b/.test(t)) return 'desirable';
    if (ASSESSMENT_HEADER.test(t)) return 'assessment';
    return 'category';
  });
  const hasE = columns.includes('essential') || columns.includes('both');
  const hasD = columns.includes('desirable') || columns.includes('both');
  return hasE && (hasD || columns.includes('assessment')) ? columns : null;
}
