/**
 * Police vocabulary for searching: abbreviations and the everyday words staff use, each expanded to the
 * words role documents use. General language, not facts about any role.
 */

export const QUERY_SYNONYMS: Record<string, string[]> = {
  pcso: ['police', 'community', 'support', 'officer'],
  pc: ['constable'],
  dc: ['detective', 'constable'],
  ds: ['detective', 'sergeant'],
  di: ['detective', 'inspector'],
  sgt: ['sergeant'],
  bike: ['cycle', 'bicycle', 'cycling'],
  bicycle: ['cycle', 'bike', 'cycling'],
  cycling: ['cycle', 'bicycle', 'bike'],
  insp: ['inspector'],
  cid: ['criminal', 'investigation', 'detective'],
  afo: ['authorised', 'firearms', 'officer'],
  arv: ['armed', 'response', 'vehicle', 'firearms'],
  mosovo: ['sexual', 'violent', 'offender', 'mosovo'],
  rso: ['registered', 'sex', 'offender'],
  nppv: ['vetting', 'nppv'],
  ctc: ['counter', 'terrorist', 'check', 'vetting', 'ctc'],
  pip: ['investigation', 'pip'],
  psu: ['public', 'order', 'psu'],
  cmc: ['contact', 'management'],
  csi: ['crime', 'scene', 'investigator'],
  soco: ['scenes', 'crime', 'officer'],
  call: ['contact', 'call'],
  response: ['patrol', 'response'],
  nights: ['shift', 'night'],
  night: ['shift', 'night'],
  rota: ['shift', 'rota'],
  roster: ['shift'],
  clearance: ['vetting', 'clearance'],
  vetted: ['vetting'],
  licence: ['driving', 'licence'],
  license: ['driving', 'licence'],
  drive: ['driving'],
  car: ['driving', 'car'],
  boss: ['responsible', 'report'],
  manager: ['responsible', 'report', 'manager'],
  fitness: ['fitness', 'medical', 'health'],
  medical: ['medical', 'health'],
  uniform: ['dress', 'uniform'],
  '24x7': ['24', 'hours', '365'],
  neighbourhood: ['neighbourhood', 'community'],
  bobby: ['constable'],
};

/**
 * For searching document lines (retrieve-lines.ts): the everyday word, and the words a document uses for
 * the same thing ("extra hours" is "additional hours" there). Narrower than QUERY_SYNONYMS, which widens a
 * search for roles ("fitness" -> "health"): a quoted line must be about what was asked, not near it.
 */
export const LINE_SYNONYMS: Record<string, string[]> = {
  extra: ['additional'],
  additional: ['extra'],
  locality: ['area'],
  area: ['locality'],
  // A role with no pay is a volunteer one: "do specials get paid?" is answered by "volunteer police officers".
  salary: ['pay', 'remuneration', 'volunteer', 'unpaid'],
  wage: ['salary', 'pay', 'volunteer', 'unpaid'],
  pay: ['salary', 'remuneration', 'volunteer', 'unpaid'],
  paid: ['pay', 'salary', 'remuneration', 'volunteer', 'unpaid'],
  earn: ['salary', 'pay', 'volunteer', 'unpaid'],
  swim: ['swimming'],
  nights: ['night'],
  overtime: ['additional'],
  welsh: ['cymraeg'],
  licence: ['license'],
  license: ['licence'],
  sgt: ['sergeant'],
  bike: ['cycle', 'bicycle', 'cycling'],
  bicycle: ['cycle', 'bike', 'cycling'],
  cycling: ['cycle', 'bicycle', 'bike'],
  insp: ['inspector'],
};

/**
 * Phrases that name one subject, and the words a document may use for it instead: "bank holidays" are
 * worked by a role that runs "365 days a year". Read before single words, longest first, as one concept.
 */
export const QUERY_PHRASES: Record<string, string[]> = {
  'bank holiday': ['bank', 'holiday', '365', 'christmas'],
  'public holiday': ['public', 'holiday', '365', 'christmas'],
  'job share': ['job', 'share', 'sharing'],
  'part time': ['part', 'time', 'parttime'],
  'full time': ['full', 'time', 'fulltime'],
  'closing date': ['closing'],
  'welsh language': ['welsh', 'cymraeg'],
};

/**
 * Words a document often uses in another sense: "a high degree of confidentiality" is no degree. A match
 * in that sense does not count, in a list item or a document line.
 */
export const SENSE_TRAPS: Record<string, RegExp> = {
  degree: /\bdegree of\b/,
  degrees: /\bdegrees of\b/,
  level: /\blevel of\b/,
  // "checks on staff, contractors and volunteers" names people; "volunteer police officers" says unpaid.
  volunteer: /\bvolunteers\b/,
};

export function expandQueryWords(words: readonly string[]): string[] {
  const expanded: string[] = [];
  for (const word of words) {
    expanded.push(word);
    for (const extra of QUERY_SYNONYMS[word] ?? []) expanded.push(extra);
  }
  return [...new Set(expanded)];
}
