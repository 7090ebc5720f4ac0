/**
 * The other names a role goes by, as summaries and the HR preview show them: the profile's aliases not
 * already written in the title ("PolSA" is in "Police Search Adviser (PolSA)"; "CTSA" defined in the body
 * of "Counter Terrorism Security Adviser" is not), so HR can see, and correct, what staff may call it.
 */
import type { RoleProfile } from './role-profile.ts';

export function shownAliases(profile: Pick<RoleProfile, 'title' | 'aliases'>): string[] {
  const title = profile.title.toLowerCase();
  return profile.aliases.filter((alias) => !title.includes(alias.toLowerCase()));
}

/** "Also known as: CTSA, protective security adviser", or null when there is nothing to add to the title. */
export function alsoKnownAs(profile: Pick<RoleProfile, 'title' | 'aliases'>): string | null {
  const aliases = shownAliases(profile);
  return aliases.length > 0 ? `Also known as: ${aliases.join(', ')}` : null;
}
