/**
 * Facts the parser still gets wrong, by document and fact name (the names of the checks in
 * fact-checks.ts). Each is reported as an it.todo that states the expected value, so the suite stays green
 * and the gap stays visible. Remove an entry as soon as the parser gets the fact right.
 */
/** The gap key for a document the parser refuses outright (for example "no role title found"). */
export const DOCUMENT_REFUSED = '(document refused)';

export const PARSER_GAPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "durham-collision-investigator-csv-export.txt": {
    "grade": "grade should be stated: expected null not to be null",
    "weeklyHours": "expected null to be 37",
    "reportsTo": "reportsTo should be exactly \"senior collision investigator\": expected 'criminal procedure rules part' to be 'senior collision investigator'",
    "driving": "expected 'desirable' to be 'essential'",
    "essential criteria count": "essential criteria: []: expected +0 to be 3",
    "essential criterion \"scene survey\"": "no essential criterion containing \"scene survey\" in []: expected undefined to be defined",
    "desirable criteria count": "desirable criteria: []: expected +0 to be 2",
    "desirable criterion \"ITAI\"": "no desirable criterion containing \"ITAI\" in []: expected undefined to be defined",
    "itSystems \"pc crash\"": "itSystems [\"Niche\"] should mention \"pc crash\": expected false to be true"
  }
};

/**
 * The same, for the corpus documents rendered as .docx and .pdf (rendered-corpus.test.ts), keyed by
 * "docx/<document>" or "pdf/<document>".
 */
export const RENDERED_GAPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "docx/durham-collision-investigator-csv-export.txt": {
    "grade": "grade should be stated: expected null not to be null",
    "weeklyHours": "expected null to be 37",
    "reportsTo": "reportsTo should be exactly \"senior collision investigator\": expected 'criminal procedure rules part' to be 'senior collision investigator'",
    "driving": "expected 'desirable' to be 'essential'",
    "essential criteria count": "essential criteria: []: expected +0 to be 3",
    "desirable criteria count": "desirable criteria: []: expected +0 to be 2"
  },
  "pdf/durham-collision-investigator-csv-export.txt": {
    "grade": "grade should be stated: expected null not to be null",
    "weeklyHours": "expected null to be 37",
    "reportsTo": "reportsTo should be exactly \"senior collision investigator\": expected 'criminal procedure rules part' to be 'senior collision investigator'",
    "driving": "expected 'desirable' to be 'essential'",
    "essential criteria count": "essential criteria: []: expected +0 to be 3",
    "desirable criteria count": "desirable criteria: []: expected +0 to be 2"
  }
};
