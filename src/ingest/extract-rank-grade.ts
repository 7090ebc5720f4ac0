/**
 * Rank (officers: Constable, Sergeant, ...) and grade (staff: "A3", "Scale 4", "SO1", "Band C"). A "Grade:"
 * label whose value is a rank is a rank ("Grade: Constable").
 */
import type { ExtractContext, Found } from './extract-context.ts';
import { rankOf } from './police-ranks.ts';
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
    } else if (entry.key !== 'rank') {
      out.grade ??= { value: tidyGrade(found.value, entry.label.split('/').pop() ?? entry.label), evidence: found.evidence };
    }
  }
  return out;
}
