/**
 * Prose as sentences: lines of a paragraph joined (a sentence often wraps onto the next line), split into
 * sentences, each with evidence on every source line it spans. Table cells and bullets are their own
 * paragraphs; headings end a paragraph.
 */
import type { Evidence } from '../profile/role-profile.ts';
import type { DocLine } from './document-lines.ts';
import { lookupLabel } from '../vocabulary/document-headings.ts';
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

export interface Piece {
  line: DocLine;
  index: number;
  text: string;
}

export function sentencesOfPieces(pieces: Piece[]): Sentence[] {
  const out: Sentence[] = [];
  appendSentences(pieces, out);
  return out;
}

/** Cheap test for SENTENCE_END: most cells and bullets are one sentence. */
const MAY_END_SENTENCE = /[.!?]\s/;

/** The sentences of a paragraph, appended to `out` (no intermediate arrays: this runs on every line). */
function appendSentences(pieces: Piece[], out: Sentence[]): void {
  const only = pieces.length === 1 ? pieces[0] : undefined;
  if (only) {
    // One piece: every sentence lies wholly inside it, so its only part is the sentence itself.
    const text = only.text;
    if (!MAY_END_SENTENCE.test(text)) {
      const sentence = text.trim();
      if (sentence.length > 0) out.push(lazySentence(sentence, [{ piece: only, part: sentence }]));
      return;
    }
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    for (;;) {
      const m = SENTENCE_END.exec(text);
      const end = m ? m.index : text.length;
      const sentence = text.slice(start, end).trim();
      if (sentence.length > 0) out.push(lazySentence(sentence, [{ piece: only, part: sentence }]));
      if (!m) return;
      start = end;
    }
  }
  if (pieces.length === 0) return;
  const spans: { start: number; end: number; piece: Piece }[] = [];
  let text = '';
  for (const piece of pieces) {
    if (text.length > 0) text += ' ';
    spans.push({ start: text.length, end: text.length + piece.text.length, piece });
    text += piece.text;
  }
  let start = 0;
  const bounds: number[] = [];
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) bounds.push(m.index);
  bounds.push(text.length);
  // Sentences and spans both run left to right: skip the spans that end before the sentence starts.
  let first = 0;
  for (const end of bounds) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = start + lead;
    const sentence = raw.trim();
    if (sentence.length > 0) {
      const parts: { piece: Piece; part: string }[] = [];
      while (first < spans.length && (spans[first]?.end ?? 0) <= s) first += 1;
      for (let k = first; k < spans.length; k += 1) {
        const span = spans[k];
        if (!span) break;
        if (span.start >= s + sentence.length) break;
        const a = Math.max(s, span.start);
        const b = Math.min(s + sentence.length, span.end);
        if (a >= b) continue;
        const part = text.slice(a, b).trim();
        if (part) parts.push({ piece: span.piece, part });
      }
      out.push(lazySentence(sentence, parts));
    }
    start = end;
  }
}

/** Evidence is worked out only for the few sentences an extractor keeps (most are never cited). */
function lazySentence(text: string, parts: { piece: Piece; part: string }[]): Sentence {
  let evidence: Evidence[] | null = null;
  return {
    text,
    indices: parts.map((p) => p.piece.index),
    get evidence(): Evidence[] {
      evidence ??= parts.flatMap((p) => quoteAll(p.piece.line, p.part));
      return evidence;
    },
  };
}

const CACHE = new WeakMap<DocumentModel, Sentence[]>();

/** Every sentence of the document, in order. */
export function proseSentences(model: DocumentModel): Sentence[] {
  const cached = CACHE.get(model);
  if (cached) return cached;
  const out: Sentence[] = [];
  let paragraph: Piece[] = [];
  const flush = (): void => {
    appendSentences(paragraph, out);
    paragraph = [];
  };
  model.lines.forEach((line, index) => {
    if (line.text.length === 0 || line.noise) {
      flush();
      return;
    }
    if (line.cells.length > 1) {
      flush();
      // Table cells; a label cell ("Training Requirements:") is not prose.
      for (const [c, cell] of line.cells.entries()) {
        if (/:$/.test(cell.text) && cell.text.length <= 80) continue;
        // "Driving licence | Not needed": the label cell is not a statement.
        if (c === 0 && cell.text.length <= 60 && lookupLabel(cell.text) !== null) continue;
        for (const item of cell.items) appendSentences([{ line, index, text: item }], out);
      }
      return;
    }
    if (isHeadingLine(line)) {
      flush();
      return;
    }
    if (line.bullet) {
      flush();
      appendSentences([{ line, index, text: line.text }], out);
      return;
    }
    // A "Label: value" line is a paragraph of its own (a wrapped value was joined to it already).
    const label = /^([A-Za-z][^:]{0,50}):\s/.exec(line.text);
    if (label?.[1] && lookupLabel(label[1]) !== null) {
      flush();
      appendSentences([{ line, index, text: line.text }], out);
      return;
    }
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

/** Words a wrapped line ends with when the next line carries on the same item. */
const CARRIES_ON = /(?:[,&(/-]|\b(?:and|or|the|of|to|a|an|for|with|in|on|at|by|from|including))$/i;

/**
 * The items of a list written one per line (no bullets needed): a line starts a new item unless it
 * visibly carries on the one above (starts in lower case or a bracket, or the line above ends mid-phrase).
 * Bullets always start an item; a blank line ends one.
 */
export function lineItems(model: DocumentModel, start: number, end: number, skip: ReadonlySet<number>): Piece[][] {
  const groups: Piece[][] = [];
  let current: Piece[] | null = null;
  for (let index = start; index < end; index += 1) {
    const line = model.lines[index];
    if (!line || line.text.length === 0 || skip.has(index)) {
      current = null;
      continue;
    }
    if (line.noise) continue;
    const previous = current?.[current.length - 1];
    const carries = previous !== undefined && !line.bullet && (/^[a-z(0-9&]/.test(line.text) || CARRIES_ON.test(previous.text));
    if (current && carries) {
      current.push({ line, index, text: line.text });
      continue;
    }
    current = [{ line, index, text: line.text }];
    groups.push(current);
  }
  return groups;
}
