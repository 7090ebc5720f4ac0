/** Citation lines people can check: "Contact Handler profile, line 42" / "lines 12, 14 and 20". */
import type { Citation } from '../answer/types.ts';
import { escapeMrkdwn } from './escape.ts';

function joinLines(lines: readonly number[]): string {
  if (lines.length === 1) return `line ${lines[0]}`;
  const head = lines.slice(0, -1).join(', ');
  return `lines ${head} and ${lines[lines.length - 1]}`;
}

/** One string per role cited, in first-cited order, lines sorted and de-duplicated. Plain text (not escaped). */
export function citationLines(citations: readonly Citation[]): string[] {
  const byRole = new Map<string, { title: string; lines: Set<number> } | { posting: string }>();
  for (const citation of citations) {
    // A field HR corrected has no document line: say a person checked it.
    if (citation.checkedByHr !== undefined) {
      byRole.set(`hr:${citation.roleId}`, { posting: `${citation.roleTitle} profile, checked by HR` });
      continue;
    }
    // A fact read from a vacancy posting (src/postings) has no document line: cite the posting itself.
    if (citation.postingId !== undefined) {
      byRole.set(`posting:${citation.postingId}`, { posting: `${citation.roleTitle} vacancy posting ${citation.postingId}` });
      continue;
    }
    const existing = byRole.get(citation.roleId);
    const entry = existing && 'lines' in existing ? existing : { title: citation.roleTitle, lines: new Set<number>() };
    entry.lines.add(citation.line);
    byRole.set(citation.roleId, entry);
  }
  return [...byRole.values()].map((entry) =>
    'posting' in entry ? entry.posting : `${entry.title} profile, ${joinLines([...entry.lines].sort((a, b) => a - b))}`,
  );
}

/** Escaped mrkdwn lines for a context block, prefixed with a source marker. */
export function citationContext(citations: readonly Citation[]): string[] {
  return citationLines(citations).map((line) => `:page_facing_up: ${escapeMrkdwn(line)}`);
}
