import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicWriteFs } from '../../src/store/write-file-atomic.ts';
import { promises as fsp } from 'node:fs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rolecall-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Real file operations, with one step made to fail. */
function failingFs(step: 'write' | 'sync' | 'rename'): AtomicWriteFs {
  return {
    mkdir: (path, options) => fsp.mkdir(path, options),
    rm: (path, options) => fsp.rm(path, options),
    rename: async (from, to) => {
      if (step === 'rename') throw new Error('simulated rename failure');
      await fsp.rename(from, to);
    },
    open: async (path, flags, mode) => {
      const handle = await fsp.open(path, flags, mode);
      return {
        writeFile: async (data) => {
          // Half the data reaches the disk before the failure, as a full disk would do.
          if (step === 'write') {
            await handle.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data);
            throw new Error('simulated write failure');
          }
          await handle.writeFile(data);
        },
        sync: async () => {
          if (step === 'sync') throw new Error('simulated sync failure');
          await handle.sync();
        },
        close: () => handle.close(),
      };
    },
  };
}

describe('writeFileAtomic', () => {
  it('creates missing folders and writes the whole file', async () => {
    const target = join(dir, 'a', 'b', 'x.json');
    await writeFileAtomic(target, '{"ok":true}\n');
    expect(await readFile(target, 'utf8')).toBe('{"ok":true}\n');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['x.json']);
  });

  it('replaces an existing file', async () => {
    const target = join(dir, 'x.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it.each(['write', 'sync', 'rename'] as const)(
    'a failure at %s leaves the old file intact and no temp file behind',
    async (step) => {
      const target = join(dir, 'x.json');
      await writeFile(target, 'old contents');
      await expect(writeFileAtomic(target, 'new contents that never land', { fs: failingFs(step) })).rejects.toThrow(
        /simulated/,
      );
      expect(await readFile(target, 'utf8')).toBe('old contents');
      expect(await readdir(dir)).toEqual(['x.json']);
    },
  );

  it('durable: false skips the flush but still writes through a temp file and a rename', async () => {
    const renames: string[] = [];
    const fs = failingFs('sync');
    const target = join(dir, 'x.json');
    await writeFileAtomic(target, 'fast', {
      durable: false,
      fs: { ...fs, rename: async (from, to) => (renames.push(from), fsp.rename(from, to)) },
    });
    expect(await readFile(target, 'utf8')).toBe('fast');
    expect(renames).toHaveLength(1);
    expect(renames[0]).toMatch(/\.tmp-x\.json\./);
  });

  it('a failure on a new file leaves nothing at all', async () => {
    await expect(writeFileAtomic(join(dir, 'new.json'), 'data', { fs: failingFs('write') })).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
