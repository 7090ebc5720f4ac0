/**
 * HR corrections on disk: `<data>/overrides/<roleId>.json`, one pretty JSON file per role (who, when, the
 * old value and the new), apart from `roles/` so `rolecall ingest --reparse` can rewrite a profile without
 * touching them. Each change is a read-modify-write under a lock file and lands by an atomic rename, so two
 * HR users correcting one profile at the same moment both keep their correction. A malformed file is
 * reported (file, field, what to do) and skipped; the others still apply.
 */
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { isRoleCallError, RoleCallError } from '../errors.ts';
import { withFileLock } from '../postings/atomic-file.ts';
import { withoutByteOrderMark } from '../profile/json-text.ts';
import { ROLE_ID_PATTERN, type RoleProfile } from '../profile/role-profile.ts';
import { applyCorrections, OverrideFileSchema, type Corrected, type Correction, type OverrideFile } from '../review/corrections.ts';
import { dataDirLayout } from './data-dir.ts';
import { jsonProblem, schemaProblem } from './profile-problems.ts';
import { isTempFileName, writeFileAtomic } from './write-file-atomic.ts';

export interface StoredOverrides {
  /** Corrections by role id, oldest first. */
  byRole: Map<string, Correction[]>;
  /** One line per file that could not be used. */
  problems: string[];
}

/** Where the library reads corrections from (the file store, or a test's own). */
export interface OverrideSource {
  readOverrides(): Promise<StoredOverrides>;
}

export class OverrideStore implements OverrideSource {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = dataDirLayout(dataDir).overrides;
  }

  private fileOf(roleId: string): string {
    if (!ROLE_ID_PATTERN.test(roleId)) throw new RoleCallError('PROFILE_INVALID', `Not a valid role id: "${roleId}".`);
    return join(this.dir, `${roleId}.json`);
  }

  async readOverrides(): Promise<StoredOverrides> {
    const byRole = new Map<string, Correction[]>();
    const problems: string[] = [];
    let names: string[];
    try {
      names = (await fsp.readdir(this.dir)).filter((name) => name.endsWith('.json') && !name.startsWith('.') && !isTempFileName(name)).sort();
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { byRole, problems };
      throw error;
    }
    for (const name of names) {
      const shownName = `overrides/${name}`;
      const read = await this.readFile(join(this.dir, name), shownName);
      if (!read.ok) {
        problems.push(read.problem);
        continue;
      }
      if (name !== `${read.file.roleId}.json`) {
        problems.push(`${shownName}: field "roleId" is "${read.file.roleId}" but the file is not named ${read.file.roleId}.json; skipped. Rename the file or fix the roleId.`);
        continue;
      }
      byRole.set(read.file.roleId, read.file.corrections);
    }
    return { byRole, problems };
  }

  /** The corrections of one role, oldest first ([] when it has none). Throws on a malformed file. */
  async corrections(roleId: string): Promise<Correction[]> {
    const read = await this.readFile(this.fileOf(roleId), `overrides/${roleId}.json`);
    if (read.ok) return read.file.corrections;
    if (read.missing) return [];
    throw new RoleCallError('OVERRIDE_INVALID', read.problem);
  }

  /**
   * Adds corrections to a role's file under its lock, re-reading the file inside the lock so a correction
   * another HR user saved a moment ago is kept. A malformed file is not overwritten: it is reported.
   */
  async addCorrections(roleId: string, corrections: readonly Correction[]): Promise<Correction[]> {
    const path = this.fileOf(roleId);
    await fsp.mkdir(this.dir, { recursive: true });
    return withFileLock(path, async () => {
      const existing = await this.corrections(roleId);
      const next: OverrideFile = { roleId, corrections: [...existing, ...corrections] };
      await writeFileAtomic(path, `${JSON.stringify(next, null, 2)}\n`, { durable: true });
      return next.corrections;
    });
  }

  private async readFile(path: string, shownName: string): Promise<{ ok: true; file: OverrideFile } | { ok: false; missing: boolean; problem: string }> {
    let text: string;
    try {
      text = withoutByteOrderMark(await fsp.readFile(path, 'utf8'));
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { ok: false, missing: true, problem: `${shownName}: not found.` };
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { ok: false, missing: false, problem: overrideAdvice(jsonProblem(shownName, text, error)) };
    }
    const parsed = OverrideFileSchema.safeParse(json, { reportInput: true });
    if (!parsed.success) return { ok: false, missing: false, problem: overrideAdvice(schemaProblem(shownName, parsed.error.issues)) };
    return { ok: true, file: parsed.data };
  }
}

/** The profile problems' advice ("re-ingest the document") does not fit an override file. */
function overrideAdvice(problem: string): string {
  return `${problem.replace(/\s*Fix the file or re-ingest the document\.$/, '')} Its corrections are not applied; fix the file or correct the role again from Slack.`;
}

/**
 * The profile with every stored correction of its role applied, after adding `added` (HR's new ones) to
 * the role's file. Used where a profile enters the running bot (a posting, a correction), so what staff are
 * answered from matches what the next start would load.
 */
export async function withCorrections(overrides: OverrideStore, profile: RoleProfile, added: readonly Correction[] = []): Promise<Corrected> {
  let all: Correction[];
  try {
    all = added.length > 0 ? await overrides.addCorrections(profile.id, added) : await overrides.corrections(profile.id);
  } catch (error) {
    if (!isRoleCallError(error) || error.code !== 'OVERRIDE_INVALID') throw error;
    return { profile, fields: [], problems: [error.message] };
  }
  return applyCorrections(profile, all);
}
