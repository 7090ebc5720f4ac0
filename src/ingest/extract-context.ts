/** What every extractor reads: the document model, plus lines other extractors have claimed. */
import type { Evidence } from '../profile/role-profile.ts';
import type { DocLine } from './document-lines.ts';
import type { DocumentModel, Section } from './sections.ts';

export interface ExtractContext {
  model: DocumentModel;
  /**
   * Line indices that belong to behaviour/skill descriptions and criteria tables: prose there describes
   * a competency ("reports problems to line manager", "PEACE course"), not a fact about the post.
   */
  descriptive: Set<number>;
  /** Line indices of criteria tables / lists (criteria are read separately from conditions). */
  criteriaLines: Set<number>;
}

export interface Found<T> {
  value: T;
  evidence: Evidence[];
}

/** The nearest section before `sectionIndex` whose key the lexicon knows (skipping unknown headings). */
export function governingSection(model: DocumentModel, sectionIndex: number): Section | null {
  for (let s = sectionIndex; s >= 0; s -= 1) {
    const section = model.sections[s];
    if (section && section.key !== null && section.key !== 'documentPart') return section;
  }
  return null;
}

/** Sentences of a line, each with its own text (for prose documents with several facts per line). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z(“"'])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Every text line of the document with its index. */
export function textLines(model: DocumentModel): { line: DocLine; index: number }[] {
  const out: { line: DocLine; index: number }[] = [];
  model.lines.forEach((line, index) => {
    if (line.text.length > 0) out.push({ line, index });
  });
  return out;
}
