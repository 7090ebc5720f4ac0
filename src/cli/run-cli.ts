/**
 * Runs one CLI invocation and returns its exit code. A RoleCallError is one line on stderr (exit 2 for
 * usage mistakes, 1 otherwise); anything else is one "please report" line, the stack only with
 * ROLECALL_DEBUG=1.
 */
import { stat } from 'node:fs/promises';
import { RoleCallError, isRoleCallError } from '../errors.ts';
import { chooseDataDir } from '../store/data-dir.ts';
import { parseCliArgs, type CliArgs } from './cli-args.ts';
import type { CliIo } from './cli-io.ts';
import { askCommand } from './commands/ask-command.ts';
import { chatCommand } from './commands/chat-command.ts';
import { ingestCommand } from './commands/ingest-command.ts';
import { parseCommand } from './commands/parse-command.ts';
import { reparseCommand } from './commands/reparse-command.ts';
import { reviewCommand } from './commands/review-command.ts';
import { rolesCommand } from './commands/roles-command.ts';
import { compareCommand, moveCommand, showCommand } from './commands/show-compare-commands.ts';
import { internalErrorLine } from './internal-error.ts';
import { USAGE } from './usage.ts';

/** A data dir that does not exist yet is fine (created on first write); a file in its place is not. */
async function checkDataDir(dataDir: string): Promise<void> {
  const found = await stat(dataDir).catch(() => null);
  if (found && !found.isDirectory()) {
    throw new RoleCallError('USAGE', `The data directory "${dataDir}" is a file, not a folder.`, 'Pass a folder with --data DIR.');
  }
}

async function dispatch(args: CliArgs, io: CliIo): Promise<number> {
  if (args.command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (args.command === 'parse') return parseCommand(args, io);
  const dataDir = chooseDataDir(args.data, io.env.ROLECALL_DATA_DIR);
  await checkDataDir(dataDir);
  switch (args.command) {
    case 'ingest':
      return args.reparse ? reparseCommand({ dataDir }, io) : ingestCommand({ paths: args.paths, dataDir }, io);
    case 'roles':
      return rolesCommand({ dataDir, json: args.json }, io);
    case 'review':
      return reviewCommand({ dataDir, json: args.json, resolve: args.resolve }, io);
    case 'ask':
      return askCommand({ question: args.question, dataDir, json: args.json }, io);
    case 'chat':
      return chatCommand({ dataDir, json: args.json }, io);
    case 'show':
      return showCommand({ role: args.role, dataDir, json: args.json }, io);
    case 'compare':
      return compareCommand({ roles: args.roles, dataDir, json: args.json }, io);
    case 'move':
      return moveCommand({ from: args.from, to: args.to, dataDir, json: args.json }, io);
  }
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(parseCliArgs(argv), io);
  } catch (error) {
    if (isRoleCallError(error)) {
      io.err(`rolecall: ${error.toUserText()}`);
      return error.code === 'USAGE' ? 2 : 1;
    }
    io.err(`rolecall: ${internalErrorLine(error, io.env)}`);
    return 70;
  }
}
