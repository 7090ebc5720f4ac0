/** Re-exported so the catalogue stage need not import from the later answer stage. */
import type { RoleProfile } from '../profile/role-profile.ts';

export interface RoleRef {
  id: string;
  title: string;
  organisation: string | null;
}

export function roleRef(profile: Pick<RoleProfile, 'id' | 'title' | 'organisation'>): RoleRef {
  return { id: profile.id, title: profile.title, organisation: profile.organisation };
}
