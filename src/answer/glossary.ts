/**
 * The glossary of police terms ("what does NPPV3 mean?"). General definitions of words, never facts
 * about a role. The store reads `data/glossary.json` and passes its text here; a bad entry is reported
 * as a problem and skipped, so one typo does not lose the whole glossary.
 */
import { z } from 'zod';
import { normaliseText } from '../catalogue/index.ts';
import { parseJsonText } from '../profile/json-text.ts';

export const GlossaryEntrySchema = z.object({
  term: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  definition: z.string().min(1),
  source: z.string().min(1).optional(),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export interface ParsedGlossary {
  entries: GlossaryEntry[];
  problems: string[];
}

export function parseGlossary(jsonText: string, file: string): ParsedGlossary {
  let data: unknown;
  try {
    data = parseJsonText(jsonText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { entries: [], problems: [`${file}: not valid JSON (${reason}). Fix the file; the glossary is empty until then.`] };
  }
  const list = Array.isArray(data) ? data : z.object({ entries: z.array(z.unknown()) }).safeParse(data).data?.entries;
  if (!list) {
    return { entries: [], problems: [`${file}: expected a JSON array of { term, aliases, definition } entries.`] };
  }
  const entries: GlossaryEntry[] = [];
  const problems: string[] = [];
  list.forEach((raw, index) => {
    const parsed = GlossaryEntrySchema.safeParse(raw);
    if (parsed.success) {
      entries.push(parsed.data);
      return;
    }
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'entry';
    problems.push(`${file}: entry ${index + 1}, ${where}: ${issue?.message ?? 'invalid'}; entry skipped.`);
  });
  return { entries, problems };
}

/** Terms and aliases by their normalised form ("nppv 3", "NPPV3" -> one key), for lookups. */
export class Glossary {
  private readonly byKey = new Map<string, GlossaryEntry>();

  constructor(entries: readonly GlossaryEntry[] = []) {
    for (const entry of entries) {
      for (const name of [entry.term, ...entry.aliases]) {
        const key = glossaryKey(name);
        if (key && !this.byKey.has(key)) this.byKey.set(key, entry);
      }
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  lookup(text: string): GlossaryEntry | undefined {
    return this.byKey.get(glossaryKey(text));
  }

  /** The longest run of words in `words` that is a glossary term, with its start and length. */
  find(words: readonly string[]): { entry: GlossaryEntry; start: number; length: number } | undefined {
    for (let length = Math.min(6, words.length); length >= 1; length -= 1) {
      for (let start = 0; start + length <= words.length; start += 1) {
        const entry = this.lookup(words.slice(start, start + length).join(' '));
        if (entry) return { entry, start, length };
      }
    }
    return undefined;
  }
}

/** "NPPV 3", "nppv-3" and "NPPV3" are one key; so are "PIP 2" and "pip2". */
export function glossaryKey(text: string): string {
  return normaliseText(text).replace(/ (\d)\b/g, '$1').replace(/ /g, '');
}
