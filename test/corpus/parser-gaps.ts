/**
 * Facts the parser still gets wrong, by document and fact name (the names of the checks in
 * fact-checks.ts). Each runs as an it.fails that states the expected value, so the gap stays visible and a
 * gap that starts passing fails the suite: remove its entry as soon as the parser gets the fact right.
 */
/** The gap key for a document the parser refuses outright (for example "no role title found"). */
export const DOCUMENT_REFUSED = '(document refused)';

/** The title of a gap's it.fails: the fact, what a careful reader expects, and what the parser gives. */
export function gapTitle(fact: string, expected: string, gives: string): string {
  return `gap: ${fact}: expected ${expected}; parser gives ${gives}`;
}

export const PARSER_GAPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "ashvale-digital-media-investigator-slash-cells.txt": {
    "gradeOrRank": "grade or rank (grade \"/ 7 /\", rank null) should be stated: expected null not to be null",
    "driving": "expected 'essential' to be 'desirable'",
    "essential criteria count": "essential criteria: [\"/ 1. Able to obtain, and then keep, Management Vetting (MV) and Security Check (SC) clearance. / / V\",\"Experience of writing cle",
    "desirable criteria count": "desirable criteria: [\"/ Needed to do the job safely and effectively from day one / Would help the post holder perform well sooner / AF = Application F",
  },
  "calderbrook-response-sergeant-tab-label-profile.txt": {
    "citations quote their lines": "values quote \"Integrity Impartiality Public service Transparency\" is not at line 43: expected false to be true",
  },
  "harrowdale-detective-constable-colon-label-profile.txt": {
    "citations quote their lines": "nationalOccupationalStandards quote \"Document owner: Head of Crime, Local Policing\\tLast reviewed: 08/2023\" is not at line 78: expected false to be tr",
  },
  "westhaven-neighbourhood-sergeant-run-on-paragraph.txt": {
    "essential criteria count": "essential criteria: []: expected +0 to be 5",
    "desirable criteria count": "desirable criteria: []: expected +0 to be 3",
    "behaviour \"We are emotionally aware\" level 2": "no behaviour named like \"We are emotionally aware\" in [\"Emotionally Aware\",\"Take Ownership\",\"Analyse Critically\",\"Innovative and Open-minded\"]: expect",
    "behaviour \"We take ownership\" level 2": "no behaviour named like \"We take ownership\" in [\"Emotionally Aware\",\"Take Ownership\",\"Analyse Critically\",\"Innovative and Open-minded\"]: expected unde",
    "behaviour \"We collaborate\" level 2": "no behaviour named like \"We collaborate\" in [\"Emotionally Aware\",\"Take Ownership\",\"Analyse Critically\",\"Innovative and Open-minded\"]: expected undefin",
    "behaviour \"We support and inspire\" level 2": "no behaviour named like \"We support and inspire\" in [\"Emotionally Aware\",\"Take Ownership\",\"Analyse Critically\",\"Innovative and Open-minded\"]: expected",
    "behaviour \"We analyse critically\" level 2": "no behaviour named like \"We analyse critically\" in [\"Emotionally Aware\",\"Take Ownership\",\"Analyse Critically\",\"Innovative and Open-minded\"]: expected ",
    "behaviour \"We are innovative and open-minded\" level 2": "no behaviour named like \"We are innovative and open-minded\" in [\"Emotionally Aware\",\"Take Ownership\",\"Analyse Critically\",\"Innovative and Open-minded\"",
    "skill \"Neighbourhood Policing and Problem Solving\" level 3": "no skill named like \"Neighbourhood Policing and Problem Solving\" in []: expected undefined to be defined",
    "skill \"Partnership Working and Community Engagement\" level 3": "no skill named like \"Partnership Working and Community Engagement\" in []: expected undefined to be defined",
    "skill \"Anti-Social Behaviour Case Management\" level 2": "no skill named like \"Anti-Social Behaviour Case Management\" in []: expected undefined to be defined",
  },
  "westmarch-intelligence-analyst-label-next-line.txt": {
    "reportsTo": "reportsTo should be stated: expected null not to be null",
    "vetting.status": "expected [ 'stated' ] to include 'not-stated'",
    "vetting.levels": "expected [] to deeply equal [ 'SC' ]",
    "driving": "expected 'essential' to be 'desirable'",
    "essential criteria count": "essential criteria: [\"E5 Experience of researching and interpreting large data sets to draw conclusions and recommendations E6 Educated to degree leve",
    "desirable criteria count": "desirable criteria: [\"E1 Working knowledge of the National Intelligence Model and the main analytical techniques D1 Knowledge of the Criminal Procedur",
  },
  // Batch office-2026-12c, held out (aldermoor, elmsworth): failing at first sight (main 0b0b9ed), never read to change the parser.
  "aldermoor-authorised-firearms-officer-word-headings.docx": {
    "staffType": "expected 'unknown' to be 'officer'",
    "rank": "rank should be stated: expected null not to be null",
    "reportsTo": "reportsTo should be stated: expected null not to be null",
    "location": "location should be stated: expected null not to be null",
  },
  "aldermoor-authorised-firearms-officer-word-headings.pdf": {
    "staffType": "expected 'unknown' to be 'officer'",
    "rank": "rank should be stated: expected null not to be null",
    "reportsTo": "reportsTo should be stated: expected null not to be null",
    "location": "location should be stated: expected null not to be null",
  },
  "elmsworth-detective-sergeant-cvf-level-column.docx": {
    "title": "title \"Sergeant\": expected false to be true",
    "titleInferred": "expected true to be false",
  },
  "elmsworth-detective-sergeant-cvf-level-column.pdf": {
    "title": "title \"Sergeant\": expected false to be true",
    "titleInferred": "expected true to be false",
  },
};

