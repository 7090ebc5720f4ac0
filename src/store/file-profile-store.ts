/**
 * ProfileStore over a data directory: `sources/` (documents as given), `roles/<id>.json` (pretty JSON HR can
 * read and correct), `glossary.json`; `postings/` is left to the postings store. A missing or empty
 * directory is a valid start: folders are created on the first write.
 */
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, join } from 'node:path';
import { RoleCallError } from '../errors.ts';
import { ROLE_ID_PATTERN, RoleProfileSchema, type RoleProfile } from '../profile/role-profile.ts';
import { dataDirLayout, type DataDirLayout } from './data-dir.ts';
import { featuresOfStoredProfile } from '../ingest/index.ts';
import { checkProfile } from './check-profile.ts';
import { withoutByteOrderMark } from '../profile/json-text.ts';
import { jsonProblem, schemaProblem } from './profile-problems.ts';
import type { LoadProfilesResult, ProfileStore, StoredSource } from './profile-store.ts';
import { isTempFileName, writeFileAtomic } from './write-file-atomic.ts';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !isTempFileName(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** A stored file name is a plain name: no directories, no dot files (those are temp files). */
function safeFileName(file: string): string {
  const name = basename(file.replaceAll('\\', '/'));
  if (name === '' || name.startsWith('.') || name !== file) {
    throw new RoleCallError('USAGE', `Not a plain file name for the store: "${file}".`);
  }
  return name;
}

/** Profile JSON as written for people: two-space indent and a final newline. */
export function profileJson(profile: RoleProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

export interface FileProfileStoreOptions {
  /**
   * fsync each file before its rename (default false). Writes are atomic either way (a reader never sees
   * half a file); durability against a power cut is left off by default because everything here can be
   * rebuilt (documents are copies of HR's files, profiles are re-ingested from them) and it costs about
   * 2 ms a file, which would halve ingest throughput.
   */
  durable?: boolean;
}

export class FileProfileStore implements ProfileStore {
  readonly layout: DataDirLayout;
  private readonly durable: boolean;

  constructor(dataDir: string, options: FileProfileStoreOptions = {}) {
    this.layout = dataDirLayout(dataDir);
    this.durable = options.durable ?? false;
  }

  get location(): string {
    return this.layout.root;
  }

  private roleFile(id: string): string {
    if (!ROLE_ID_PATTERN.test(id)) throw new RoleCallError('PROFILE_INVALID', `Not a valid role id: "${id}".`);
    return join(this.layout.roles, `${id}.json`);
  }

  async loadProfiles(): Promise<LoadProfilesResult> {
    const profiles: RoleProfile[] = [];
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const name of await listFiles(this.layout.roles)) {
      if (!name.endsWith('.json')) continue;
      const shownName = `roles/${name}`;
      // A byte-order mark (Notepad) is dropped here, so error positions below count from the JSON itself.
      const text = withoutByteOrderMark(await fsp.readFile(join(this.layout.roles, name), 'utf8'));
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        problems.push(jsonProblem(shownName, text, error));
        continue;
      }
      const parsed = RoleProfileSchema.safeParse(json, { reportInput: true });
      if (!parsed.success) {
        problems.push(schemaProblem(shownName, parsed.error.issues));
        continue;
      }
      // A profile stored before features were read: read them from the evidence it already quotes.
      const profile = isRecord(json) && !('features' in json) ? { ...parsed.data, features: featuresOfStoredProfile(parsed.data) } : parsed.data;
      const other = seen.get(profile.id);
      if (other !== undefined) {
        problems.push(
          `${shownName}: field "id" is "${profile.id}", already used by ${other}; skipped. Give one of them another id (and file name).`,
        );
        continue;
      }
      seen.set(profile.id, shownName);
      if (name !== `${profile.id}.json`) {
        // Still loaded: the facts are good, but a later save would write a second file under the id's name.
        problems.push(
          `${shownName}: field "id" is "${profile.id}" but the file is not named ${profile.id}.json; loaded anyway. Rename the file or change the id.`,
        );
      }
      profiles.push(profile);
    }
    return { profiles, problems };
  }

  async saveProfile(profile: RoleProfile): Promise<void> {
    const checked = checkProfile(profile);
    await writeFileAtomic(this.roleFile(checked.id), profileJson(checked), { durable: this.durable });
  }

  async removeProfile(id: string): Promise<boolean> {
    return removeIfPresent(this.roleFile(id));
  }

  async listSources(): Promise<StoredSource[]> {
    const out: StoredSource[] = [];
    for (const file of await listFiles(this.layout.sources)) {
      const bytes = await fsp.readFile(join(this.layout.sources, file));
      out.push({ file, sha256: sha256Hex(bytes), size: bytes.byteLength });
    }
    return out;
  }

  async readSource(file: string): Promise<Uint8Array> {
    return fsp.readFile(join(this.layout.sources, safeFileName(file)));
  }

  /** The path of a stored source, for readers that want a file (document extraction). */
  sourcePath(file: string): string {
    return join(this.layout.sources, safeFileName(file));
  }

  async saveSource(file: string, bytes: Uint8Array): Promise<void> {
    await writeFileAtomic(join(this.layout.sources, safeFileName(file)), bytes, { durable: this.durable });
  }

  async removeSource(file: string): Promise<boolean> {
    return removeIfPresent(join(this.layout.sources, safeFileName(file)));
  }

  async readGlossary(): Promise<{ file: string; text: string } | null> {
    try {
      return { file: 'glossary.json', text: await fsp.readFile(this.layout.glossary, 'utf8') };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
}

async function removeIfPresent(path: string): Promise<boolean> {
  try {
    await fsp.rm(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}
