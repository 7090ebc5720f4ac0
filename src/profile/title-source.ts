/**
 * How a title not taken from a title label was found, in words for the HR preview, `rolecall ingest` and
 * summaries, so a reader knows to check it. Null for a title read from a label.
 */
import type { RoleProfile } from './role-profile.ts';

export function titleSourceNote(profile: Pick<RoleProfile, 'titleSource' | 'titleInferred'> & Partial<Pick<RoleProfile, 'readings'>>): string | null {
  // A title HR corrected is no longer the parser's guess, however the document gave it.
  if (profile.readings?.['title']?.method === 'hr') return 'checked by HR';
  switch (profile.titleSource) {
    case 'label':
      return profile.titleInferred ? 'inferred from its content: the document has no title' : null;
    case 'heading':
      return "read from the document's heading: it has no job title label";
    case 'content':
      return 'inferred from its content: the document has no title';
    case 'file name':
      return 'taken from the file name: the document states no title';
  }
}
