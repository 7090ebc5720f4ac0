/**
 * Health and fitness tests, and training the post requires: every item under a health / training heading or
 * label, and sentences anywhere outside behaviour/skill descriptions that name a test or a course.
 * "Health and safety" is not a health test; a skill named "Training (Level 3)" is not a training requirement.
 */
import type { Item } from '../profile/role-profile.ts';
import type { ExtractContext } from './extract-context.ts';
import type { SectionKey } from '../vocabulary/document-headings.ts';
import { lineItems, proseSentences, sentencesOfPieces } from './prose.ts';
import { quoteAll, sectionsFor, valueLine } from './sections.ts';

export const HEALTH_PATTERN =
  /\b(?:medical\s+(?:assessment|examination|screening|check|questionnaire|standards?|tests?)|(?:pass|passing|undergo|subject to)\s+(?:a\s+|the\s+)?medical|fitness test|fitness assessment|fitness standard|job[- ]related fitness|JRFT|bleep test|eyesight|hearing|vision|colour blind|health screening|health surveillance|health assessment|health checks?|occupational health|drugs? (?:test|screening)|substance misuse test|BMI|physical (?:assessment|fitness)|psychological (?:screening|assessment|evaluation)|welfare (?:and psychological )?(?:screening|assessment))\b/i;
const NOT_HEALTH = /\bhealth\s*(?:and|&)\s*safety\b(?![^.]*\b(?:medical|fitness test|eyesight|hearing)\b)/i;

export const TRAINING_PATTERN =
  /\b(?:training|course(?! of action)|courses|programme|qualification to be (?:gained|obtained)|PIP\s*(?:level\s*)?\d|requalification|refresher|(?:be|become|get|gain) accredited|accreditation (?:within|on completion|by|before))\b/i;
const NOT_TRAINING = /\btraining techniques\b/i;
/** Names of teams are not training: "contact the Firearms Training Unit". */
const TRAINING_TEAM = /\btraining (?:unit|team|department|school|centre|center|college|manager|officer)s?\b/gi;
/** A criterion counts as training only when it says a course must be completed or will be provided. */
const TRAINING_DUTY = /\b(?:must|will|need to|required to|to)\s+(?:complete|attend|undertake|pass|undergo)\b[^.]*\b(?:training|course|programme)\b|\btraining (?:will be|is) provided\b/i;

function clean(text: string): string {
  return text.replace(/^\(?\d{1,2}[.)]\s+/, '').replace(/^[-–•]\s*/, '').trim();
}

/** Items under a heading or label: its inline value, then each bullet / line / sentence of its body. */
function sectionItems(ctx: ExtractContext, keys: SectionKey[]): Item[] {
  const { model } = ctx;
  const items: Item[] = [];
  for (const section of sectionsFor(model, ...keys)) {
    const anchor = valueLine(model, section);
    const value = section.entry?.value.trim();
    if (anchor && value && !/^(?:n\/?a|none|no|yes\s*\/\s*no)$/i.test(value)) {
      for (const part of value.split(/;\s+/)) if (part.trim().length > 2) items.push({ text: clean(part), evidence: quoteAll(anchor, part.trim()) });
    }
    for (const group of lineItems(model, section.bodyStart, section.bodyEnd, ctx.descriptive)) {
      for (const sentence of sentencesOfPieces(group)) {
        // A list written as one line: "Course A; Course B; Course C".
        const parts = sentence.text.includes('; ') ? sentence.text.split(/;\s+/) : [sentence.text];
        for (const part of parts) {
          const text = clean(part);
          if (text.length > 2) items.push({ text, evidence: sentence.evidence });
        }
      }
    }
  }
  return items;
}

function proseItems(ctx: ExtractContext, pattern: RegExp, exclude: RegExp, criteria: RegExp | null, skip: ReadonlySet<number>): Item[] {
  const items: Item[] = [];
  for (const sentence of proseSentences(ctx.model)) {
    const first = sentence.indices[0] ?? -1;
    if (ctx.descriptive.has(first) || skip.has(first)) continue;
    // A heading names a section; it is not a requirement of its own ("Fitness and medical standards").
    const heading = ctx.model.sectionAt.get(first);
    if (heading && (heading.entry === null || heading.entry.value === '') && sentence.indices.length === 1) continue;
    if (ctx.criteriaLines.has(first) && (criteria === null || !criteria.test(sentence.text))) continue;
    const text = sentence.text.replace(TRAINING_TEAM, '');
    if (!pattern.test(text) || exclude.test(sentence.text)) continue;
    // "A full UK driving licence is essential, and you will need to pass the response driving course":
    // keep the clause that names the test or course.
    const clauses = sentence.text.split(/,\s*(?:and|but)\s+|;\s+/).filter((c) => pattern.test(c.replace(TRAINING_TEAM, '')));
    const kept = clauses.length === 1 && clauses[0] !== undefined ? clauses[0] : sentence.text;
    const evidence = kept === sentence.text ? sentence.evidence : sentence.evidence.filter((e) => kept.includes(e.quote) || e.quote.includes(kept));
    items.push({ text: clean(kept), evidence: evidence.length > 0 ? evidence : sentence.evidence });
  }
  return items;
}

/**
 * Lines of sections that belong to other fields: a purpose mentions accreditation or training of others;
 * a health list's "fitness standard for Personal Safety Training" is a health test.
 */
function linesOf(ctx: ExtractContext, keys: SectionKey[]): Set<number> {
  const out = new Set<number>();
  for (const section of sectionsFor(ctx.model, ...keys)) for (let i = section.index; i < section.bodyEnd; i += 1) out.add(i);
  return out;
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
  return merge(sectionItems(ctx, ['health']), proseItems(ctx, HEALTH_PATTERN, NOT_HEALTH, HEALTH_PATTERN, linesOf(ctx, ['training', 'itSystems'])));
}

export function extractTraining(ctx: ExtractContext): Item[] {
  return merge(sectionItems(ctx, ['training']), proseItems(ctx, TRAINING_PATTERN, NOT_TRAINING, TRAINING_DUTY, linesOf(ctx, ['purpose', 'health', 'itSystems', 'vetting', 'standards'])));
}
