/**
 * `/compare A vs B [vs C]` (also "versus", "," and "and"). "and" can be part of a role title ("Patrol and
 * Resolution Officer"), so it is only a separator when the parts it gives resolve to roles.
 */
const STRONG = /\s+(?:vs\.?|versus|v\.?)\s+/i;

function clean(parts: readonly string[]): string[] {
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** All ways to cut `words` at " and " into 2 or 3 parts. */
function andSplits(text: string): string[][] {
  const pieces = text.split(/\s+and\s+/i);
  const splits: string[][] = [];
  const n = pieces.length;
  for (let i = 1; i < n; i++) {
    splits.push([pieces.slice(0, i).join(' and '), pieces.slice(i).join(' and ')]);
    for (let j = i + 1; j < n; j++) {
      splits.push([pieces.slice(0, i).join(' and '), pieces.slice(i, j).join(' and '), pieces.slice(j).join(' and ')]);
    }
  }
  return splits;
}

/**
 * The role queries in a compare command. `resolves` says whether a query names a known role; it decides
 * between ambiguous "and" splits. Returns the parts as typed (possibly 1 or more than 3: the caller checks).
 */
export function parseCompareText(text: string, resolves: (query: string) => boolean): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (STRONG.test(trimmed)) return clean(trimmed.split(STRONG).flatMap((part) => part.split(/\s*,\s*/)));
  if (trimmed.includes(',')) {
    return clean(trimmed.split(/\s*,\s*/).flatMap((part, index, all) => (index === all.length - 1 ? part.split(/^and\s+/i) : [part])));
  }
  const splits = andSplits(trimmed);
  if (splits.length === 0) return [trimmed];
  let best = splits[0] ?? [trimmed];
  let bestScore = -1;
  for (const split of splits) {
    const score = split.filter(resolves).length / split.length;
    // Prefer every part resolving; between equals, fewer parts (keeps "and" inside titles).
    if (score > bestScore || (score === bestScore && split.length < best.length)) {
      best = split;
      bestScore = score;
    }
  }
  return clean(best);
}
