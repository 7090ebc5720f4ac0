/**
 * Behaviours, values and technical skills. Items are written "Name (Level N)" / "Name (Accredited)" /
 * "Name – Level B" (one or several to a line) followed by a paragraph; or as plain sub-headings followed by
 * a paragraph under a behaviours heading; or as a bullet, line-by-line or ";"-separated list, with the level
 * given once in the heading ("BEHAVIOURS – CVF (Level 2)", "..., all at Level 1"); or named in prose
 * ("the Competency and Values Framework at Level 1 (Emotionally Aware, Take Ownership)").
 * Which list an item belongs to comes from the heading it sits under; without one, from the national
 * framework names (CVF behaviours and values), and otherwise it is a skill.
 */
import type { Competency, Evidence, Level, Skill } from '../profile/role-profile.ts';
import type { DocLine } from './document-lines.ts';
import { governingSection, type ExtractContext } from './extract-context.ts';
import { readCompetencyTables } from './competency-tables.ts';
import { isTableHeaderRow } from './table-header-rows.ts';
import { proseSentences } from './prose.ts';
import { CVF_BEHAVIOURS, CVF_VALUES, PPF_QUALITIES, frameworkOf } from '../vocabulary/frameworks.ts';
import type { SectionKey } from '../vocabulary/document-headings.ts';
import { bodyLines, levelledItems, quoteAll, valueLine, type Section } from './sections.ts';

export interface CompetencyResult {
  behaviours: Competency[];
  values: Competency[];
  skills: Skill[];
}

type Kind = 'behaviours' | 'values' | 'skills';
const KINDS: readonly SectionKey[] = ['behaviours', 'values', 'skills'];

export function parseLevel(raw: string): Level {
  const m = /level\s*(\d{1,2}|[A-E])\b/i.exec(raw);
  if (m?.[1]) return /^\d+$/.test(m[1]) ? Number(m[1]) : m[1].toUpperCase();
  const word = raw.trim();
  return word.length > 0 ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : null;
}

/**
 * A level stated once for a whole list: "(Level 2)", "at Level 1", "all at Level 1"; in a heading
 * ("Behaviours (CVF Level 1)", "Behaviours – CVF Level 2") any "Level N".
 */
function defaultLevel(text: string, heading = false): Level {
  const m = heading
    ? /\blevel\s*(\d{1,2}|[A-E])\b/i.exec(text)
    : /\(level\s*(\d{1,2}|[A-E])\)|\bat level\s*(\d{1,2}|[A-E])\b|\bframework\b[^:]*\blevel\s*(\d{1,2}|[A-E])\b/i.exec(text);
  const raw = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!raw) return null;
  return /^\d+$/.test(raw) ? Number(raw) : raw.toUpperCase();
}

/**
 * "Serving the Public – C", "Decision Making - Level B", "Data Analysis — 3": a name and its level after a
 * dash. Read only where a behaviours or skills heading governs the line, where a bare letter or number
 * after a dash can be nothing but a level (elsewhere "Unit – B" is a place).
 */
const DASHED_LEVEL = /^(.{2,80}?)\s+[–—-]\s+(?:level\s*)?([A-E]|\d{1,2})\s*[.:]?$/i;

function dashedLevel(text: string): { name: string; level: Level } | null {
  const m = DASHED_LEVEL.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  return { name: m[1], level: /^\d+$/.test(m[2]) ? Number(m[2]) : m[2].toUpperCase() };
}

class Collector {
  readonly result: CompetencyResult = { behaviours: [], values: [], skills: [] };
  constructor(private readonly documentSaysPpf: boolean, private readonly documentSaysCvf: boolean) {}

  framework(name: string): string | null {
    const kind = frameworkOf(name);
    if (kind === 'cvf-behaviour' || kind === 'cvf-value') return 'CVF';
    if (kind === 'ppf-quality') return 'PPF';
    if (this.documentSaysPpf && !this.documentSaysCvf) return 'PPF';
    return null;
  }

  add(kind: Kind, name: string, level: Level, description: string | null, evidence: Evidence[]): void {
    const clean = name.replace(/^[\s•▪\-*–]+|[\s:;,.–-]+$/g, '').trim();
    if (clean.length < 2 || clean.length > 90) return;
    const list = this.result[kind];
    if (list.some((item) => item.name.toLowerCase() === clean.toLowerCase())) return;
    if (kind === 'skills') this.result.skills.push({ name: clean, level, description, evidence });
    else this.result[kind].push({ name: clean, level, framework: this.framework(clean), description, evidence });
  }
}

