/**
 * Driving requirement: a car-user label ("Car User: Yes / No .NO"), a driving requirement among the
 * essential or desirable criteria, or a sentence saying a licence is essential or desirable.
 * "Licensing" and "drink drivers" are not driving requirements.
 */
import type { Criterion, Driving, Evidence } from '../profile/role-profile.ts';
import { tickedText } from './checkboxes.ts';
import type { ExtractContext } from './extract-context.ts';
import { proseSentences } from './prose.ts';
import { STRENGTH_PATTERN } from '../vocabulary/requirement-strength.ts';
import { entriesFor, valueOf } from './sections.ts';

export const DRIVING_PATTERN =
  /\b(?:driving (?:licen[cs]e|authority|permit|qualification|test|standard|course)|licen[cs]e to drive|(?:full|clean|valid|current|uk|manual)\b[\w\s,]{0,25}?\blicen[cs]e\b|(?:able|ability|willing(?:ness)?) to drive|must (?:be able to )?drive|\bdriver\b(?!s)|car user|access to (?:a|your own) (?:car|vehicle)|own (?:car|vehicle|transport))/i;

/** "Not required", "No driving is required.", "This post does not require a driving licence." */
export const NOT_REQUIRED = /\bnot (?:be )?(?:required|needed|necessary|essential|applicable)\b|\b(?:does|do|will) not (?:require|need)\b|\bno need\b|^no\b[^.]{0,30}\b(?:required|needed)\b|^n\/?a$|^none$/i;

const ESSENTIAL = STRENGTH_PATTERN.essential;
const DESIRABLE = STRENGTH_PATTERN.desirable;

/**
 * The text says a licence is not needed. "Desirable but not essential" grades a wish, it does not refuse
 * one: "not essential" beside a desirable word is no negation.
 */
export function saysNotRequired(text: string): boolean {
  const graded = DESIRABLE.test(text) || /\bdesirable\b|\badvantage/i.test(text) ? text.replace(/\bnot (?:be )?essential\b/gi, '') : text;
  return NOT_REQUIRED.test(graded.trim());
}

/** "Yes / No .NO" -> "no"; "Yes" -> "yes"; a bare "Yes / No" template -> null. */
export function yesNoAnswer(value: string): 'yes' | 'no' | null {
  const rest = value.replace(/^\s*yes\s*\/\s*no\s*/i, '').trim();
  const m = /^[\W_]*(yes|no|y|n)\b/i.exec(rest);
  if (!m?.[1]) return null;
  return m[1].toLowerCase().startsWith('y') ? 'yes' : 'no';
}

/** The clause of a sentence that speaks of driving ("You do not need a driving licence to join"). */
function drivingClause(text: string): string {
  return text.split(/(?<=[.!?])\s+|;\s*|,\s*(?:and|but)\s+/).find((c) => DRIVING_PATTERN.test(c)) ?? text;
}

export function extractDriving(ctx: ExtractContext, essential: Criterion[], desirable: Criterion[]): Driving {
  // A criterion may say a licence is not needed ("You do not need a driving licence to join"): no requirement.
  // Beside it, a line that only mentions driving without a word of need ("you can apply for a driving
  // permit") does not make driving essential.
  const negatedHit = [...essential, ...desirable].find((c) => DRIVING_PATTERN.test(c.text) && saysNotRequired(drivingClause(c.text)));
  const essentialHit = essential.find(
    (c) => DRIVING_PATTERN.test(c.text) && !saysNotRequired(drivingClause(c.text)) && (!negatedHit || ESSENTIAL.test(drivingClause(c.text))),
  );
  if (essentialHit) return { requirement: 'essential', detail: essentialHit.text, evidence: essentialHit.evidence };

  const prose = proseDriving(ctx);
  if (prose?.requirement === 'essential') return prose;

  let labelled: Driving | null = null;
  for (const entry of entriesFor(ctx.model, 'driving')) {
    const found = valueOf(ctx.model, entry, (t) => t.trim().length > 0 && !/:$/.test(t.trim()), 2);
    if (!found) continue;
    const value = tickedText(found.value) ?? found.value;
    const answer = yesNoAnswer(value);
    const label = entry.label.replace(/\s*\{[^}]*\}/g, '').trim();
    const detail = `${label}: ${value.trim()}`.slice(0, 200);
    let reading: Driving | null = null;
    if (answer === 'no' || saysNotRequired(value))
      reading = { requirement: 'not-required', detail: answer === 'no' ? `${label}: No` : detail, evidence: found.evidence };
    else if (/\bdesirable\b|\badvantage/i.test(value)) reading = { requirement: 'desirable', detail, evidence: found.evidence };
    else if (answer === 'yes' || /\bessential\b|\brequired\b|\bmust\b|licen[cs]e/i.test(value))
      reading = { requirement: 'essential', detail: answer === 'yes' ? `${label}: Yes` : detail, evidence: found.evidence };
    if (reading?.requirement === 'essential') return reading;
    labelled ??= reading;
  }
  if (labelled?.requirement === 'not-required') return labelled;

  const desirableHit = desirable.find((c) => DRIVING_PATTERN.test(c.text) && !saysNotRequired(drivingClause(c.text)));
  if (desirableHit) return { requirement: 'desirable', detail: desirableHit.text, evidence: desirableHit.evidence };
  if (labelled) return labelled;
  if (negatedHit) return { requirement: 'not-required', detail: drivingClause(negatedHit.text).trim(), evidence: negatedHit.evidence };
  if (prose) return prose;
  return { requirement: 'not-stated', detail: null, evidence: [] };
}

function proseDriving(ctx: ExtractContext): Driving | null {
  let desirable: Driving | null = null;
  let notRequired: Driving | null = null;
  // "Essential car user: No" is read as a label; its words are not a sentence about driving.
  const labelLines = new Set(entriesFor(ctx.model, 'driving').map((entry) => entry.index));
  for (const sentence of proseSentences(ctx.model)) {
    const first = sentence.indices[0] ?? -1;
    if (ctx.descriptive.has(first) || ctx.criteriaLines.has(first) || labelLines.has(first) || !DRIVING_PATTERN.test(sentence.text)) continue;
    const evidence: Evidence[] = sentence.evidence;
    // "a full UK driving licence is not required": a negation, never a requirement.
    const clause = drivingClause(sentence.text);
    if (saysNotRequired(clause)) {
      notRequired ??= { requirement: 'not-required', detail: clause.trim(), evidence };
      continue;
    }
    if (DESIRABLE.test(sentence.text)) desirable ??= { requirement: 'desirable', detail: sentence.text, evidence };
    else if (ESSENTIAL.test(sentence.text) || /\bdriving licen[cs]e\b/i.test(sentence.text))
      return { requirement: 'essential', detail: sentence.text, evidence };
  }
  return desirable ?? notRequired;
}
