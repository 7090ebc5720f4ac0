/**
 * Tables of skills, behaviours or values with their levels, read by their header row:
 * "Skill | Level", "Competency | Level" (a CVF table), "Behaviour | Level | Description". The header names
 * the columns, so "Open source research | 4" is the skill "Open source research" at level 4, not a skill
 * called "Open source research 4".
 */
import type { Level } from '../profile/role-profile.ts';
import type { DocLine } from './document-lines.ts';
import { frameworkOf } from '../vocabulary/frameworks.ts';

export type TableKind = 'behaviours' | 'values' | 'skills';

export interface TableItem {
  kind: TableKind;
  name: string;
  level: Level;
  description: string | null;
  line: DocLine;
}

export interface Header {
  name: number;
  level: number;
  description: number;
  /** What the name column says the rows are; `null` for "Competency", decided per row by framework. */
  kind: TableKind | null;
}

const NAME_COLUMN = /^(?:(?:technical|key|core|specialist)\s+)?(skills?|competenc(?:y|ies)|behaviours?|values?|qualit(?:y|ies)|(?:cvf|ppf)\s+(?:behaviours?|competenc(?:y|ies)))(?:\s+(?:name|area|required))?$/i;
const LEVEL_COLUMN = /^(?:(?:required|minimum|expected)\s+)?(?:level|proficiency)(?:\s+(?:required|expected|needed))?$/i;
const DESCRIPTION_COLUMN = /^(?:description|what (?:this|it) (?:means|looks like)|indicators?|in practice|examples?)/i;

/** The columns of a skills/behaviours/values table's header row, or null when the line is no such header. */
export function competencyHeader(line: DocLine): Header | null {
  if (line.cells.length < 2) return null;
  let name = -1;
  let level = -1;
  let description = -1;
  let kind: TableKind | null = null;
  line.cells.forEach((cell, i) => {
    const text = cell.text.trim().replace(/:$/, '');
    const m = NAME_COLUMN.exec(text);
    if (m?.[1] && name < 0) {
      name = i;
      const word = m[1].toLowerCase();
      kind = word.startsWith('skill') ? 'skills' : word.startsWith('value') ? 'values' : word.startsWith('behaviour') || word.startsWith('qualit') ? 'behaviours' : null;
    } else if (LEVEL_COLUMN.test(text) && level < 0) level = i;
    else if (DESCRIPTION_COLUMN.test(text) && description < 0) description = i;
  });
  // A name column with a level or a description column: "Behaviour | Level", "Values | What this means".
  return name >= 0 && (level >= 0 || description >= 0) ? { name, level, description, kind } : null;
}

/**
 * Whether every cell of a line names a column of a competency table ("Behaviour | Description",
 * "Skill | Level required"): such a row heads a table even when it lacks a level column.
 */
export function namesCompetencyColumns(line: DocLine): boolean {
  if (line.cells.length < 2) return false;
  return line.cells.every((cell) => {
    const text = cell.text.trim().replace(/:$/, '');
    return NAME_COLUMN.test(text) || LEVEL_COLUMN.test(text) || DESCRIPTION_COLUMN.test(text);
  });
}

/** "4" -> 4, "Level 2" -> 2, "Level B" -> "B", "Practitioner" -> "Practitioner". */
export function tableLevel(raw: string): Level {
  const text = raw.trim();
  if (text.length === 0) return null;
  const m = /^(?:level\s*)?(\d{1,2}|[A-E])$/i.exec(text);
  if (m?.[1]) return /^\d+$/.test(m[1]) ? Number(m[1]) : m[1].toUpperCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every row of every skills/behaviours table; `consumed` gets the indices of the lines read. */
export function readCompetencyTables(lines: readonly DocLine[], consumed: Set<number>): TableItem[] {
  const out: TableItem[] = [];
  for (let h = 0; h < lines.length; h += 1) {
    const headerLine = lines[h];
    const header = headerLine ? competencyHeader(headerLine) : null;
    if (!headerLine || !header) continue;
    consumed.add(h);
    let r = h + 1;
    for (; r < lines.length; r += 1) {
      const row = lines[r];
      if (!row || row.noise || row.text.length === 0) continue;
      // A laid-out table ends with its rows; a text table at the first line that is not a row.
      if (headerLine.table ? row.table?.table !== headerLine.table.table : row.cells.length < 2) break;
      if (row.cells.length < 2 || competencyHeader(row)) break;
      consumed.add(r);
      const name = row.cells[header.name]?.text.trim() ?? '';
      if (name.length < 2) continue;
      const description = header.description >= 0 ? row.cells[header.description]?.text.trim() || null : null;
      const framework = frameworkOf(name);
      const kind = header.kind ?? (framework === 'cvf-value' ? 'values' : 'behaviours');
      const level = header.level >= 0 ? tableLevel(row.cells[header.level]?.text ?? '') : null;
      out.push({ kind, name, level, description, line: row });
    }
    h = r - 1;
  }
  return out;
}
