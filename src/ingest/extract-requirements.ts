/**
 * Health and fitness tests, and training the post requires: from labelled values ("Health tests required:",
 * "Training Requirements:") and from sentences anywhere outside behaviour/skill descriptions.
 * "Health and safety" is not a health test; a skill named "Training (Level 3)" is not a training requirement.
 */
import type { Evidence, Item } from '../profile/role-profile.ts';
import { sentencesOf, textLines, type ExtractContext } from './extract-context.ts';
import type { SectionKey } from './lexicon.ts';
import { entriesFor, valueOf } from './sections.ts';

export const HEALTH_PATTERN =
  /\b(?:medical(?:\s+(?:assessment|examination|screening|check|questionnaire|standards?))?|fitness test|fitness assessment|job[- ]related fitness|JRFT|bleep test|eyesight|hearing|vision|colour blind|health screening|health surveillance|health assessment|health checks?|occupational health|drugs? (?:test|screening)|substance misuse test|BMI|physical (?:assessment|fitness))\b/i;
const NOT_HEALTH = /\bhealth\s*(?:and|&)\s*safety\b(?![^.]*\b(?:medical|fitness test|eyesight|hearing)\b)/i;

export const TRAINING_PATTERN =
  /\b(?:training|course(?! of action)|courses|accredited|accreditation|qualification to be (?:gained|obtained)|must (?:complete|attend|pass)|(?:will|to) undergo|PIP\s*(?:level\s*)?\d)\b/i;
const NOT_TRAINING = /\btraining techniques\b/i;

function labelledItems(ctx: ExtractContext, keys: SectionKey[]): { items: Item[]; lines: Set<number> } {
  const items: Item[] = [];
  const lines = new Set<number>();
  for (const entry of entriesFor(ctx.model, ...keys)) {
    const found = valueOf(ctx.model, entry, (t) => t.trim().length > 2 && !/:$/.test(t.trim()), 1);
    if (!found || /^(?:n\/?a|none|no)$/i.test(found.value.trim())) continue;
    items.push({ text: found.value.trim(), evidence: found.evidence });
    for (const ev of found.evidence) lines.add(ev.line);
  }
  return { items, lines };
}

function proseItems(ctx: ExtractContext, pattern: RegExp, exclude: RegExp, skipLines: Set<number>, criteriaToo: boolean): Item[] {
  const items: Item[] = [];
  for (const { line, index } of textLines(ctx.model)) {
    if (ctx.descriptive.has(index) || skipLines.has(line.no) || !pattern.test(line.text)) continue;
    if (!criteriaToo && ctx.criteriaLines.has(index)) continue;
    const parts = line.cells.length > 1 ? line.cells.flatMap((cell) => cell.items) : [line.text];
    for (const part of parts) {
      const sentences = sentencesOf(part);
      for (const [i, sentence] of sentences.entries()) {
        if (!pattern.test(sentence) || exclude.test(sentence)) continue;
        // "(Training will be provided)" needs the sentence before it to mean anything.
        if (/^\(/.test(sentence) && i > 0) {
          const joined = `${sentences[i - 1] ?? ''} ${sentence}`;
          items.push({ text: joined.replace(/^[-–•]\s*/, ''), evidence: [{ line: line.no, quote: joined.slice(0, 300) }] });
          continue;
        }
        const text = sentence.replace(/^\(?\d{1,2}[.)]\s+/, '').replace(/^[-–•]\s*/, '').trim();
        const evidence: Evidence[] = [{ line: line.no, quote: sentence.slice(0, 300) }];
        items.push({ text, evidence });
      }
    }
  }
  return items;
}

function merge(a: Item[], b: Item[]): Item[] {
  const seen = new Set(a.map((item) => item.text.toLowerCase()));
  const out = [...a];
  for (const item of b) {
    const key = item.text.toLowerCase();
    if (seen.has(key) || out.some((o) => o.text.toLowerCase().includes(key))) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

export function extractHealth(ctx: ExtractContext): Item[] {
  const labelled = labelledItems(ctx, ['health']);
  return merge(labelled.items, proseItems(ctx, HEALTH_PATTERN, NOT_HEALTH, labelled.lines, false));
}

export function extractTraining(ctx: ExtractContext): Item[] {
  const labelled = labelledItems(ctx, ['training']);
  return merge(labelled.items, proseItems(ctx, TRAINING_PATTERN, NOT_TRAINING, labelled.lines, true));
}
