/**
 * Facts the parser still gets wrong, by document and fact name (the names of the checks in
 * fact-checks.ts). Each is reported as an it.todo that states the expected value, so the suite stays green
 * and the gap stays visible. Remove an entry as soon as the parser gets the fact right.
 */
/** The gap key for a document the parser refuses outright (for example "no role title found"). */
export const DOCUMENT_REFUSED = '(document refused)';

export const PARSER_GAPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {};

/**
 * The same, for the corpus documents rendered as .docx and .pdf (rendered-corpus.test.ts), keyed by
 * "docx/<document>" or "pdf/<document>".
 */
export const RENDERED_GAPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {};
