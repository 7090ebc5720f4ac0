/**
 * The ingest service: a document's text in, a stored profile out, with what HR needs to fix the document
 * (what was found, what is missing, warnings). A profile with the same title and organisation is replaced
 * and keeps its id; the document is kept under sources/. Transport-free: the CLI and HR uploads in Slack
 * both use it.
 */
import { extname } from 'node:path';
import { PARSER_VERSION, parseDocument, type DocumentText, type ParseResult } from '../ingest/index.ts';
import type { RoleProfile } from '../profile/role-profile.ts';
import { assignRoleId } from './assign-role-id.ts';
import { factsFound } from './profile-facts-found.ts';
import type { ProfileStore } from './profile-store.ts';
import { StoredRoles } from './stored-roles.ts';

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
  return previewOf(parseDocument(doc));
}

/** The preview of a document parsed elsewhere (a parse worker). */
export function previewOf(result: ParseResult): DocumentPreview {
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
  /**
   * Store a document parsed elsewhere (a parse worker): the same id, source-name and replacement rules as
   * ingest, in the same one-at-a-time order.
   */
  store(input: ParsedInput): Promise<IngestOutcome>;
  /**
   * The stored profile already parsed from a document with these bytes (sha256) by this parser version, or
   * null: a re-run of a bulk ingest skips such documents without parsing them.
   */
  alreadyStored(sha256: string): Promise<RoleProfile | null>;
  /** Remove a stored role, and its document when no other role uses it. False when there is no such role. */
  remove(id: string): Promise<boolean>;
}

export interface ParsedInput {
  preview: DocumentPreview;
  /** The file name the document was given as. */
  file: string;
  bytes: Uint8Array;
}

/**
 * One ingester per store. It reads the stored profiles once, keeps its lookups (identity, ids, source names,
 * hashes) up to date as it writes, and runs one write at a time, so two uploads at once cannot both take the
 * same id or source name.
 */
export function createIngester(store: ProfileStore): Ingester {
  let known: Promise<StoredRoles> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function storedRoles(): Promise<StoredRoles> {
    // A failed read is not remembered: the next ingest tries again.
    known ??= store.loadProfiles().then(
      ({ profiles }) => new StoredRoles(profiles),
      (error: unknown) => {
        known = null;
        throw error;
      },
    );
    return known;
  }

  /** Delete a document from sources/ once no stored role uses it any more. */
  async function dropSourceIfUnused(roles: StoredRoles, file: string): Promise<void> {
    if (roles.usingSource(file).size === 0) await store.removeSource(file);
  }

  async function storeOne({ preview, file, bytes }: ParsedInput): Promise<IngestOutcome> {
    const roles = await storedRoles();
    const { id, replaces } = assignRoleId(preview.profile, roles);

    let storedSource = sourceFileName(file);
    const owners = roles.usingSource(storedSource);
    if (owners.size > 0 && !owners.has(id)) {
      const ext = extname(storedSource);
      storedSource = `${storedSource.slice(0, storedSource.length - ext.length)}-${id}${ext}`;
    }
    const profile: RoleProfile = { ...preview.profile, id, source: { ...preview.profile.source, file: storedSource } };

    // The profile first: the store validates it and refuses before writing anything, so a refused profile
    // leaves no document behind either.
    await store.saveProfile(profile);
    await store.saveSource(storedSource, bytes);
    roles.set(profile);
    // The replaced role's old document would otherwise be parsed again on load as a second copy of the role.
    if (replaces && replaces.source.file !== storedSource) await dropSourceIfUnused(roles, replaces.source.file);
    return { ...preview, profile, file, storedSource, replaced: replaces };
  }

  async function removeOne(id: string): Promise<boolean> {
    const roles = await storedRoles();
    const old = roles.get(id);
    if (!old) return false;
    await store.removeProfile(id);
    roles.delete(id);
    await dropSourceIfUnused(roles, old.source.file);
    return true;
  }

  /** Writes run one at a time, in the order asked; a failed one does not stop the next. */
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    ingest({ doc, bytes }) {
      // Parsed in the queue, as before: one Slack upload at a time, in order.
      return serial(() => storeOne({ preview: previewDocument(doc), file: doc.file, bytes }));
    },
    store(input) {
      return serial(() => storeOne(input));
    },
    async alreadyStored(sha256) {
      return (await storedRoles()).parsedFrom(sha256, PARSER_VERSION) ?? null;
    },
    remove(id) {
      return serial(() => removeOne(id));
    },
  };
}
