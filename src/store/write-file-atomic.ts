/**
 * Atomic file writes: the data goes to a temp file in the same directory (same file system, so the rename
 * is atomic), is flushed to disk, then renamed over the target. A reader sees the old file or the new one,
 * never half of either; a failed write leaves no temp file behind. Shared by every file store (profiles,
 * sources, postings).
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations used, injectable so tests can simulate a failure at any step. */
export interface AtomicWriteFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  open(path: string, flags: 'wx', mode: number): Promise<{
    writeFile(data: string | Uint8Array): Promise<void>;
    sync(): Promise<void>;
    close(): Promise<void>;
  }>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

const nodeFs: AtomicWriteFs = {
  mkdir: (path, options) => fsp.mkdir(path, options),
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  rm: (path, options) => fsp.rm(path, options),
};

export interface WriteFileAtomicOptions {
  /** File mode for a new file (default 0o644). */
  mode?: number;
  /**
   * Flush the data to disk before the rename (default true), so a power cut cannot leave the new name on an
   * empty file. Costs a few milliseconds a file; stores whose files can be rebuilt may turn it off.
   */
  durable?: boolean;
  fs?: AtomicWriteFs;
}

/** The temp-file prefix: a dot file that directory listings of *.json skip. */
export const TEMP_PREFIX = '.tmp-';

export function isTempFileName(name: string): boolean {
  return name.startsWith(TEMP_PREFIX);
}

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const dir = dirname(path);
  await fs.mkdir(dir, { recursive: true });
  const temp = join(dir, `${TEMP_PREFIX}${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}`);
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'wx', options.mode ?? 0o644);
    try {
      await handle.writeFile(data);
      if (options.durable !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
    renamed = true;
  } finally {
    if (!renamed) await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}
