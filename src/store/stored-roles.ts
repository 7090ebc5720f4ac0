/**
 * The stored profiles as the ingester sees them, with the lookups every ingest makes kept up to date as
 * profiles are written and removed: by id, by identity (title and organisation), by source file name and by
 * document sha256. Each change costs a few map operations, so a bulk ingest of n documents is linear in n
 * rather than rebuilding these lookups for every document.
 */
import type { RoleProfile } from '../profile/role-profile.ts';
import { identityKey } from './assign-role-id.ts';

/** What the lookups need of a stored profile; the ingester keeps only this much per role (a few hundred bytes). */
export type StoredRole = Pick<RoleProfile, 'id' | 'title' | 'organisation' | 'source' | 'parserVersion'>;

/** A stored profile cut down to what the ingester's lookups need. */
export function storedRole(profile: StoredRole): StoredRole {
  const role: StoredRole = {
    id: profile.id,
    title: profile.title,
    organisation: profile.organisation,
    source: { file: profile.source.file, sha256: profile.source.sha256, format: profile.source.format },
  };
  if (profile.parserVersion !== undefined) role.parserVersion = profile.parserVersion;
  return role;
}

/** key -> ids, in insertion order. */
class MultiIndex {
  private readonly map = new Map<string, Set<string>>();

  add(key: string, id: string): void {
    const ids = this.map.get(key);
    if (ids) ids.add(id);
    else this.map.set(key, new Set([id]));
  }

  delete(key: string, id: string): void {
    const ids = this.map.get(key);
    if (!ids) return;
    ids.delete(id);
    if (ids.size === 0) this.map.delete(key);
  }

  get(key: string): ReadonlySet<string> {
    return this.map.get(key) ?? EMPTY;
  }

  /** Every key with its ids, for tests that compare against a plain rebuild. */
  entries(): Map<string, Set<string>> {
    return new Map([...this.map].map(([key, ids]) => [key, new Set(ids)]));
  }
}

const EMPTY: ReadonlySet<string> = new Set();

export class StoredRoles<P extends StoredRole = RoleProfile> {
  private readonly byId = new Map<string, P>();
  private readonly identities = new MultiIndex();
  private readonly sourceFiles = new MultiIndex();
  private readonly hashes = new MultiIndex();

  constructor(profiles: Iterable<P> = []) {
    for (const profile of profiles) this.set(profile);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): P | undefined {
    return this.byId.get(id);
  }

  /** Every stored profile, in the order first stored. */
  all(): P[] {
    return [...this.byId.values()];
  }

  /** KnownRoles.ids: whether an id is taken. */
  readonly ids = { has: (id: string): boolean => this.byId.has(id) };

  /** KnownRoles.byIdentity: the stored profile with this title and organisation (the latest stored, if several). */
  readonly byIdentity = {
    get: (key: string): P | undefined => {
      let last: string | undefined;
      for (const id of this.identities.get(key)) last = id;
      return last === undefined ? undefined : this.byId.get(last);
    },
  };

  /** Add a profile, or replace the stored one with the same id. */
  set(profile: P): void {
    const old = this.byId.get(profile.id);
    if (old) this.unindex(old);
    // Map.set on a known id keeps its place: a replaced role stays where it was in all().
    this.byId.set(profile.id, profile);
    this.identities.add(identityKey(profile), profile.id);
    this.sourceFiles.add(profile.source.file, profile.id);
    this.hashes.add(profile.source.sha256, profile.id);
  }

  delete(id: string): P | undefined {
    const old = this.byId.get(id);
    if (!old) return undefined;
    this.byId.delete(id);
    this.unindex(old);
    return old;
  }

  private unindex(old: P): void {
    this.identities.delete(identityKey(old), old.id);
    this.sourceFiles.delete(old.source.file, old.id);
    this.hashes.delete(old.source.sha256, old.id);
  }

  /** The ids of the profiles whose document is stored under this name in sources/. */
  usingSource(file: string): ReadonlySet<string> {
    return this.sourceFiles.get(file);
  }

  /** A stored profile parsed from a document with these bytes by this parser version, if any. */
  parsedFrom(sha256: string, parserVersion: number): P | undefined {
    for (const id of this.hashes.get(sha256)) {
      const profile = this.byId.get(id);
      if (profile?.parserVersion === parserVersion) return profile;
    }
    return undefined;
  }

  /** The lookups as plain maps, for the consistency test. */
  snapshotForTest(): { ids: string[]; identities: Map<string, Set<string>>; sourceFiles: Map<string, Set<string>>; hashes: Map<string, Set<string>> } {
    return {
      ids: [...this.byId.keys()],
      identities: this.identities.entries(),
      sourceFiles: this.sourceFiles.entries(),
      hashes: this.hashes.entries(),
    };
  }
}
