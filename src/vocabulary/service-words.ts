/**
 * The words a document states minimum service or tenure in: completing probation, years of service, time in
 * rank or post, a tenure. The parser is src/ingest/extract-service.ts.
 */

/** A sentence that states a minimum service, a probation to complete, or a tenure. */
export const SERVICE_STATED = new RegExp(
  [
    String.raw`\b(?:complet(?:ed|e|ion of)|passed|successfully completed)\s+(?:(?:their|your|his|her|the|a|initial|its)\s+)*(?:\w+\s+)?probation(?:ary period)?\b`,
    String.raw`\bconfirmed in (?:rank|post|the rank|their rank)\b`,
    String.raw`\b(?:minimum|at least|min\.?|no less than|not less than)\s+(?:of\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:\+\s*)?(?:full\s+)?(?:years?|months?)'?s?\s+(?:of\s+)?(?:(?:police|operational|continuous|reckonable|substantive|uniformed|qualifying)\s+)*(?:service|in (?:rank|post|role)|as an? (?:police )?(?:officer|constable|detective))`,
    String.raw`\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:\+\s*)?(?:years?|months?)'?s?\s+(?:of\s+)?(?:(?:police|operational|continuous|reckonable|substantive|uniformed|qualifying)\s+)*service\b`,
    String.raw`\bminimum (?:posting|tenure|period (?:in|of) post|time in (?:post|rank))\b`,
    String.raw`\b(?:minimum|length of|years of|reckonable|qualifying) service\b`,
    String.raw`\btenure (?:of|in|period|policy|is|will|applies)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]years?'?s? tenure\b|\btenured post\b`,
  ].join('|'),
  'i',
);

/** A probation or service still to come in the new post, not asked of applicants: "once you have completed your probation". */
export const SERVICE_TO_COME = /\b(?:once|after|when) you (?:have )?(?:complete|completed|pass|passed)\b|\bon completion of (?:your|the) probation|\bduring (?:your|the) probation/i;

/** Numbers written as words, for "two years' service". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** The years (or months) a service sentence states: "2 years", "two years'", "18 months". */
export const SERVICE_SPAN = /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:\+\s*)?(?:full\s+)?(years?|months?)\b/i;
