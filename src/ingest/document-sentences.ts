/**
 * The sentences of a document that may state a fact of the post: every text line that is not a competency
 * description, cut into sentences, each with the line it is on and its evidence. Also which lines sit under
 * a given concept's heading, so a value alone under "Salary" (a PDF label/value pair) is read as that concept's.
 */
import type { Evidence } from '../profile/role-profile.ts';
import type { SectionKey } from '../vocabulary/document-headings.ts';
import type { DocLine } from './document-lines.ts';
import { sentencesOf, textLines, type ExtractContext } from './extract-context.ts';
import { entriesFor, extentLines, quote, sectionsFor } from './sections.ts';

export interface Sentence {
  text: string;
  line: DocLine;
  index: number;
  evidence: Evidence;
  /** The cells of the sentence's table row ([] outside a table): a value is read from its own cell. */
  cells: string[];
}

/**
 * The sentences read for a context, kept with how many lines were descriptive then: five extractors (pay,
 * working arrangements, closing date, service, entry routes) read every sentence of the document, and cutting
 * and quoting them once instead of five times was a tenth of a parse.
 */
const cache = new WeakMap<ExtractContext, { descriptive: number; sentences: readonly Sentence[] }>();

export function documentSentences(ctx: ExtractContext): readonly Sentence[] {
  const kept = cache.get(ctx);
  if (kept && kept.descriptive === ctx.descriptive.size) return kept.sentences;
  const sentences = readSentences(ctx);
  cache.set(ctx, { descriptive: ctx.descriptive.size, sentences });
  return sentences;
}

function readSentences(ctx: ExtractContext): Sentence[] {
  const out: Sentence[] = [];
  for (const { line, index } of textLines(ctx.model)) {
    if (ctx.descriptive.has(index) || line.noise) continue;
    // Table cells are separate statements: "Salary\t£27,334" reads as "Salary: £27,334".
    for (const sentence of sentencesOf(line.text)) {
      const text = sentence.replace(/\s*\t+\s*/g, ': ').replace(/:\s*:/g, ':');
      const cells = line.cells.length > 1 ? line.cells.map((cell) => cell.text).filter((cell) => sentence.includes(cell)) : [];
      out.push({ text, line, index, evidence: quote(line, sentence), cells });
    }
  }
  return out;
}

/** Indices of the lines a concept's headings and labels govern (the label's own line too). */
export function linesUnder(ctx: ExtractContext, ...keys: SectionKey[]): Set<number> {
  const under = new Set<number>();
  for (const section of sectionsFor(ctx.model, ...keys)) {
    under.add(section.index);
    for (const line of extentLines(ctx.model, section)) {
      const index = ctx.model.indexOf.get(line);
      if (index !== undefined) under.add(index);
    }
  }
  for (const entry of entriesFor(ctx.model, ...keys)) {
    under.add(entry.index);
    under.add(entry.valueIndex);
  }
  return under;
}
