/**
 * The role code: the code a label gives ("Role code: LP/NS/014", "Code<tab>CBP-RSP-SGT V2.1", "Post ref
 * | / DI047 /"), without what is written after it on the line (a version, the next label run on, a note).
 * A label whose value starts with no code ("References covering the last three years") gives none and the
 * next label is read; one whose value is a single word ("Post number: Generic") says there is no code.
 */
import type { Evidence } from '../profile/role-profile.ts';
import type { ExtractContext, Found } from './extract-context.ts';
import { labelledValues } from './extract-reporting.ts';

/** A version or issue after the code ("V2.1", "v3", "Rev.2"): the document's, not the role's. */
const VERSION = /^(?:v|ver|version|rev|issue)\.?\d/i;
/** Letters, digits and the separators codes use, in one run ("SO/RPU/011", "KP-ERO-12", "EPPPU406a"). */
const CODE_SHAPE = /^[A-Za-z0-9]+(?:[/._-][A-Za-z0-9]+)*$/;

/** A word that can be (part of) a code: it has a digit, or it is capitals ("CBP-RSP-SGT", "PCSO"). */
function codeLike(word: string): boolean {
  if (!CODE_SHAPE.test(word) || word.length > 30 || VERSION.test(word)) return false;
  return /\d/.test(word) || (/[A-Z]{2}/.test(word) && word === word.toUpperCase());
}

/** The code at the start of a label's value, or null when the value starts with no code. */
export function codeOf(value: string): string | null {
  const words = value.replace(/^[\s/|]+|[\s/|]+$/g, '').split(/\s+/).map((word) => word.replace(/[,;:.]+$/, ''));
  const first = words[0] ?? '';
  if (!codeLike(first)) return null;
  // "SO 123": letters and then the number, written apart.
  const second = words[1] ?? '';
  return !/\d/.test(first) && /\d/.test(second) && codeLike(second) ? `${first} ${second}` : first;
}

export function extractRoleCode(ctx: ExtractContext): Found<string> | null {
  for (const found of labelledValues(ctx, ['roleCode'], 1)) {
    const code = codeOf(found.value);
    // "Post number: Generic", "Role code: Various": the label says the post has no code of its own, so a
    // reference further on (a document's "HR Ref" in its footer) is not taken for one.
    if (code === null && /^[A-Za-z]+\.?$/.test(found.value.trim())) return null;
    if (code === null) continue;
    const quoted = found.evidence.filter((item) => item.quote.includes(code)).map((item): Evidence => ({ ...item, quote: code }));
    return { value: code, evidence: quoted.length > 0 ? quoted : found.evidence };
  }
  return null;
}
