/**
 * What the answering side starts from: the stored profiles, plus any document under sources/ that has no
 * profile yet or changed since its profile was stored, parsed in memory (`rolecall ingest` stores them).
 */
import { extractDocumentText, parseDocument } from '../ingest/index.ts';
import { isRoleCallError } from '../errors.ts';
import type { RoleProfile } from '../profile/role-profile.ts';
import { applyCorrections } from '../review/corrections.ts';
import { assignRoleId } from './assign-role-id.ts';
import type { OverrideSource } from './override-store.ts';
import type { ProfileStore } from './profile-store.ts';
import { StoredRoles } from './stored-roles.ts';

export interface ParsedFromSource {
  file: string;
  id: string;
  reason: 'no-profile' | 'changed';
}

export interface Library {
  profiles: RoleProfile[];
  /** One line per file that could not be used (roles/*.json or sources/*), naming the file and what to do. */
  problems: string[];
  /** Documents parsed in memory because no stored profile matched them. */
  parsedFromSources: ParsedFromSource[];
  /** The glossary file's text, for the answering core's parseGlossary, or null. */
  glossary: { file: string; text: string } | null;
}

/**
 * `overrides`: HR corrections, applied over the parsed profiles as they load, so an answer always shows
 * what HR checked and a re-parse (which rewrites roles/) never loses it.
 */
export async function loadLibrary(store: ProfileStore, overrides?: OverrideSource): Promise<Library> {
  const { profiles, problems } = await store.loadProfiles();
  const roles = new StoredRoles(profiles);
  const bySource = new Map(profiles.map((profile) => [profile.source.file, profile]));
  const parsedFromSources: ParsedFromSource[] = [];

  for (const source of await store.listSources()) {
    const stored = bySource.get(source.file);
    if (stored && stored.source.sha256 === source.sha256) continue;
    try {
      const doc = await extractDocumentText(await store.readSource(source.file), source.file);
      // The parser may hash the extracted text rather than the bytes: compare like with like.
      if (stored && stored.source.sha256 === doc.sha256) continue;
      const parsed = parseDocument(doc).profile;
      const id = stored ? stored.id : assignRoleId(parsed, roles).id;
      const profile: RoleProfile = { ...parsed, id, source: { ...parsed.source, file: source.file } };
      roles.set(profile);
      parsedFromSources.push({ file: source.file, id, reason: stored ? 'changed' : 'no-profile' });
    } catch (error) {
      const why = isRoleCallError(error) ? error.toUserText() : error instanceof Error ? error.message : String(error);
      problems.push(`sources/${source.file}: could not be parsed (${why}).`);
    }
  }
  let loaded = roles.all();
  if (overrides) {
    const stored = await overrides.readOverrides();
    problems.push(...stored.problems);
    loaded = loaded.map((profile) => {
      const corrections = stored.byRole.get(profile.id);
      if (!corrections) return profile;
      const corrected = applyCorrections(profile, corrections);
      problems.push(...corrected.problems);
      return corrected.profile;
    });
    for (const roleId of stored.byRole.keys()) {
      if (!roles.get(roleId)) problems.push(`overrides/${roleId}.json: no role "${roleId}" is stored; its corrections wait until the role is ingested again.`);
    }
  }
  return { profiles: loaded, problems, parsedFromSources, glossary: await store.readGlossary() };
}
