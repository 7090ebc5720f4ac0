/**
 * Answers as plain text for a terminal (CLI and console chat): the answer's own text, then where it came
 * from. The JSON form is the Answer itself, with the fields tools read first.
 */
import type { Answer, Citation } from '../answer/types.ts';

const QUOTE_MAX = 100;

function shortQuote(quote: string): string {
  const one = quote.replace(/\s+/g, ' ').trim();
  return one.length > QUOTE_MAX ? `${one.slice(0, QUOTE_MAX - 3)}...` : one;
}

/** Each source line once, in the order the answer cites them. */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.roleId}:${c.postingId ?? ''}:${c.line}:${c.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function formatCitations(citations: readonly Citation[]): string[] {
  const unique = uniqueCitations(citations);
  if (unique.length === 0) return [];
  return [
    'Sources:',
    ...unique.map((c) => `  - ${citationPlace(c)} (${c.field}): "${shortQuote(c.quote)}"`),
  ];
}

/** A vacancy posting is cited by its id (it has no document lines); a profile fact by its line. */
function citationPlace(c: Citation): string {
  if (c.checkedByHr !== undefined) return `${c.roleTitle} profile, checked by HR`;
  return c.postingId !== undefined ? `${c.roleTitle} vacancy posting ${c.postingId}` : `${c.roleTitle} profile, line ${c.line}`;
}

/**
 * The answer's text as the core words it (it names its sources); when a text carries citations but names
 * no source, the sources are added, so a terminal answer is never uncited.
 */
export function formatAnswerText(answer: Answer): string {
  const text = answer.text.trimEnd();
  if (answer.citations.length === 0 || /\bSources?:/.test(text)) return text;
  return [text, ...formatCitations(answer.citations)].join('\n');
}

/** One JSON line: the contract fields first (question, kind, text, roles, citations), then the rest. */
export function answerJson(answer: Answer): string {
  const { question, kind, text, roles, citations, ...rest } = answer;
  return JSON.stringify({ question, kind, text, roles, citations, ...rest });
}
