/**
 * What a requirement line is about, as data: one record per subject a criterion, a health test or a
 * training course may state ("GCSEs in English and maths", "a full driving licence", "pass a fitness test").
 * A move between roles matches the target's requirements against the source's through these subjects
 * only: two lines count as the same requirement when they state the same subject, never because their
 * words merely look alike. A line with no subject here is not matched (and the checklist says so).
 */

export interface RequirementSubject {
  id: string;
  /** How the checklist names it ("GCSEs", "a driving licence"). */
  label: string;
  /** A line that states the subject. */
  stated: RegExp;
  /** Where the subject has a standard a line may name ("JRFT standard 5.4"): its first group is the number. */
  level?: RegExp;
}

const subject = (record: RequirementSubject): RequirementSubject => record;

export const REQUIREMENT_SUBJECTS: readonly RequirementSubject[] = [
  subject({ id: 'gcse', label: 'GCSEs or equivalent', stated: /\bGCSEs?\b|\bO[- ]levels?\b/i }),
  subject({ id: 'level-3', label: 'a level 3 qualification', stated: /\blevel 3\b(?=[^.]*\b(?:qualification|diploma|nvq|education)\b)|\bA[- ]levels?\b|\bNVQ\s*(?:level\s*)?3\b/i }),
  subject({ id: 'degree', label: 'a degree', stated: /\b(?:degree|graduate|PCDA|DHEP)\b/i }),
  subject({ id: 'driving-licence', label: 'a driving licence', stated: /\bdriv(?:ing|er'?s)\s+licen[cs]e\b|\bfull (?:uk |clean )*licen[cs]e\b/i }),
  subject({ id: 'driving-authority', label: 'a police driving authority', stated: /\bdriving authorit(?:y|ies)\b|\bauthorised (?:police )?driver\b|\bpolice driv(?:er|ing) (?:course|permit|authority)\b/i }),
  subject({ id: 'first-aid', label: 'first aid', stated: /\bfirst[- ]aid\b/i }),
  subject({ id: 'keyboard', label: 'keyboard or typing skills', stated: /\b(?:typing|keyboard|touch[- ]typ\w*|words per minute|wpm)\b/i }),
  subject({ id: 'it-skills', label: 'IT skills', stated: /\b(?:IT|ICT) (?:skills|literate|literacy)\b|\bcomputer (?:literate|literacy|skills)\b|\bmicrosoft (?:office|word|excel|outlook)\b|\bMS office\b|\bcomputer systems\b|\bproficient in (?:IT|ICT)\b|\b(?:IT|ICT) technology\b/i }),
  subject({ id: 'customer-service', label: 'customer service', stated: /\bcustomer[- ](?:service|care|facing|focus)\b/i }),
  subject({ id: 'communication', label: 'communication skills', stated: /\bcommunicat(?:e|ion|ing)\b/i }),
  subject({ id: 'written', label: 'written skills', stated: /\b(?:written|report writing|writing reports|literacy)\b/i }),
  subject({ id: 'pressure', label: 'working under pressure', stated: /\bunder pressure\b|\bpressuri[sz]ed\b|\bstressful\b/i }),
  subject({ id: 'teamwork', label: 'team working', stated: /\bteam[- ]?(?:work|working|player)\b|\bpart of a team\b|\bwork(?:ing)? (?:with|in) (?:a )?team\b/i }),
  subject({ id: 'welsh', label: 'Welsh language', stated: /\bWelsh\b|\bCymraeg\b/i }),
  subject({ id: 'residency', label: 'UK residency', stated: /\bresiden(?:t|cy|ce)\b(?=[^.]*\b(?:UK|United Kingdom|years?)\b)|\blived in the (?:UK|United Kingdom)\b/i }),
  subject({ id: 'right-to-work', label: 'the right to work in the UK', stated: /\bright to work\b|\beligib\w* to work\b/i }),
  subject({ id: 'eyesight-hearing', label: 'eyesight and hearing standards', stated: /\beyesight\b|\bhearing\b|\bvision\b|\bcolou?r blind/i }),
  subject({ id: 'medical', label: 'a medical assessment', stated: /\bmedical\b|\bhealth (?:screening|assessment|check|questionnaire)\b|\boccupational health\b/i }),
  subject({ id: 'fitness-test', label: 'a fitness test', stated: /\bfitness test\b|\bbleep test\b|\bJRFT\b|\bjob[- ]related fitness\b|\bphysical(?:ly)? fit\b/i, level: /\b(?:standard|level)\s*(\d+(?:\.\d+)?)\b/i }),
  subject({ id: 'pip1', label: 'PIP level 1', stated: /\bPIP\s*(?:level\s*)?1\b/i }),
  subject({ id: 'pip2', label: 'PIP level 2', stated: /\bPIP\s*(?:level\s*)?2\b/i }),
  subject({ id: 'nie', label: "the National Investigators' Exam", stated: /\bNIE\b|\bnational investigators'? exam/i }),
  subject({ id: 'sergeant-exam', label: 'the sergeants exam', stated: /\bsergeants?'? (?:legal )?(?:exam|examination|NPPF|promotion)\b|\bNPPF step\b/i }),
  subject({ id: 'probation', label: 'a completed probation', stated: /\bprobation\w*\b/i }),
  subject({ id: 'safeguarding', label: 'safeguarding', stated: /\bsafeguard\w*\b|\bvulnerab\w*\b/i }),
  subject({ id: 'confidentiality', label: 'confidentiality', stated: /\bconfidential\w*\b|\bdata protection\b|\bGDPR\b/i }),
  subject({ id: 'problem-solving', label: 'problem solving', stated: /\bproblem[- ]solv\w*\b/i }),
  subject({ id: 'shift-work', label: 'shift work', stated: /\bshifts?\b|\bshift[- ]work\b|\brota\b/i }),
  subject({ id: 'public-order', label: 'public order training', stated: /\bpublic order\b|\bPSU\b/i }),
  subject({ id: 'firearms', label: 'firearms authorisation', stated: /\bfirearms?\b|\bAFO\b|\bARV\b/i }),
  subject({ id: 'pedal-cycle', label: 'a cycling assessment', stated: /\bpedal cycle\b|\bbicycle\b|\bcycl(?:e|ing) assessment\b/i }),
  subject({ id: 'own-vehicle', label: 'use of own vehicle', stated: /\bown vehicle\b|\bbusiness insurance\b/i }),
  subject({ id: 'initial-training', label: 'an initial training course', stated: /\binitial (?:training|course)\b|\bfoundation (?:training|course)\b/i }),
];

/** The subjects a line states, in table order. */
export function requirementSubjects(text: string): RequirementSubject[] {
  return REQUIREMENT_SUBJECTS.filter((record) => {
    record.stated.lastIndex = 0;
    return record.stated.test(text);
  });
}

/** The standard a line names for a subject that has one ("standard 5.4" -> 5.4), or null. */
export function subjectLevel(record: RequirementSubject, text: string): number | null {
  const match = record.level?.exec(text);
  return match?.[1] !== undefined ? Number(match[1]) : null;
}

/** How long a course takes, as the line says it ("6 week", "two weeks", "12 months"), or null. */
export function courseLength(text: string): string | null {
  const match = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](?:week|month|day|year)s?\b/i.exec(text);
  return match ? match[0].replace('-', ' ') : null;
}

/**
 * Ranks in order, lowest first, for "a promotion or a move within a rank". A detective rank sits on the
 * same rung as its uniformed one (a DC is a constable).
 */
export const RANK_LADDER: readonly { rung: number; pattern: RegExp }[] = [
  { rung: 0, pattern: /\bspecial constable\b/i },
  { rung: 1, pattern: /\bstudent officer\b|\bconstable\b|\bPC\b|\bDC\b/i },
  { rung: 2, pattern: /\bsergeant\b|\bPS\b|\bDS\b/i },
  { rung: 4, pattern: /\bchief inspector\b/i },
  { rung: 3, pattern: /\binspector\b/i },
  { rung: 6, pattern: /\bchief superintendent\b/i },
  { rung: 5, pattern: /\bsuperintendent\b/i },
  { rung: 7, pattern: /\bcommander\b|\bassistant chief constable\b/i },
  { rung: 8, pattern: /\bdeputy chief constable\b/i },
  { rung: 9, pattern: /(?<!deputy |assistant )\bchief constable\b|\bcommissioner\b/i },
];

/** The rung of a rank as a profile states it, or null when it is no rank on the ladder. */
export function rankRung(rank: string): number | null {
  // Chief ranks first: "Chief Constable" is no constable, "Chief Inspector" no inspector.
  const ordered = [...RANK_LADDER].sort((a, b) => b.rung - a.rung);
  const special = RANK_LADDER[0];
  if (special && special.pattern.test(rank)) return special.rung;
  return ordered.find((entry) => entry.pattern.test(rank))?.rung ?? null;
}
