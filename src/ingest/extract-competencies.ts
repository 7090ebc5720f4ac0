/**
 * Behaviours, values and technical skills. Items are written "Name (Level N)" / "Name (Accredited)" followed
 * by a paragraph, or as plain sub-headings followed by a paragraph under a behaviours heading, or as a
 * bullet list. Which list an item belongs to comes from the heading it sits under; without one, from the
 * national framework names (CVF behaviours and values), and otherwise it is a skill.
 */
import type { Competency, Evidence, Level, Skill } from '../profile/role-profile.ts';
import type { DocLine } from './document-lines.ts';
import { governingSection, type ExtractContext } from './extract-context.ts';
import { frameworkOf } from './frameworks.ts';
import type { SectionKey } from './lexicon.ts';
import { bodyLines, LEVELLED_ITEM, quote, type Section } from './sections.ts';

export interface CompetencyResult {
  behaviours: Competency[];
  values: Competency[];
  skills: Skill[];
}

type Kind = 'behaviours' | 'values' | 'skills';
const KINDS: readonly SectionKey[] = ['behaviours', 'values', 'skills'];

export function parseLevel(raw: string): Level {
  const m = /level\s*(\d{1,2})/i.exec(raw);
  if (m?.[1]) return Number(m[1]);
  const word = raw.trim();
  return word.length > 0 ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : null;
}

function frameworkName(name: string, documentSaysPpf: boolean): string | null {
  const kind = frameworkOf(name);
  if (kind === 'cvf-behaviour' || kind === 'cvf-value') return 'CVF';
  if (kind === 'ppf-quality' || documentSaysPpf) return 'PPF';
  return null;
}

function kindFor(ctx: ExtractContext, sectionIndex: number, name: string, level: Level): Kind {
  const governing = governingSection(ctx.model, sectionIndex - 1);
  if (governing && KINDS.includes(governing.key as SectionKey)) return governing.key as Kind;
  const kind = frameworkOf(name);
  if (kind === 'cvf-value' || level === 'Accredited') return 'values';
  if (kind === 'cvf-behaviour' || kind === 'ppf-quality') return 'behaviours';
  return 'skills';
}

function description(ctx: ExtractContext, section: Section): { text: string | null; lines: DocLine[] } {
  const lines = bodyLines(ctx.model, section);
  for (let i = section.bodyStart; i < section.bodyEnd; i += 1) ctx.descriptive.add(i);
  const text = lines.map((line) => line.text).join(' ').trim();
  return { text: text.length > 0 ? text : null, lines };
}

export function extractCompetencies(ctx: ExtractContext): CompetencyResult {
  const result: CompetencyResult = { behaviours: [], values: [], skills: [] };
  const { model } = ctx;
  const documentSaysPpf = model.lines.some((line) => /\bPPF\b|policing professional framework/i.test(line.text));
  const covered = new Set<number>();

  model.sections.forEach((section, s) => {
    const m = LEVELLED_ITEM.exec(section.label);
    if (section.key !== null || !m?.[1] || !m[2]) return;
    const anchor = model.lines[section.index];
    if (!anchor) return;
    const name = m[1].replace(/[\s:–-]+$/, '').trim();
    const level = parseLevel(m[2]);
    const kind = kindFor(ctx, s, name, level);
    const desc = description(ctx, section);
    ctx.descriptive.add(section.index);
    const evidence: Evidence[] = [quote(anchor, anchor.text)];
    covered.add(section.index);
    if (kind === 'skills') result.skills.push({ name, level, description: desc.text, evidence });
    else
      result[kind].push({
        name,
        level,
        framework: frameworkName(name, documentSaysPpf),
        description: desc.text,
        evidence,
      });
  });

  // Headed lists without levels: sub-headings (or bullets) under a behaviours/values/skills heading.
  model.sections.forEach((section, s) => {
    if (!section.key || !KINDS.includes(section.key)) return;
    const kind = section.key as Kind;
    const items = unlevelledItems(ctx, s, covered);
    for (const item of items) {
      const evidence: Evidence[] = [quote(item.line, item.name)];
      if (kind === 'skills') result.skills.push({ name: item.name, level: null, description: item.description, evidence });
      else
        result[kind].push({
          name: item.name,
          level: null,
          framework: frameworkName(item.name, documentSaysPpf),
          description: item.description,
          evidence,
        });
    }
  });
  return result;
}

interface PlainItem {
  name: string;
  description: string | null;
  line: DocLine;
}

/** Items of a behaviours/values/skills section that has no "(Level N)" items of its own. */
function unlevelledItems(ctx: ExtractContext, sectionIndex: number, covered: Set<number>): PlainItem[] {
  const { model } = ctx;
  const head = model.sections[sectionIndex];
  if (!head) return [];
  const out: PlainItem[] = [];
  // Inline value of the label ("Behaviours: Integrity, Teamwork").
  if (head.entry && head.entry.value.trim()) {
    const line = model.lines[head.index];
    for (const name of head.entry.items.flatMap((item) => item.split(/[;,]\s*/))) {
      const clean = name.trim().replace(/\.$/, '');
      if (line && clean.length > 1 && clean.length < 80) out.push({ name: clean, description: null, line });
    }
  }
  for (let s = sectionIndex + 1; s < model.sections.length; s += 1) {
    const section = model.sections[s];
    if (!section || (section.key !== null && section.key !== 'documentPart')) break;
    if (covered.has(section.index)) return out.length > 0 ? out : [];
    const anchor = model.lines[section.index];
    if (!anchor || section.key === 'documentPart' || anchor.noise) continue;
    const name = section.label.trim();
    if (name.length > 80 || name.split(/\s+/).length > 8) continue;
    const desc = description(ctx, section);
    ctx.descriptive.add(section.index);
    out.push({ name, description: desc.text, line: anchor });
  }
  // Bullet lists directly under the heading: "- Integrity: acts with ..." or "- Integrity".
  for (const line of bodyLines(model, head)) {
    if (!line.bullet) continue;
    const m = /^(?:\d{1,2}[.)]\s*)?([^:–-]{2,60}?)\s*(?:[:–-]\s+(.*))?$/.exec(line.text);
    if (!m?.[1]) continue;
    const index = model.lines.indexOf(line);
    ctx.descriptive.add(index);
    out.push({ name: m[1].trim(), description: m[2]?.trim() || null, line });
  }
  return out;
}
