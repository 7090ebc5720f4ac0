/**
 * Slack message text -> the question a person typed. Slack escapes &, < and > and wraps mentions and links in
 * angle brackets; the core wants plain words.
 */
export function questionFromSlackText(text: string, botUserId: string | undefined): string {
  let result = text;
  if (botUserId) result = result.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ');
  result = result
    // Links: <http://x|label> -> label, <http://x> -> http://x; channels <#C1|name> -> #name; users <@U1> -> @U1.
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!([a-z]+)(?:\|[^>]*)?>/g, '@$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return result.replace(/\s+/g, ' ').trim();
}

export function mentionsUser(text: string, userId: string | undefined): boolean {
  return userId !== undefined && new RegExp(`<@${userId}(?:\\|[^>]*)?>`).test(text);
}

/** True when the text mentions people but not the bot: it is addressed to them. */
export function mentionsOthersOnly(text: string, botUserId: string | undefined): boolean {
  const mentioned = [...text.matchAll(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g)].map((match) => match[1]);
  return mentioned.length > 0 && !mentioned.includes(botUserId);
}
