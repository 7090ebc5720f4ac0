/**
 * Answers read from a role's own document lines (src/search/retrieve-lines.ts) when no field of the
 * profile holds what was asked: the lines are quoted verbatim with their line numbers, framed as what the
 * profile says, never turned into a value of a field.
 */
import type { RoleProfile } from '../profile/role-profile.ts';
import type { LineHit, RoleLines } from '../search/retrieve-lines.ts';
import { uniqueCitations } from './citations.ts';
import type { Listing } from './cross-role.ts';
import { roleFactsText } from './render-text.ts';
import { roleRef, type Answer, type Citation, type Fact, type ListItem } from './types.ts';

/** Field name of a citation of a document line no profile field holds. */
export const DOCUMENT_FIELD = 'document';
/** A quoted line longer than this is cut, with an ellipsis, so one paragraph does not fill the answer. */
const MAX_QUOTE = 300;

function quoted(text: string): string {
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : text;
}

function lineCitation(profile: RoleProfile, hit: LineHit): Citation {
  return { roleId: profile.id, roleTitle: profile.title, field: DOCUMENT_FIELD, line: hit.line, quote: quoted(hit.text) };
}

/** "The Contact Handler profile says (line 35): "Working a 24 hours ... 365 days a year"." */
export function documentLead(profile: RoleProfile, hits: readonly LineHit[]): string {
  const [first, ...rest] = hits;
  if (!first) return '';
  const more = rest.length > 0 ? ` It also says this on ${rest.length === 1 ? 'line' : 'lines'} ${rest.map((hit) => hit.line).join(', ')}.` : '';
  return `The ${profile.title} profile says (line ${first.line}): "${quoted(first.text)}"${more}`;
}

/** The lines as a fact: one item a line, each citing it. `subject` is what was asked, for the label. */
export function documentFact(profile: RoleProfile, hits: readonly LineHit[], subject: string): Fact {
  const sorted = [...hits].sort((a, b) => a.line - b.line);
  const items = sorted.map((hit) => ({ text: quoted(hit.text), citations: [lineCitation(profile, hit)] }));
  return {
    roleId: profile.id,
    topic: DOCUMENT_FIELD,
    label: subject ? `What the profile says about ${subject}` : 'What the profile says',
    status: 'stated',
    value: items.map((item) => item.text).join('; '),
    items,
    note: `Quoted from the ${profile.title} document: no field of the profile holds this, so read the lines as written.`,
    citations: items.flatMap((item) => item.citations),
  };
}

export function documentAnswer(question: string, profile: RoleProfile, hits: readonly LineHit[], subject: string): Answer {
  const fact = documentFact(profile, hits, subject);
  const lead = documentLead(profile, hits);
  return {
    kind: 'answer',
    question,
    roles: [roleRef(profile)],
    facts: [fact],
    lead,
    text: `${lead}\n${roleFactsText(roleRef(profile), [fact])}`,
    citations: uniqueCitations(fact.citations),
  };
}

/** "Which roles mention the Welsh language?": each role with the line that mentions it. */
export function documentListing(found: readonly RoleLines[], subject: string, capped: boolean): Listing {
  const items: ListItem[] = [...found]
    .sort((a, b) => a.profile.title.localeCompare(b.profile.title))
    .map(({ profile, hits }) => {
      const [hit] = hits;
      return { role: roleRef(profile), ...(hit ? { detail: `"${quoted(hit.text)}"` } : {}), citations: hit ? [lineCitation(profile, hit)] : [] };
    });
  const notes = capped ? ['Only the documents that hold most of these words were read line by line; ask about a force or a role to narrow the search.'] : [];
  return { title: `Roles whose profiles mention ${subject}`, items, total: items.length, notes };
}
