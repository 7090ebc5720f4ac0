/**
 * Rank (officers: Constable, Sergeant, ...) and grade (staff: "A3", "Scale 4", "SO1", "Band C"). A "Grade:"
 * label whose value is a rank is a rank ("Grade: Constable").
 */
import type { ExtractContext, Found } from './extract-context.ts';
import { rankOf, rankWithRole } from '../vocabulary/police-ranks.ts';
import { proseSentences } from './prose.ts';
import { entriesFor, valueOf } from './sections.ts';

export interface RankGrade {
  rank: Found<string> | null;
  grade: Found<string> | null;
}

const EMPTY = /^(?:n\/?a|none|tbc|-+|—)?$/i;

/** "A3 (non supervisory)" -> "A3"; "4 (+ appropriate allowances)" under "Scale" -> "Scale 4". */
export function tidyGrade(value: string, label: string): string {
  const withoutNote = value.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  const base = withoutNote.length > 0 ? withoutNote : value.trim();
  const labelWord = label.trim().split(/[\s/]+/)[0] ?? '';
  if (/^[0-9]{1,2}[a-z]?$/i.test(base) && /^(?:scale|band|grade|level)$/i.test(labelWord)) {
    return `${labelWord.charAt(0).toUpperCase()}${labelWord.slice(1).toLowerCase()} ${base}`;
  }
  return base;
}

export function extractRankGrade(ctx: ExtractContext): RankGrade {
  const out: RankGrade = { rank: null, grade: null };
  for (const entry of entriesFor(ctx.model, 'rank', 'rankGrade', 'grade')) {
    const found = valueOf(ctx.model, entry, (text) => text.length > 0 && text.length <= 80, 2);
    if (!found || EMPTY.test(found.value.trim())) continue;
    const rank = rankOf(found.value.replace(/\([^)]*\)/g, ''));
    if (rank) {
      out.rank ??= { value: rank, evidence: found.evidence };
    } else if (rankWithRole(found.value)) {
      // "Rank: PC AFO": the rank with the role it is held in, kept as written (the role is part of the answer).
      out.rank ??= { value: found.value.trim(), evidence: found.evidence };
    } else if (entry.key !== 'rank') {
      out.grade ??= { value: tidyGrade(found.value, entry.label.split('/').pop() ?? entry.label), evidence: found.evidence };
    }
  }
  // "Pay: Grade F", "Salary: Band 4 (£30,000)": the grade, written under a pay label.
  if (!out.grade) {
    for (const entry of entriesFor(ctx.model, 'salary')) {
      const m = /\b((?:grade|band|scale|level)\s+[A-Z0-9]{1,3}|(?:SO|PO|SPO)\s?\d)\b/i.exec(entry.value);
      if (m?.[1]) {
        out.grade = { value: m[1], evidence: entry.evidence };
        break;
      }
    }
  }
  if (!out.rank) out.rank = proseRank(ctx);
  return out;
}

/** "This is a constable post", "confirmed in the rank of constable", "open to Sergeants". */
function proseRank(ctx: ExtractContext): Found<string> | null {
  for (const sentence of proseSentences(ctx.model)) {
    const first = sentence.indices[0] ?? -1;
    if (ctx.descriptive.has(first) || ctx.criteriaLines.has(first)) continue;
    const m =
      /\b(?:this is an?|is an?|the post is an?|a substantive)\s+((?:detective |police )?(?:constable|sergeant|inspector|chief inspector|superintendent))\s+(?:post|role|position|vacancy)\b/i.exec(sentence.text) ??
      /\bin the rank of\s+((?:detective |police )?(?:constable|sergeant|inspector|chief inspector|superintendent))\b/i.exec(sentence.text);
    const rank = m?.[1] ? rankOf(m[1]) : null;
    if (rank) return { value: rank, evidence: sentence.evidence };
  }
  return null;
}
