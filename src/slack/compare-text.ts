/**
 * `/compare A vs B [vs C]` (also "versus", "," and "and"). "and" can be part of a role title ("Patrol and
 * Resolution Officer"), so it is only a separator where the parts it gives name known roles.
 *
 * Choosing where "and" separates is a search over split points. Trying every split is 2^n in the number of
 * "and"s (one `/compare` with 16 of them froze the bot), so the search is bounded by design: each stretch of
 * pieces is resolved once (memoised, O(n^2) resolver calls), and only splits into at most MAX_PARTS parts are
 * scored (O(n^3)), plus the reading where every "and" separates. A compare takes two or three roles, so a
 * longer role list only has to be told apart from a fitting one, not split exactly.
 */
const STRONG = /\s+(?:vs\.?|versus|v\.?)\s+/i;
const AND = /\s+and\s+/i;
/** Three roles and one more, so "A and B and C and D" is recognised as too many rather than squeezed into three. */
const MAX_PARTS = 4;
/** More "and"-separated pieces than this is no role list to search: each piece is taken as one name. */
export const MAX_AND_PIECES = 12;

function clean(parts: readonly string[]): string[] {
  return parts.map((part) => part.trim().replace(/^and\s+/i, '').trim()).filter((part) => part !== '');
}

/** The resolved id of every stretch pieces[i..j), each computed once. */
class Stretches {
  private readonly ids = new Map<number, string | null>();
  private readonly compounds = new Map<number, boolean>();

  constructor(
    private readonly pieces: readonly string[],
    private readonly resolve: RoleResolver,
  ) {}

  text(start: number, end: number): string {
    return this.pieces.slice(start, end).join(' and ');
  }

  id(start: number, end: number): string | null {
    const key = start * (this.pieces.length + 1) + end;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.resolve(this.text(start, end));
      this.ids.set(key, id);
    }
    return id;
  }

  /** "X and Y" where X and Y name two different roles: a worse reading than splitting it. */
  compound(start: number, end: number): boolean {
    const key = start * (this.pieces.length + 1) + end;
    let compound = this.compounds.get(key);
    if (compound === undefined) {
      compound = false;
      for (let cut = start + 1; cut < end && !compound; cut++) {
        const left = this.id(start, cut);
        const right = this.id(cut, end);
        compound = left !== null && right !== null && left !== right;
      }
      this.compounds.set(key, compound);
    }
    return compound;
  }
}

/** Cut positions of every split into at most `maxParts` parts, and of the split at every "and". */
function candidateCuts(pieceCount: number, maxParts: number): number[][] {
  const out: number[][] = [];
  const walk = (from: number, cuts: number[]): void => {
    out.push(cuts);
    if (cuts.length + 1 >= maxParts) return;
    for (let cut = from; cut < pieceCount; cut++) walk(cut + 1, [...cuts, cut]);
  };
  walk(1, []);
  if (pieceCount > maxParts) out.push(Array.from({ length: pieceCount - 1 }, (_, i) => i + 1));
  return out;
}

/**
 * The split whose parts all resolve to the most distinct roles ("PCSO and Police Constable" is two roles even if
 * a lenient resolver reads the whole as PCSO; "Patrol and Resolution Officer" stays one when its halves name
 * the same role); between equals, the one with fewer parts.
 */
function bestSplit(text: string, resolve: RoleResolver): string[] {
  const pieces = text.split(AND);
  if (pieces.length === 1) return [text];
  // Too many to be a role list: every "and" separates (the caller then says a compare takes two or three).
  if (pieces.length > MAX_AND_PIECES) return pieces;
  const stretches = new Stretches(pieces, resolve);
  let best: number[] = [];
  let bestScore = -Infinity;
  for (const cuts of candidateCuts(pieces.length, MAX_PARTS)) {
    const bounds = [0, ...cuts, pieces.length];
    const ids: (string | null)[] = [];
    let compound = 0;
    for (let k = 0; k + 1 < bounds.length; k++) {
      const start = bounds[k] ?? 0;
      const end = bounds[k + 1] ?? pieces.length;
      ids.push(stretches.id(start, end));
      if (stretches.compound(start, end)) compound += 1;
    }
    const resolved = ids.filter((id): id is string => id !== null);
    const distinct = new Set(resolved).size;
    const unresolved = ids.length - resolved.length;
    const score = (unresolved === 0 ? 1000 : 0) + distinct * 10 - compound * 5 - unresolved;
    if (score > bestScore || (score === bestScore && cuts.length < best.length)) {
      best = cuts;
      bestScore = score;
    }
  }
  const bounds = [0, ...best, pieces.length];
  return bounds.slice(1).map((end, k) => stretches.text(bounds[k] ?? 0, end));
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
  return clean(bestSplit(trimmed, resolve));
}
