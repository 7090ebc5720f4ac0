/**
 * Validates a profile before it is written: the store never holds a file it would refuse to load.
 */
import { RoleCallError } from '../errors.ts';
import { ROLE_ID_PATTERN, RoleProfileSchema, type RoleProfile } from '../profile/role-profile.ts';
import { schemaProblem } from './profile-problems.ts';

/** The profile with defaults applied; throws RoleCallError PROFILE_INVALID naming the field. */
export function checkProfile(profile: RoleProfile): RoleProfile {
  const parsed = RoleProfileSchema.safeParse(profile, { reportInput: true });
  if (parsed.success) return parsed.data;
  const file = ROLE_ID_PATTERN.test(String(profile.id)) ? `roles/${profile.id}.json` : 'the profile';
  const problem = schemaProblem(file, parsed.error.issues).replace(/ Fix the file or re-ingest the document\.$/, '');
  throw new RoleCallError('PROFILE_INVALID', problem, 'Nothing was stored.');
}