function kindFor(ctx: ExtractContext, sectionIndex: number, name: string, level: Level): Kind {
  const governing = governingSection(ctx.model, sectionIndex);
  if (governing && KINDS.includes(governing.key as SectionKey)) return governing.key as Kind;
  const kind = frameworkOf(name);
  if (kind === 'cvf-value' || level === 'Accredited') return 'values';
  if (kind === 'cvf-behaviour' || kind === 'ppf-quality') return 'behaviours';
  return 'skills';
}

function describe(ctx: ExtractContext, section: Section): string | null {
  const lines = bodyLines(ctx.model, section);
  for (let i = section.bodyStart; i < section.bodyEnd; i += 1) ctx.descriptive.add(i);
  const text = lines.map((line) => line.text).join(' ').trim();
  return text.length > 0 ? text : null;
}

export function extractCompetencies(ctx: ExtractContext): CompetencyResult {
  const { model } = ctx;
  const says = (re: RegExp): boolean => model.lines.some((line) => re.test(line.text));
  const out = new Collector(says(/\bPPF\b|policing professional framework/i), says(/\bCVF\b|competency and values framework/i));
  const covered = new Set<number>();

  // 0. Tables whose header names a skill/competency column and a level column.
  const tableLines = new Set<number>();
  for (const item of readCompetencyTables(model.lines, tableLines)) {
    out.add(item.kind, item.name, item.level, item.description, quoteAll(item.line, item.name));
  }
  for (const index of tableLines) ctx.descriptive.add(index);

  // 1. "Name (Level N)" item lines, each followed by its description.
  model.sections.forEach((section, s) => {
    if (section.key !== null) return;
    const items = levelledItems(section.label);
    const anchor = model.lines[section.index];
    if (!items || !anchor) return;
    const description = items.length === 1 ? describe(ctx, section) : null;
    ctx.descriptive.add(section.index);
    covered.add(s);
    for (const item of items) {
      const level = parseLevel(item.level);
      out.add(kindFor(ctx, s - 1, item.name, level), item.name, level, description, quoteAll(anchor, item.name));
    }
  });

  // 2. Lists under a behaviours / values / skills heading without per-item "(Level N)" headings.
  model.sections.forEach((section, s) => {
    if (!section.key || !KINDS.includes(section.key)) return;
    plainItems(ctx, out, s, section.key as Kind, covered, tableLines);
  });

  // 3. Prose: framework behaviours named in a sentence that gives their level.
  if (out.result.behaviours.length === 0) proseMentions(ctx, out);
  return out.result;
}

const KNOWN_NAMES = [...CVF_BEHAVIOURS, ...CVF_VALUES, ...PPF_QUALITIES];
const KNOWN_NAME_RE = new RegExp(`\\b(?:${KNOWN_NAMES.map((n) => n.replace(/[-,]/g, (c) => (c === '-' ? '[- ]?' : ',?'))).join('|')})\\b`, 'gi');

/** Split a list line: ";" first; otherwise "," but keeping known names that contain commas whole. */
function splitList(text: string): string[] {
  if (text.includes(';')) return text.split(';');
  const known: string[] = [];
  const rest = text.replace(KNOWN_NAME_RE, (m) => {
    known.push(m);
    return ',';
  });
  return [...known, ...rest.split(/,|\band\b(?=\s+[A-Z])/)];
}

function isShortName(text: string): boolean {
  const t = text.trim().replace(/\.$/, '');
  return t.length > 1 && t.length <= 60 && t.split(/\s+/).length <= 7 && !/[.!?:]$|:\s|\b\d{4}\b/.test(t) && /^[A-Z]/.test(t);
}

