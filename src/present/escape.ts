/**
 * Slack mrkdwn treats `<...>` as control sequences (`<!channel>`, `<@U123>`, `<http://x|label>`) and `&` as the
 * start of an entity. Every piece of document or user text put into mrkdwn (or into a message's `text`
 * fallback, which Slack parses the same way) goes through `escapeMrkdwn`, so a document can never ping a
 * channel, mention a person or forge a link. These three characters are escaped (Slack's own rule), and a bare
 * `@here`, `@channel` or `@everyone` gets an invisible word joiner after the `@`, so no client or notification
 * reads it as a broadcast (the mrkdwn objects are also sent `verbatim`, see verbatim.ts).
 */
const BROADCAST = /(^|[^\w@])@(here|channel|everyone)\b/gi;
const WORD_JOINER = '\u2060';

export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BROADCAST, `$1@${WORD_JOINER}$2`);
}

/** Plain-text fields (headers, button labels) are not parsed by Slack, but must not be empty. */
export function plainText(text: string, fallback = '-'): string {
  const trimmed = text.trim();
  return trimmed === '' ? fallback : trimmed;
}
