/**
 * `/compare A vs B [vs C]` (also "versus", "," and "and"). "and" can be part of a role title ("Patrol and
 * Resolution Officer"), so it is only a separator where the parts it gives name known roles.
 */
const STRONG = /\s+(?:vs\.?|versus|v\.?)\s+/i;

function clean(parts: readonly string[]): string[] {
  return parts.map((part) => part.trim().replace(/^and\s+/i, '').trim()).filter((part) => part !== '');
}

/** Every way to cut `text` at " and " (no cut included), each part in order. */
function andSplits(text: string): string[][] {
  const pieces = text.split(/\s+and\s+/i);
  const results: string[][] = [];
  const walk = (start: number, acc: string[]): void => {
    for (let end = start + 1; end <= pieces.length; end++) {
      const part = pieces.slice(start, end).join(' and ');
      if (end === pieces.length) results.push([...acc, part]);
      else walk(end, [...acc, part]);
    }
  };
  walk(0, []);
  return results;
}

function isCompound(part: string, resolve: RoleResolver): boolean {
  const pieces = part.split(/\s+and\s+/i);
  for (let i = 1; i < pieces.length; i++) {
    const left = resolve(pieces.slice(0, i).join(' and '));
    const right = resolve(pieces.slice(i).join(' and '));
    if (left !== null && right !== null && left !== right) return true;
  }
  return false;
}

/**
 * The split whose parts all resolve to the most distinct roles ("PCSO and Police Constable" is two roles even if
 * a lenient resolver reads the whole as PCSO; "Patrol and Resolution Officer" stays one when its halves name
 * the same role); between equals, the one with fewer parts.
 */
function bestSplit(text: string, resolve: RoleResolver): string[] {
  let best: string[] = [text];
  let bestScore = -1;
  for (const split of andSplits(text)) {
    const ids = split.map(resolve);
    const resolved = ids.filter((id): id is string => id !== null);
    const distinct = new Set(resolved).size;
    // A part that is itself "X and Y" naming two different roles is a worse reading than splitting it.
    const compound = split.filter((part) => isCompound(part, resolve)).length;
    const score = (resolved.length === split.length ? 1000 : 0) + distinct * 10 - compound * 5 - (split.length - resolved.length);
    if (score > bestScore || (score === bestScore && split.length < best.length)) {
      best = split;
      bestScore = score;
    }
  }
  return best;
}

/** The id of the role a query names, or null. */
export type RoleResolver = (query: string) => string | null;

/**
 * The role queries in a compare command. `resolve` says which role a query names, if any. Returns the parts
 * as typed (possibly 1, or more than 3: the caller checks the count).
 */
export function parseCompareText(text: string, resolve: RoleResolver): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (STRONG.test(trimmed)) return clean(trimmed.split(STRONG).flatMap((part) => part.split(/\s*,\s*/)));
  if (trimmed.includes(',')) {
    const parts = clean(trimmed.split(/\s*,\s*/));
    const last = parts.pop();
    return last === undefined ? parts : [...parts, ...clean(bestSplit(last, resolve))];
  }
  // Cap the search: a sentence with many "and"s is not a role list anyway.
  if ((trimmed.match(/\s+and\s+/gi) ?? []).length > 6) return [trimmed];
  return clean(bestSplit(trimmed, resolve));
}
