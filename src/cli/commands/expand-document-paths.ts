/**
 * `rolecall ingest a.txt folder/ b.docx`: files as named, and the documents inside folders (recursively,
 * skipping dot files and types we cannot read). A named file of another type is kept, so the reader
 * reports it as unsupported in its own clear line.
 */
import { promises as fsp } from 'node:fs';
import { extname, join } from 'node:path';

export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.docx', '.pdf']);

export interface ExpandedPaths {
  files: string[];
  /** Folders that held no document, and files of other types skipped inside folders. */
  notes: string[];
}

async function walk(dir: string): Promise<{ files: string[]; skipped: number }> {
  const entries = await fsp.readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  let skipped = 0;
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = await walk(path);
      files.push(...inner.files);
      skipped += inner.skipped;
    } else if (entry.isFile()) {
      if (DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
      else skipped += 1;
    }
  }
  return { files, skipped };
}

export async function expandDocumentPaths(paths: readonly string[]): Promise<ExpandedPaths> {
  const files: string[] = [];
  const notes: string[] = [];
  for (const path of paths) {
    const stat = await fsp.stat(path).catch(() => null);
    if (stat?.isDirectory()) {
      const found = await walk(path);
      if (found.files.length === 0) notes.push(`${path}: no .txt, .md, .docx or .pdf documents in this folder.`);
      if (found.skipped > 0) notes.push(`${path}: skipped ${found.skipped} file(s) of other types.`);
      files.push(...found.files);
    } else {
      files.push(path);
    }
  }
  return { files, notes };
}