/**
 * The same, for the corpus documents rendered as .docx and .pdf (rendered-corpus.test.ts), keyed by
 * "docx/<document>" or "pdf/<document>".
 */
export const RENDERED_GAPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "docx/ashvale-digital-media-investigator-slash-cells.txt": {
    "driving": "expected 'essential' to be 'desirable'",
    "essential criteria count": "essential criteria: [\"/ 1. Able to obtain, and then keep, Management Vetting (MV) and Security Check (SC) clearance. / / V\",\"Experience of writing cle",
    "desirable criteria count": "desirable criteria: [\"/ Needed to do the job safely and effectively from day one / Would help the post holder perform well sooner / AF = Application F",
  },
  "docx/calderbrook-response-sergeant-tab-label-profile.txt": {
    "citations quote their lines": "values quote \"Integrity Impartiality Public service Transparency\" is not at line 31: expected false to be true",
  },
  "docx/fenmarch-vetting-officer-space-aligned-labels.txt": {
    "desirable criteria count": "desirable criteria: [\"D1 Experience of National Security\"]: expected 1 to be 3",
  },
  "docx/harrowdale-detective-constable-colon-label-profile.txt": {
    "citations quote their lines": "nationalOccupationalStandards quote \"Document owner: Head of Crime, Local Policing\\tLast reviewed: 08/2023\" is not at line 54: expected false to be tr",
  },
  "docx/kingsmere-missing-persons-coordinator-repeated-title.txt": {
    "essential criteria count": "essential criteria: [\"including child exploitation.\",\"the Philomena Protocol.\",\"vulnerable adults in a safeguarding setting.\",\"meetings.\",\"missing per",
  },
  "docx/westhaven-neighbourhood-sergeant-run-on-paragraph.txt": {
    "essential criteria count": "essential criteria: []: expected +0 to be 5",
    "desirable criteria count": "desirable criteria: []: expected +0 to be 3",
  },
  "docx/westmarch-intelligence-analyst-label-next-line.txt": {
    "reportsTo": "reportsTo should be stated: expected null not to be null",
    "vetting.status": "expected [ 'stated' ] to include 'not-stated'",
    "vetting.levels": "expected [] to deeply equal [ 'SC' ]",
    "driving": "expected 'essential' to be 'desirable'",
    "essential criteria count": "essential criteria: [\"E5 Experience of researching and interpreting large data sets to draw conclusions and recommendations E6 Educated to degree leve",
    "desirable criteria count": "desirable criteria: [\"E1 Working knowledge of the National Intelligence Model and the main analytical techniques D1 Knowledge of the Criminal Procedur",
  },
  "pdf/ashvale-digital-media-investigator-slash-cells.txt": {
    "driving": "expected 'essential' to be 'desirable'",
    "desirable criteria count": "desirable criteria: [\"/ Needed to do the job safely and effectively from day one / Would help the post holder perform well sooner / AF = Application F",
  },
  "pdf/brackenshire-roads-policing-constable-pqf-profile.txt": {
    "roleCode": "expected null to be 'SO/RPU/011'",
  },
  "pdf/calderbrook-response-sergeant-tab-label-profile.txt": {
    "roleCode": "expected null to be 'CBP-RSP-SGT'",
  },
  "pdf/fenmarch-vetting-officer-space-aligned-labels.txt": {
    "essential criteria count": "essential criteria: []: expected +0 to be 7",
    "desirable criteria count": "desirable criteria: []: expected +0 to be 3",
  },
  "pdf/harrowdale-detective-constable-colon-label-profile.txt": {
    "weeklyHours": "expected null to be 40",
    "driving": "expected 'not-stated' to be 'essential'",
  },
  "pdf/kingsmere-missing-persons-coordinator-repeated-title.txt": {
    "essential criteria count": "essential criteria: [\"Understanding of the risks linked to missing episodes, E Application / Interview including child exploitation.\",\"Knowledge of th",
  },
  "pdf/ravensmoor-special-constable-careers-page.txt": {
    "reportsTo": "reportsTo should be stated: expected null not to be null",
  },
  "pdf/valefen-custody-detention-officer-tabbed-bold-cells.txt": {
    "roleCode": "expected '?CJ204?Status:?Established?Version Da\u2026' to be 'CJ204'",
    "weeklyHours": "expected null to be 40",
    "essential criteria count": "essential criteria: [\"Education / Qualifications?1.?GCSE grade C/4 or above in English and Maths, or equivalent Level 2 qualifications, or evidence of",
    "citations quote their lines": "title quote \"?Custody Detention Officer?Post No:?CJ204\" is not at line 28: expected false to be true",
  },
  "pdf/westmarch-intelligence-analyst-label-next-line.txt": {
    "reportsTo": "reportsTo should be stated: expected null not to be null",
    "vetting.status": "expected [ 'stated' ] to include 'not-stated'",
    "vetting.levels": "expected [] to deeply equal [ 'SC' ]",
    "driving": "expected 'essential' to be 'desirable'",
    "essential criteria count": "essential criteria: [\"E5 Experience of researching and interpreting large data sets to draw conclusions and recommendations E6 Educated to degree leve",
    "desirable criteria count": "desirable criteria: [\"E1 Working knowledge of the National Intelligence Model and the main analytical techniques D1 Knowledge of the Criminal Procedur",
  },
  "pdf/westhaven-neighbourhood-sergeant-run-on-paragraph.txt": {
    "titleInferred": "expected true to be false",
    "roleCode": "expected null to be 'LP/NS/014'",
    "reportsTo": "reportsTo should be stated: expected null not to be null",
    "vetting.status": "expected [ 'stated' ] to include 'not-stated'",
    "vetting.levels": "expected [] to deeply equal [ 'MV' ]",
    "driving": "expected 'not-stated' to be 'essential'",
    "essential criteria count": "essential criteria: []: expected +0 to be 5",
    "desirable criteria count": "desirable criteria: []: expected +0 to be 3",
  },
};
