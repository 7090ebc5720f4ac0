/**
 * The ingest service: a document's text in, a stored profile out, with what HR needs to fix the document
 * (what was found, what is missing, warnings). A profile with the same title and organisation is replaced
 * and keeps its id; the document is kept under sources/. Transport-free: the CLI and HR uploads in Slack
 * both use it.
 */
import { extname } from 'node:path';
import { parseDocument, type DocumentText } from '../ingest/index.ts';
import type { RoleProfile } from '../profile/role-profile.ts';
import { assignRoleId, identityKey } from './assign-role-id.ts';
import { factsFound } from './profile-facts-found.ts';
import type { ProfileStore } from './profile-store.ts';

export interface DocumentPreview {
  profile: RoleProfile;
  found: string[];
  missing: string[];
  warnings: string[];
}

export interface IngestInput {
  doc: DocumentText;
  /** The document as given, kept under sources/. */
  bytes: Uint8Array;
}

export interface IngestOutcome extends DocumentPreview {
  /** The file name the document was given as. */
  file: string;
  /** Its name under sources/ (the same unless another role's document already has that name). */
  storedSource: string;
  /** The profile this one replaced (same title and organisation), or null when it is new. */
  replaced: RoleProfile | null;
}

/** Parse without storing (`rolecall parse`, an HR preview). Throws RoleCallError NO_ROLE_TITLE. */
export function previewDocument(doc: DocumentText): DocumentPreview {
  const result = parseDocument(doc);
  return {
    profile: result.profile,
    found: factsFound(result.profile),
    missing: result.missing,
    warnings: result.warnings,
  };
}

/** A plain name for sources/: no directories, no leading dots, nothing a shell or Slack would trip on. */
export function sourceFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^A-Za-z0-9._ ()-]+/g, '-').replace(/^[.\s-]+/, '');
  return clean === '' ? 'document.txt' : clean;
}

export interface Ingester {
  ingest(input: IngestInput): Promise<IngestOutcome>;
}

/**
 * One ingester per store. It reads the stored profiles once, keeps track of them as it writes, and runs one
 * ingest at a time, so two uploads at once cannot both take the same id or source name.
 */
export function createIngester(store: ProfileStore): Ingester {
  let known: Map<string, RoleProfile> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  async function knownProfiles(): Promise<Map<string, RoleProfile>> {
    if (known === null) {
      const { profiles } = await store.loadProfiles();
      known = new Map(profiles.map((profile) => [profile.id, profile]));
    }
    return known;
  }

  async function ingestOne({ doc, bytes }: IngestInput): Promise<IngestOutcome> {
    const preview = previewDocument(doc);
    const roles = await knownProfiles();
    const byIdentity = new Map([...roles.values()].map((profile) => [identityKey(profile), profile]));
    const { id, replaces } = assignRoleId(preview.profile, { byIdentity, ids: new Set(roles.keys()) });

    let storedSource = sourceFileName(doc.file);
    const owner = [...roles.values()].find((profile) => profile.source.file === storedSource);
    if (owner && owner.id !== id) {
      const ext = extname(storedSource);
      storedSource = `${storedSource.slice(0, storedSource.length - ext.length)}-${id}${ext}`;
    }
    const profile: RoleProfile = { ...preview.profile, id, source: { ...preview.profile.source, file: storedSource } };

    // The profile first: the store validates it and refuses before writing anything, so a refused profile
    // leaves no document behind either.
    await store.saveProfile(profile);
    await store.saveSource(storedSource, bytes);
    roles.set(id, profile);
    // The replaced role's old document would otherwise be parsed again on load as a second copy of the role.
    if (replaces && replaces.source.file !== storedSource) {
      const stillUsed = [...roles.values()].some((other) => other.source.file === replaces.source.file);
      if (!stillUsed) await store.removeSource(replaces.source.file);
    }
    return { ...preview, profile, file: doc.file, storedSource, replaced: replaces };
  }

  return {
    ingest(input) {
      const run = queue.then(() => ingestOne(input));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
