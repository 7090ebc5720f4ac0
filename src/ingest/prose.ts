/**
 * Prose as sentences: lines of a paragraph joined (a sentence often wraps onto the next line), split into
 * sentences, each with evidence on every source line it spans. Table cells and bullets are their own
 * paragraphs; headings end a paragraph.
 */
import type { Evidence } from '../profile/role-profile.ts';
import type { DocLine } from './document-lines.ts';
import { lookupLabel } from './lexicon.ts';
import { isLevelledLine, quoteAll, type DocumentModel } from './sections.ts';

export interface Sentence {
  text: string;
  /** Indices (into the model's lines) of the lines the sentence spans. */
  indices: number[];
  evidence: Evidence[];
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z“"'‘0-9])/g;

function isHeadingLine(line: DocLine): boolean {
  if (line.heading > 0 || line.emphasised) return true;
  if (line.text.length <= 80 && /:$/.test(line.text)) return true;
  if (isLevelledLine(line.text)) return true;
  if (/^[A-Z][A-Z &/,()–-]{3,}$/.test(line.text)) return true;
  return !line.bullet && line.text.length <= 60 && lookupLabel(line.text) !== null;
}

interface Piece {
  line: DocLine;
  index: number;
  text: string;
}

function sentencesOfPieces(pieces: Piece[]): Sentence[] {
  if (pieces.length === 0) return [];
  const spans: { start: number; end: number; piece: Piece }[] = [];
  let text = '';
  for (const piece of pieces) {
    if (text.length > 0) text += ' ';
    spans.push({ start: text.length, end: text.length + piece.text.length, piece });
    text += piece.text;
  }
  const out: Sentence[] = [];
  let start = 0;
  const bounds: number[] = [];
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) bounds.push(m.index);
  bounds.push(text.length);
  for (const end of bounds) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = start + lead;
    const sentence = raw.trim();
    if (sentence.length > 0) {
      const evidence: Evidence[] = [];
      const indices: number[] = [];
      for (const span of spans) {
        const a = Math.max(s, span.start);
        const b = Math.min(s + sentence.length, span.end);
        if (a >= b) continue;
        const part = text.slice(a, b).trim();
        if (!part) continue;
        indices.push(span.piece.index);
        evidence.push(...quoteAll(span.piece.line, part));
      }
      out.push({ text: sentence, indices, evidence });
    }
    start = end;
  }
  return out;
}

const CACHE = new WeakMap<DocumentModel, Sentence[]>();

/** Every sentence of the document, in order. */
export function proseSentences(model: DocumentModel): Sentence[] {
  const cached = CACHE.get(model);
  if (cached) return cached;
  const out: Sentence[] = [];
  let paragraph: Piece[] = [];
  const flush = (): void => {
    out.push(...sentencesOfPieces(paragraph));
    paragraph = [];
  };
  model.lines.forEach((line, index) => {
    if (line.text.length === 0 || line.noise) {
      flush();
      return;
    }
    if (line.cells.length > 1) {
      flush();
      for (const cell of line.cells) for (const item of cell.items) out.push(...sentencesOfPieces([{ line, index, text: item }]));
      return;
    }
    if (isHeadingLine(line)) {
      flush();
      return;
    }
    if (line.bullet) {
      flush();
      out.push(...sentencesOfPieces([{ line, index, text: line.text }]));
      return;
    }
    // "Label: value" lines start their own paragraph.
    if (/^[A-Za-z][^:]{0,50}:\s/.test(line.text)) flush();
    paragraph.push({ line, index, text: line.text });
  });
  flush();
  CACHE.set(model, out);
  return out;
}

/** Sentences whose first line index is in [start, end). */
export function sentencesIn(model: DocumentModel, start: number, end: number): Sentence[] {
  return proseSentences(model).filter((s) => {
    const first = s.indices[0];
    return first !== undefined && first >= start && first < end;
  });
}
