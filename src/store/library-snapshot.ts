/**
 * The start-up snapshot: the library (profiles, problems, documents parsed in memory), the catalogue's
 * profiles and the minisearch index, in one file under <data>/.cache/, so a restart at 20,000 roles reads
 * one file instead of every profile and rebuilds no index.
 *
 * It is keyed by a hash of the stored files (name, size, modification time and inode of every file in
 * roles/ and sources/: every atomic write makes a new inode) and of the code (code-version.ts). A snapshot
 * whose key differs is stale, and one whose body does not match its checksum, does not parse or has the
 * wrong shape is corrupt: either way it is rebuilt from the files, never trusted, and written again
 * atomically. A snapshot that cannot be written (a read-only data folder) costs the next start its speed,
 * nothing else.
 */
import { createHash } from 'node:crypto';
import { promises as fsp, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Catalogue } from '../catalogue/index.ts';
import type { RoleProfile } from '../profile/role-profile.ts';
import { RoleIndex } from '../search/role-index.ts';
import { codeVersion } from './code-version.ts';
import type { FileProfileStore } from './file-profile-store.ts';
import { loadLibrary, type Library } from './load-library.ts';
import { OverrideStore } from './override-store.ts';
import { decodeShared, encodeShared } from './shared-values.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

export const SNAPSHOT_FORMAT = 2;

export interface LoadedLibrary {
  library: Library;
  catalogue: Catalogue;
  index: RoleIndex;
  /** How the library was loaded: from the snapshot, or rebuilt from the files (and why). */
  start: {
    path: 'snapshot' | 'rebuilt';
    /** Why it was rebuilt: no snapshot yet, stale (files or code changed), or corrupt. */
    reason: 'loaded' | 'missing' | 'stale' | 'corrupt';
    /** Time to load, in ms. */
    ms: number;
    /** Set when a rebuilt snapshot could not be written (the start itself went fine). */
    writeProblem?: string;
  };
}

export function snapshotPath(store: FileProfileStore): string {
  return join(store.layout.root, '.cache', 'library-snapshot.json');
}

/**
 * The state of the stored files, cheaply: listed and stat'ed, not read. Synchronous stats: for tens of
 * thousands of small calls they are several times faster than the thread pool's, and this runs at start-up,
 * before anything else is waiting.
 */
function filesState(dir: string, label: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      // Dot files are temp files of writes under way, which the loaders skip too.
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [`${label} -`];
  }
  return names.map((name) => {
    const info = statSync(join(dir, name), { throwIfNoEntry: false });
    return info ? `${label}/${name} ${info.size} ${info.mtimeMs} ${info.ino}` : `${label}/${name} gone`;
  });
}

/** The snapshot key for the store as it is now, with this code. */
export async function snapshotKey(store: FileProfileStore, code: string = codeVersion()): Promise<string> {
  const hash = createHash('sha256').update(`rolecall snapshot ${SNAPSHOT_FORMAT}\n${code}\n`);
  for (const line of filesState(store.layout.roles, 'roles')) hash.update(`${line}\n`);
  for (const line of filesState(store.layout.sources, 'sources')) hash.update(`${line}\n`);
  // HR corrections are applied over the profiles the snapshot holds: a new one makes it stale.
  for (const line of filesState(store.layout.overrides, 'overrides')) hash.update(`${line}\n`);
  return hash.digest('hex');
}

const HeaderSchema = z.object({ format: z.literal(SNAPSHOT_FORMAT), key: z.string(), bodySha256: z.string() });

const BodySchema = z.object({
  values: z.object({
    nodes: z.array(z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.number()), z.record(z.string(), z.number())])),
    roots: z.array(z.number()),
  }),
  problems: z.array(z.string()),
  parsedFromSources: z.array(z.object({ file: z.string(), id: z.string(), reason: z.enum(['no-profile', 'changed']) })),
  index: z.record(z.string(), z.unknown()),
});

type Read = { ok: true; library: Omit<Library, 'glossary'>; index: RoleIndex } | { ok: false; reason: 'missing' | 'stale' | 'corrupt' };

async function readSnapshot(path: string, key: string): Promise<Read> {
  let text: string;
  try {
    text = await fsp.readFile(path, 'utf8');
  } catch {
    return { ok: false, reason: 'missing' };
  }
  try {
    const newline = text.indexOf('\n');
    if (newline < 0) return { ok: false, reason: 'corrupt' };
    const header = HeaderSchema.safeParse(JSON.parse(text.slice(0, newline)));
    if (!header.success) return { ok: false, reason: 'corrupt' };
    if (header.data.key !== key) return { ok: false, reason: 'stale' };
    const bodyText = text.slice(newline + 1);
    if (createHash('sha256').update(bodyText).digest('hex') !== header.data.bodySha256) return { ok: false, reason: 'corrupt' };
    const body = BodySchema.safeParse(JSON.parse(bodyText));
    if (!body.success) return { ok: false, reason: 'corrupt' };
    // The profiles are not validated again: they were when the snapshot was written, and the checksum says
    // these are the bytes that were written.
    const profiles = decodeShared(body.data.values) as RoleProfile[];
    const index = RoleIndex.fromJSON(body.data.index);
    if (index.size !== profiles.length) return { ok: false, reason: 'corrupt' };
    return { ok: true, library: { profiles, problems: body.data.problems, parsedFromSources: body.data.parsedFromSources }, index };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

export function snapshotText(key: string, library: Library, index: RoleIndex): string {
  const body = JSON.stringify({
    values: encodeShared(library.profiles),
    problems: library.problems,
    parsedFromSources: library.parsedFromSources,
    index: index.toJSON(),
  });
  const header = JSON.stringify({ format: SNAPSHOT_FORMAT, key, bodySha256: createHash('sha256').update(body).digest('hex') });
  return `${header}\n${body}`;
}

export interface LoadLibraryOptions {
  /** The code fingerprint (default: code-version.ts); tests pass their own to simulate a code change. */
  codeVersion?: string;
  now?: () => number;
}

/** The library with its catalogue and index: from the snapshot when it matches, else rebuilt and saved. */
export async function loadLibraryWithSnapshot(store: FileProfileStore, options: LoadLibraryOptions = {}): Promise<LoadedLibrary> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const path = snapshotPath(store);
  // The key is taken before anything is read: a file changed while loading makes the next start rebuild.
  const key = await snapshotKey(store, options.codeVersion);
  const read = await readSnapshot(path, key);
  if (read.ok) {
    const library: Library = { ...read.library, glossary: await store.readGlossary() };
    const catalogue = new Catalogue(library.profiles);
    return { library, catalogue, index: read.index, start: { path: 'snapshot', reason: 'loaded', ms: now() - started } };
  }
  const library = await loadLibrary(store, new OverrideStore(store.layout.root));
  const catalogue = new Catalogue(library.profiles);
  const index = new RoleIndex(library.profiles);
  const start: LoadedLibrary['start'] = { path: 'rebuilt', reason: read.reason, ms: 0 };
  try {
    await writeFileAtomic(path, snapshotText(key, library, index), { durable: false });
  } catch (error) {
    start.writeProblem = `could not write ${path} (${error instanceof Error ? error.message : String(error)}); the next start will rebuild again.`;
  }
  start.ms = now() - started;
  return { library, catalogue, index, start };
}
