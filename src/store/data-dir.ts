/**
 * The layout of a data directory. The directory itself comes from `--data`, else ROLECALL_DATA_DIR, else
 * ./data: that choice is made at the edge (CLI, main.ts), never in the store.
 */
import { join, resolve } from 'node:path';

export const DEFAULT_DATA_DIR = 'data';

export interface DataDirLayout {
  root: string;
  /** Role documents as given (.txt .md .docx .pdf). */
  sources: string;
  /** One pretty JSON RoleProfile per role, `<id>.json`, that HR can read and correct. */
  roles: string;
  /** Kept for the postings store. */
  postings: string;
  /** HR corrections, `<id>.json` per role, kept apart from the parsed profiles (src/store/override-store.ts). */
  overrides: string;
  glossary: string;
  /** The roles people saved with "set my role", by Slack user id (or "local" for the CLI and console). */
  myRoles: string;
}

export function dataDirLayout(root: string): DataDirLayout {
  const abs = resolve(root);
  return {
    root: abs,
    sources: join(abs, 'sources'),
    roles: join(abs, 'roles'),
    postings: join(abs, 'postings'),
    overrides: join(abs, 'overrides'),
    glossary: join(abs, 'glossary.json'),
    myRoles: join(abs, 'my-roles.json'),
  };
}

/** `--data` wins, then ROLECALL_DATA_DIR, then ./data. Empty strings count as unset. */
export function chooseDataDir(flag: string | undefined, envValue: string | undefined): string {
  if (flag !== undefined && flag.trim() !== '') return flag;
  if (envValue !== undefined && envValue.trim() !== '') return envValue;
  return DEFAULT_DATA_DIR;
}
