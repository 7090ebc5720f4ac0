/**
 * Reporting line and other single-valued labelled facts (responsible for, department, location, contract,
 * role code). Only a label, or a prose phrase such as "you will report to the Detective Sergeant", gives a
 * reporting line: "reports problems identified to line manager" is not one.
 */
import type { ExtractContext, Found } from './extract-context.ts';
import type { SectionKey } from '../vocabulary/document-headings.ts';
import { proseSentences } from './prose.ts';
import { entriesFor, valueOf } from './sections.ts';

const EMPTY_VALUE = /^(?:n\/?a|tbc|tba|-+|—|\.+|yes\s*\/\s*no)$/i;

function acceptValue(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 200 && !EMPTY_VALUE.test(t) && !/:$/.test(t);
}

/** Every usable value of the labels with one of `keys`, in document order. */
export function* labelledValues(ctx: ExtractContext, keys: SectionKey[], maxLines = 2): Generator<Found<string>> {
  for (const entry of entriesFor(ctx.model, ...keys)) {
    const found = valueOf(ctx.model, entry, acceptValue, maxLines);
    if (found) yield { value: found.value.replace(/\s+/g, ' ').trim(), evidence: found.evidence };
  }
}

/** The first usable value of any label with one of `keys`. */
export function labelledValue(ctx: ExtractContext, keys: SectionKey[], maxLines = 2): Found<string> | null {
  for (const found of labelledValues(ctx, keys, maxLines)) return found;
  return null;
}

const REPORTS_PROSE =
  /\b(?:you will |will |who |and )?(?:report(?:s|ing)?\s+(?:directly\s+)?(?:in)?to|line[- ]managed by|accountable to|responsible to|managed by|supervised by)\s+(?:the\s+|a\s+|an\s+)?((?:[A-Z][\w&/'-]*)(?:\s+(?:[A-Z][\w&/'-]*|of|and|&|for)){0,7})/;

const ROLE_NAME = String.raw`((?:[A-Z][\w&/'-]*)(?:\s+(?:[A-Z][\w&/'-]*|of|and|&|for)){0,7})`;
// Case-sensitive, so a name is only capitalised words: "your" and the manager words may start a sentence.
const YOUR_MANAGER = String.raw`[Yy]our\s+(?:(?:[Dd]ay-to-day|[Dd]irect|[Ii]mmediate|[Ff]irst)\s+)?(?:[Ll]ine\s+[Mm]anager|[Mm]anager|[Ss]upervisor)`;

/**
 * The post holder's manager named in prose: "Your day-to-day supervisor will be a Special Sergeant", "Your
 * Contact Supervisor is your line manager". Read before "reports to" in the same sentence, whose subject may
 * be that manager ("... and reports to the CTC Duty Inspector").
 */
const MANAGER_PROSE = [
  new RegExp(String.raw`\b${YOUR_MANAGER}\s+(?:is|will\s+be)\s+(?:the\s+|a\s+|an\s+)?${ROLE_NAME}`),
  new RegExp(String.raw`${ROLE_NAME}\s+(?:is|will\s+be)\s+${YOUR_MANAGER}\b`),
];

/** The location: a label, or "you will be based at Carmarthen". */
export function extractLocation(ctx: ExtractContext): Found<string> | null {
  const labelled = labelledValue(ctx, ['location'], 2);
  if (labelled) return labelled;
  for (const sentence of proseSentences(ctx.model)) {
    const first = sentence.indices[0] ?? -1;
    if (ctx.descriptive.has(first)) continue;
    const m = /\b(?:be |are |is )?based (?:at|in)\s+((?:[A-Z][\w'-]*)(?:[ ,]+(?:[A-Z][\w'-]*|HQ))*)/.exec(sentence.text);
    if (m?.[1]) return { value: m[1].replace(/[ ,]+$/, ''), evidence: sentence.evidence };
  }
  // "Department: Operational Communications Centre (OCC), Leek Wootton": a place after the department.
  const department = labelledValue(ctx, ['department'], 1);
  const place = department ? /,\s*((?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+){0,2})\s*$/.exec(department.value) : null;
  if (department && place?.[1] && !/\b(?:Centre|Center|Unit|Department|Command|Team|Directorate|Division|Section|Hub|Branch|Bureau|Service|Services|Policing|Crime|Support|Intelligence|Operations)\b/.test(place[1]))
    return { value: place[1], evidence: department.evidence };
  return null;
}

export function extractReportsTo(ctx: ExtractContext): Found<string> | null {
  const labelled = labelledValue(ctx, ['reportsTo']);
  if (labelled && !/^none\b/i.test(labelled.value)) {
    // A sentence under the label ("You will be supervised by a Special Sergeant, and ...") names the role in it.
    const inSentence = labelled.value.split(/\s+/).length > 8 ? REPORTS_PROSE.exec(labelled.value) : null;
    const phrase = inSentence?.[1]?.replace(/\s+(?:of|and|&|for|on|in)$/, '').trim();
    if (!inSentence) return labelled;
    if (phrase) return { value: withNamedTeam(phrase, labelled.value.slice(inSentence.index + inSentence[0].length)), evidence: labelled.evidence };
  }
  for (const sentence of proseSentences(ctx.model)) {
    const first = sentence.indices[0] ?? -1;
    if (ctx.descriptive.has(first)) continue;
    const m = managerProse(sentence.text) ?? REPORTS_PROSE.exec(sentence.text);
    const phrase = m?.[1]?.replace(/\s+(?:of|and|&|for|on|in)$/, '').replace(/^(?:the|your|an?)\s+/i, '').trim();
    if (m && phrase && phrase.length > 2) return { value: withNamedTeam(phrase, sentence.text.slice(m.index + m[0].length)), evidence: sentence.evidence };
  }
  return null;
}

function managerProse(text: string): RegExpExecArray | null {
  for (const pattern of MANAGER_PROSE) {
    const m = pattern.exec(text);
    // The name must be capitalised: "your supervisor will be available" names no one.
    if (m?.[1] && /^[A-Z]/.test(m[1])) return m;
  }
  return null;
}

const TEAM_WORDS = ['syndicate', 'team', 'unit', 'section', 'shift', 'relief', 'squad', 'hub', 'department', 'desk'];
// Case-sensitive so the team's name is capitalised words; its last word may be written either way ("Unit", "unit").
const NAMED_TEAM = new RegExp(
  String.raw`^\s*(?:on|in|of)\s+(?:your|the|a)\s+((?:[A-Z][\w&-]*\s+){1,3}(?:${TEAM_WORDS.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')}))\b`,
);

/**
 * "You will report to a Detective Sergeant on your MCIT syndicate": the named team the manager leads belongs
 * to the reporting line, "Detective Sergeant (MCIT syndicate)". An unnamed one ("on your team") says nothing.
 */
function withNamedTeam(phrase: string, after: string): string {
  const team = NAMED_TEAM.exec(after)?.[1]?.replace(/\s+/g, ' ');
  return team ? `${phrase} (${team})` : phrase;
}
