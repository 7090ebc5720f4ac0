/**
 * JSON files that people edit by hand (profiles, postings, the glossary) may start with a UTF-8 byte-order mark:
 * Windows Notepad saves one. It is not part of the JSON, and JSON.parse rejects it, so every JSON file the
 * store reads goes through `parseJsonText`. Lives in the first stage so the store, the answer stage (glossary)
 * and postings share it.
 */
const BYTE_ORDER_MARK = 0xfeff;

export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
}

/** JSON.parse after dropping a leading byte-order mark; throws JSON.parse's SyntaxError as it is. */
export function parseJsonText(text: string): unknown {
  return JSON.parse(withoutByteOrderMark(text));
}