function plainItems(ctx: ExtractContext, out: Collector, sectionIndex: number, kind: Kind, covered: Set<number>, tableLines: ReadonlySet<number>): void {
  const { model } = ctx;
  const head = model.sections[sectionIndex];
  const anchor = head ? valueLine(model, head) : undefined;
  if (!head || !anchor) return;
  let level = defaultLevel(head.label, true) ?? defaultLevel(head.entry?.value ?? '');
  const before = { b: out.result.behaviours.length, v: out.result.values.length, s: out.result.skills.length };

  // Inline value of the label ("Values: Integrity, Impartiality"); a table's header row names columns, not items.
  if (head.entry?.value.trim() && !/\bframework\b|\bat level\b/i.test(head.entry.value) && !isTableHeaderRow(model.lines[head.index])) {
    for (const name of splitList(head.entry.value)) if (isShortName(name)) out.add(kind, name, level, null, quoteAll(anchor, name.trim()));
  }
  // Sub-headings each followed by a paragraph (the PCSO's behaviours), up to the next known heading.
  for (let s = sectionIndex + 1; s < model.sections.length; s += 1) {
    const section = model.sections[s];
    if (!section || (section.key !== null && section.key !== 'documentPart')) break;
    if (covered.has(s)) break;
    const line = model.lines[section.index];
    if (!line || section.key === 'documentPart' || line.noise || isTableHeaderRow(line)) continue;
    const name = section.label.trim();
    if (name.length > 80 || name.split(/\s+/).length > 8) continue;
    const lineLevel = defaultLevel(name);
    if (lineLevel !== null && /framework|all at|at level/i.test(name)) {
      level = lineLevel;
      continue;
    }
    const description = describe(ctx, section);
    ctx.descriptive.add(section.index);
    const dashed = dashedLevel(name);
    if (dashed) out.add(kind, dashed.name, dashed.level, description, quoteAll(line, dashed.name));
    else out.add(kind, name, level, description, quoteAll(line, name));
  }
  // The heading's own body: bullets, one name per line, or a ";"/","-separated list (maybe wrapped).
  const body = bodyLines(model, head);
  const listLines: DocLine[] = [];
  const described = new Set<DocLine>();
  body.forEach((line, at) => {
    const index = model.indexOf.get(line) ?? -1;
    if (tableLines.has(index) || described.has(line) || isTableHeaderRow(line)) return;
    const intro = defaultLevel(line.text);
    if (intro !== null && /framework|all at|at level/i.test(line.text) && !line.bullet) {
      level = intro;
      ctx.descriptive.add(index);
      // "Competency and Values Framework, Level 2: Analyse Critically; Take Ownership; ...".
      const rest = line.text.includes(':') ? line.text.slice(line.text.indexOf(':') + 1).trim() : '';
      if (rest) for (const name of splitList(rest)) if (isShortName(name)) out.add(kind, name, level, null, quoteAll(line, name.trim().replace(/\.$/, '')));
      return;
    }
    const dashed = dashedLevel(line.text);
    if (dashed && isShortName(dashed.name)) {
      // The lines under "Serving the Public – C" up to the next item describe it.
      const description: DocLine[] = [];
      for (const next of body.slice(at + 1)) {
        if (dashedLevel(next.text) || next.bullet || (isShortName(next.text) && !/\.$/.test(next.text))) break;
        description.push(next);
        described.add(next);
        ctx.descriptive.add(model.indexOf.get(next) ?? -1);
      }
      const text = description.map((next) => next.text).join(' ').trim();
      out.add(kind, dashed.name, dashed.level, text.length > 0 ? text : null, quoteAll(line, dashed.name));
      ctx.descriptive.add(index);
    } else if (line.bullet) {
      const m = /^([^:–]{2,60}?)\s*(?:[:–]\s+(.*))?$/.exec(line.text);
      if (m?.[1]) out.add(kind, m[1], level, m[2]?.trim() || null, quoteAll(line, m[1].trim()));
      ctx.descriptive.add(index);
    } else if (isShortName(line.text) && !/[;,]/.test(line.text)) {
      out.add(kind, line.text, level, null, quoteAll(line, line.text));
      ctx.descriptive.add(index);
    } else if (/[;,]/.test(line.text) && splitList(line.text).every((part) => part.trim() === '' || isShortName(part))) {
      listLines.push(line);
      ctx.descriptive.add(index);
    }
  });
  for (const line of listLines) {
    for (const name of splitList(line.text)) if (isShortName(name)) out.add(kind, name, level, null, quoteAll(line, name.trim()));
  }
  // A ";"-list wrapped onto a second line ends with ";" on the first: join the two halves' last/first names.
  if (kind === 'values' && before.v === out.result.values.length && head.entry === null) return;
}

function proseMentions(ctx: ExtractContext, out: Collector): void {
  for (const sentence of proseSentences(ctx.model)) {
    const first = sentence.indices[0] ?? -1;
    if (ctx.descriptive.has(first)) continue;
    const level = defaultLevel(sentence.text);
    const names = sentence.text.match(KNOWN_NAME_RE);
    if (!names || names.length < 2) continue;
    for (const name of names) {
      const canonical = KNOWN_NAMES.find((n) => n.toLowerCase().replace(/[^a-z]/g, '') === name.toLowerCase().replace(/[^a-z]/g, '')) ?? name;
      const kind = frameworkOf(canonical) === 'cvf-value' ? 'values' : 'behaviours';
      const evidence = sentence.evidence.filter((e) => e.quote.includes(name));
      out.add(kind, canonical, level, null, evidence.length > 0 ? evidence : sentence.evidence);
    }
  }
}
