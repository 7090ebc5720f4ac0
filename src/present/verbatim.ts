/**
 * Document text is data. Escaping (escape.ts) stops `<!channel>` and forged links; `verbatim: true` on a
 * mrkdwn text object stops the rest of Slack's automatic parsing: bare URLs turned into links, bare
 * `#channel` names linked, bare mentions parsed. Role Call writes every link and mention it means explicitly
 * (`<@U123>`), which verbatim text still honours, so every mrkdwn object it sends is marked verbatim. The
 * transports apply `verbatimBlocks` where messages and views leave for Slack, so no presenter can forget it.
 */

/** A copy of `value` (blocks, a view, any Block Kit JSON) with `verbatim: true` on every mrkdwn text object. */
export function verbatimBlocks<T>(value: T): T {
  return mark(value) as T;
}

function mark(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(mark);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = mark(item);
  if (out['type'] === 'mrkdwn' && typeof out['text'] === 'string') out['verbatim'] = true;
  return out;
}
