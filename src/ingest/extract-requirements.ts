/**
 * Health and fitness tests, and training the post requires: every item under a health / training heading or
 * label, and sentences anywhere outside behaviour/skill descriptions that name a test or a course.
 * "Health and safety" is not a health test; a skill named "Training (Level 3)" is not a training requirement.
 */
import type { Item } from '../profile/role-profile.ts';
import type { ExtractContext } from './extract-context.ts';
import type { SectionKey } from './lexicon.ts';
import { proseSentences } from './prose.ts';
import { quoteAll, sectionsFor } from './sections.ts';

export const HEALTH_PATTERN =
  /\b(?:medical(?:\s+(?:assessment|examination|screening|check|questionnaire|standards?))?|fitness test|fitness assessment|fitness standard|job[- ]related fitness|JRFT|bleep test|eyesight|hearing|vision|colour blind|health screening|health surveillance|health assessment|health checks?|occupational health|drugs? (?:test|screening)|substance misuse test|BMI|physical (?:assessment|fitness)|psychological (?:screening|assessment|evaluation)|welfare (?:and psychological )?(?:screening|assessment))\b/i;
const NOT_HEALTH = /\bhealth\s*(?:and|&)\s*safety\b(?![^.]*\b(?:medical|fitness test|eyesight|hearing)\b)/i;

export const TRAINING_PATTERN =
  /\b(?:training|course(?! of action)|courses|programme|accredited|accreditation|qualification to be (?:gained|obtained)|must (?:complete|attend|pass)|(?:will|to) undergo|PIP\s*(?:level\s*)?\d|requalification|refresher)\b/i;
const NOT_TRAINING = /\btraining techniques\b/i;

function clean(text: string): string {
  return text.replace(/^\(?\d{1,2}[.)]\s+/, '').replace(/^[-–•]\s*/, '').trim();
}

/** Items under a heading or label: its inline value, then each bullet / line / sentence of its body. */
function sectionItems(ctx: ExtractContext, keys: SectionKey[]): Item[] {
  const { model } = ctx;
  const items: Item[] = [];
  for (const section of sectionsFor(model, ...keys)) {
    const anchor = model.lines[section.index];
    const value = section.entry?.value.trim();
    if (anchor && value && !/^(?:n\/?a|none|no|yes\s*\/\s*no)$/i.test(value)) {
      for (const part of value.split(/;\s+/)) if (part.trim().length > 2) items.push({ text: clean(part), evidence: quoteAll(anchor, part.trim()) });
    }
    const bodyIndices = new Set<number>();
    for (let i = section.bodyStart; i < section.bodyEnd; i += 1) if (!ctx.descriptive.has(i)) bodyIndices.add(i);
    for (const sentence of proseSentences(model)) {
      const first = sentence.indices[0];
      if (first === undefined || !bodyIndices.has(first)) continue;
      // A list written as one line: "Course A; Course B; Course C".
      const parts = sentence.text.includes('; ') ? sentence.text.split(/;\s+/) : [sentence.text];
      for (const part of parts) {
        const text = clean(part);
        if (text.length > 2) items.push({ text, evidence: sentence.evidence });
      }
    }
  }
  return items;
}

function proseItems(ctx: ExtractContext, pattern: RegExp, exclude: RegExp, criteriaToo: boolean): Item[] {
  const items: Item[] = [];
  for (const sentence of proseSentences(ctx.model)) {
    const first = sentence.indices[0] ?? -1;
    if (ctx.descriptive.has(first) || (!criteriaToo && ctx.criteriaLines.has(first))) continue;
    if (!pattern.test(sentence.text) || exclude.test(sentence.text)) continue;
    items.push({ text: clean(sentence.text), evidence: sentence.evidence });
  }
  return items;
}

function merge(a: Item[], b: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of [...a, ...b]) {
    const key = item.text.toLowerCase();
    if (out.some((o) => o.text.toLowerCase().includes(key) || key.includes(o.text.toLowerCase()))) continue;
    out.push(item);
  }
  return out;
}

export function extractHealth(ctx: ExtractContext): Item[] {
  return merge(sectionItems(ctx, ['health']), proseItems(ctx, HEALTH_PATTERN, NOT_HEALTH, true));
}

export function extractTraining(ctx: ExtractContext): Item[] {
  return merge(sectionItems(ctx, ['training']), proseItems(ctx, TRAINING_PATTERN, NOT_TRAINING, true));
}
