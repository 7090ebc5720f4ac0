/**
 * The parser's output version, stamped on every parsed profile as `parserVersion`. Bump it whenever a
 * change to the parser changes what it produces for some document: `rolecall ingest` then parses again the
 * documents it would otherwise skip as already stored (same sha256), and the start-up snapshot is rebuilt.
 */
export const PARSER_VERSION = 12;
