/**
 * Turns a table cell that may hold HTML fragments (`<b>`, `<p>`, `<ol><li>`, `<div>`, entities) into clean
 * items: each list item, paragraph or div becomes one item; other tags are dropped.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  middot: '·',
  pound: '£',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  frac12: '½',
  times: '×',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,8});/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return safeCodePoint(Number.parseInt(body.slice(2), 16), whole);
    if (body.startsWith('#')) return safeCodePoint(Number.parseInt(body.slice(1), 10), whole);
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return fallback;
  return String.fromCodePoint(code);
}

/** Block-level tags: each starts or ends an item. */
const BLOCK_TAG = /<\s*\/?\s*(?:li|p|div|br|tr|td|th|h[1-6]|ol|ul|table|tbody|thead|section|article|blockquote)\b[^>]*>/gi;
const ANY_TAG = /<\s*\/?\s*[a-z][a-z0-9]*\b[^<>]*>/gi;
const ITEM_BREAK = '\u0001';

/** True when the text contains something that looks like an HTML tag or entity. */
export function looksLikeHtml(text: string): boolean {
  return /<\s*\/?\s*[a-z][a-z0-9]*\b[^>]*>/i.test(text) || /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);
}

/** Split an HTML fragment into clean text items (tags removed, entities decoded, whitespace collapsed). */
export function htmlToItems(html: string): string[] {
  if (!looksLikeHtml(html)) return [html];
  const broken = html.replace(BLOCK_TAG, ITEM_BREAK).replace(ANY_TAG, '');
  return decodeEntities(broken)
    .split(ITEM_BREAK)
    .map((item) => item.replace(/\s+/g, ' ').trim())
    .filter((item) => item.length > 0);
}
