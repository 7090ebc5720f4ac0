/**
 * Phrases of normalised words found in a question, left to right, the longest phrase at each position
 * first; words a phrase used are not read again. This is the overlap policy every question-side table
 * uses ("enhanced sc clearance" is eSC, not SC).
 */
export interface PhraseHit<T> {
  value: T;
  start: number;
  length: number;
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(' ').filter((word) => word.length > 0);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(first, list);
    }
  }

  find(words: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let start = 0; start < words.length; ) {
      const candidates = this.byFirst.get(words[start] ?? '') ?? [];
      const match = candidates.find((candidate) => candidate.words.every((word, k) => words[start + k] === word));
      if (match) {
        hits.push({ value: match.value, start, length: match.words.length });
        start += match.words.length;
      } else start += 1;
    }
    return hits;
  }
}
