/**
 * "set my role" / "forget my role": the role each person saved, by user id only (a Slack user id, or "local"
 * for the CLI and console), in one small JSON file under the data dir written atomically. Nothing else about
 * the person is kept. A file that is missing is an empty store; one that is unreadable is reported with its
 * path and treated as empty rather than stopping the bot.
 */
import { promises as fsp } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './write-file-atomic.ts';

const MyRolesFileSchema = z.object({
  version: z.literal(1),
  /** user id -> role id */
  roles: z.record(z.string().min(1).max(64), z.string().min(1).max(200)),
});
type MyRolesFile = z.infer<typeof MyRolesFileSchema>;

export interface MyRoleStore {
  get(userId: string): Promise<string | undefined>;
  set(userId: string, roleId: string): Promise<void>;
  /** True when a role was saved and is now removed. */
  forget(userId: string): Promise<boolean>;
}

/** The user id the CLI and console chat save under: one local person. */
export const LOCAL_USER = 'local';

/** A store kept in memory only (tests, and a bot run without a data dir to write to). */
export function memoryMyRoleStore(): MyRoleStore {
  const roles = new Map<string, string>();
  return {
    get: async (userId) => roles.get(userId),
    set: async (userId, roleId) => {
      roles.set(userId, roleId);
    },
    forget: async (userId) => roles.delete(userId),
  };
}

export interface FileMyRoleStoreOptions {
  /** Told when the file cannot be read or parsed (the store then starts empty); the edge logs it. */
  onProblem?: (message: string) => void;
}

/** The store in `path` (the data dir's my-roles.json). Reads once; writes one at a time, in order. */
export function fileMyRoleStore(path: string, options: FileMyRoleStoreOptions = {}): MyRoleStore {
  let loaded: Promise<Map<string, string>> | undefined;
  let writing: Promise<void> = Promise.resolve();

  async function read(): Promise<Map<string, string>> {
    let text: string;
    try {
      text = await fsp.readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') options.onProblem?.(`cannot read ${path}: ${(error as Error).message}`);
      return new Map();
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      options.onProblem?.(`${path} is not valid JSON; starting with no saved roles`);
      return new Map();
    }
    const parsed = MyRolesFileSchema.safeParse(json);
    if (!parsed.success) {
      options.onProblem?.(`${path} does not match the saved-roles format (${parsed.error.issues[0]?.message ?? 'invalid'}); starting with no saved roles`);
      return new Map();
    }
    return new Map(Object.entries(parsed.data.roles));
  }

  const roles = (): Promise<Map<string, string>> => (loaded ??= read());

  function save(map: Map<string, string>): Promise<void> {
    const file: MyRolesFile = { version: 1, roles: Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b))) };
    // Writes are chained so two quick changes land in order and the last one wins on disk as in memory.
    writing = writing.catch(() => undefined).then(() => writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 }));
    return writing;
  }

  return {
    async get(userId) {
      return (await roles()).get(userId);
    },
    async set(userId, roleId) {
      const map = await roles();
      map.set(userId, roleId);
      await save(map);
    },
    async forget(userId) {
      const map = await roles();
      if (!map.delete(userId)) return false;
      await save(map);
      return true;
    },
  };
}
