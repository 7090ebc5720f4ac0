/**
 * The most text one role document may give, whatever its format. A long role profile is 20,000-60,000
 * characters; parsing takes about a second a million characters, so this bounds one document's work and
 * memory while leaving room for any real document.
 */
import { RoleCallError } from '../errors.ts';

export const MAX_DOCUMENT_TEXT_CHARS = 1_000_000;

/** `where` says how far the text got, e.g. "the PDF's text passes it by page 40". */
export function textTooLong(fileName: string, where: string): RoleCallError {
  return new RoleCallError(
    'DOCUMENT_OVER_LIMIT',
    `${fileName}: the document has more text than the ${MAX_DOCUMENT_TEXT_CHARS.toLocaleString('en-GB')} characters a role document can have (${where}), so it was not read.`,
    'Check you chose the role document itself (not a whole handbook or report); send the role profile only.',
  );
}
