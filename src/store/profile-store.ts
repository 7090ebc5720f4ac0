/**
 * Where profiles, their source documents and the glossary live. The file implementation
 * (file-profile-store.ts) keeps them under a data directory; the interface leaves room for a shared
 * database when several instances must run side by side.
 */
import type { RoleProfile } from '../profile/role-profile.ts';

export interface StoredSource {
  /** File name inside the store's sources (no directories). */
  file: string;
  /** sha256 of the bytes as stored, lower-case hex. */
  sha256: string;
  size: number;
}

export interface LoadProfilesResult {
  profiles: RoleProfile[];
  /** One line per file that could not be loaded (file, field, what to do); the others still load. */
  problems: string[];
}

export interface ProfileStore {
  /** Where the store keeps things, for messages ("/srv/rolecall/data"). */
  readonly location: string;
  loadProfiles(): Promise<LoadProfilesResult>;
  /** Validates the profile (RoleCallError PROFILE_INVALID, nothing written), then writes it atomically. */
  saveProfile(profile: RoleProfile): Promise<void>;
  removeProfile(id: string): Promise<boolean>;
  listSources(): Promise<StoredSource[]>;
  readSource(file: string): Promise<Uint8Array>;
  saveSource(file: string, bytes: Uint8Array): Promise<void>;
  removeSource(file: string): Promise<boolean>;
  /** The glossary file's text, or null when there is none. */
  readGlossary(): Promise<{ file: string; text: string } | null>;
}
