/**
 * Reporting line and other single-valued labelled facts (responsible for, department, location, contract,
 * role code). Only a label, or a prose phrase such as "you will report to the Detective Sergeant", gives a
 * reporting line: "reports problems identified to line manager" is not one.
 */
import type { ExtractContext, Found } from './extract-context.ts';
import type { SectionKey } from './lexicon.ts';
import { entriesFor, quote, valueOf } from './sections.ts';

const EMPTY_VALUE = /^(?:n\/?a|tbc|tba|-+|—|\.+|yes\s*\/\s*no)$/i;

function acceptValue(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 200 && !EMPTY_VALUE.test(t) && !/:$/.test(t);
}

/** The first usable value of any label with one of `keys`. */
export function labelledValue(ctx: ExtractContext, keys: SectionKey[], maxLines = 2): Found<string> | null {
  for (const entry of entriesFor(ctx.model, ...keys)) {
    const found = valueOf(ctx.model, entry, acceptValue, maxLines);
    if (found) return { value: found.value.replace(/\s+/g, ' ').trim(), evidence: found.evidence };
  }
  return null;
}

const REPORTS_PROSE =
  /\b(?:you will |will |who |and )?(?:report(?:s|ing)?\s+(?:directly\s+)?(?:in)?to|line[- ]managed by|accountable to|responsible to|managed by)\s+(?:the\s+|a\s+|an\s+)?((?:[A-Z][\w&/'-]*)(?:\s+(?:[A-Z][\w&/'-]*|of|and|&|for)){0,7})/;

export function extractReportsTo(ctx: ExtractContext): Found<string> | null {
  const labelled = labelledValue(ctx, ['reportsTo']);
  if (labelled && !/^none\b/i.test(labelled.value)) return labelled;
  for (const [index, line] of ctx.model.lines.entries()) {
    if (line.text.length === 0 || ctx.descriptive.has(index)) continue;
    const m = REPORTS_PROSE.exec(line.text);
    const phrase = m?.[1]?.replace(/\s+(?:of|and|&|for)$/, '').trim();
    if (phrase && phrase.length > 2) return { value: phrase, evidence: [quote(line, m?.[0]?.trim() ?? phrase)] };
  }
  return null;
}
