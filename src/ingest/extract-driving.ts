/**
 * Driving requirement: a car-user label ("Car User: Yes / No .NO"), a driving requirement among the
 * essential or desirable criteria, or a sentence saying a licence is essential or desirable.
 * "Licensing" and "drink drivers" are not driving requirements.
 */
import type { Criterion, Driving, Evidence } from '../profile/role-profile.ts';
import { sentencesOf, textLines, type ExtractContext } from './extract-context.ts';
import { entriesFor, quote } from './sections.ts';

export const DRIVING_PATTERN =
  /\b(?:driving (?:licen[cs]e|authority|permit|qualification|test|standard|course)|licen[cs]e to drive|(?:full|clean|valid|current|uk|manual)\b[\w\s,]{0,25}?\blicen[cs]e\b|(?:able|ability|willing(?:ness)?) to drive|must (?:be able to )?drive|\bdriver\b(?!s)|car user|access to (?:a|your own) (?:car|vehicle)|own (?:car|vehicle|transport))/i;

const ESSENTIAL = /\b(?:essential|must|required|requirement|is needed|necessary|mandatory)\b/i;
const DESIRABLE = /\b(?:desirable|advantage(?:ous)?|preferred|preferable|beneficial|helpful|would be useful)\b/i;

/** "Yes / No .NO" -> "no"; "Yes" -> "yes"; a bare "Yes / No" template -> null. */
export function yesNoAnswer(value: string): 'yes' | 'no' | null {
  const rest = value.replace(/^\s*yes\s*\/\s*no\s*/i, '').trim();
  const m = /^[\W_]*(yes|no|y|n)\b/i.exec(rest);
  if (!m?.[1]) return null;
  return m[1].toLowerCase().startsWith('y') ? 'yes' : 'no';
}

export function extractDriving(ctx: ExtractContext, essential: Criterion[], desirable: Criterion[]): Driving {
  const essentialHit = essential.find((c) => DRIVING_PATTERN.test(c.text));
  if (essentialHit) return { requirement: 'essential', detail: essentialHit.text, evidence: essentialHit.evidence };

  const prose = proseDriving(ctx);
  if (prose?.requirement === 'essential') return prose;

  for (const entry of entriesFor(ctx.model, 'driving')) {
    const answer = yesNoAnswer(entry.value);
    const label = entry.label.replace(/\s*\{[^}]*\}/g, '').trim();
    if (answer === 'no') return { requirement: 'not-required', detail: `${label}: No`, evidence: entry.evidence };
    if (answer === 'yes') return { requirement: 'essential', detail: `${label}: Yes`, evidence: entry.evidence };
    if (entry.value.trim() && DRIVING_PATTERN.test(`${entry.label} ${entry.value}`) && !/^n\/?a$/i.test(entry.value.trim())) {
      const requirement = DESIRABLE.test(entry.value) ? 'desirable' : 'essential';
      return { requirement, detail: entry.value.trim(), evidence: entry.evidence };
    }
  }

  const desirableHit = desirable.find((c) => DRIVING_PATTERN.test(c.text));
  if (desirableHit) return { requirement: 'desirable', detail: desirableHit.text, evidence: desirableHit.evidence };
  if (prose) return prose;
  return { requirement: 'not-stated', detail: null, evidence: [] };
}

function proseDriving(ctx: ExtractContext): Driving | null {
  let desirable: Driving | null = null;
  for (const { line, index } of textLines(ctx.model)) {
    if (ctx.descriptive.has(index) || ctx.criteriaLines.has(index) || !DRIVING_PATTERN.test(line.text)) continue;
    for (const sentence of sentencesOf(line.text)) {
      if (!DRIVING_PATTERN.test(sentence)) continue;
      const evidence: Evidence[] = [quote(line, sentence)];
      if (DESIRABLE.test(sentence)) desirable ??= { requirement: 'desirable', detail: sentence, evidence };
      else if (ESSENTIAL.test(sentence) || /\bdriving licen[cs]e\b/i.test(sentence))
        return { requirement: 'essential', detail: sentence, evidence };
    }
  }
  return desirable;
}
