/**
 * Command-line arguments: node:util parseArgs for the syntax, zod for what each command accepts. Every
 * mistake becomes a RoleCallError USAGE with one line saying what is wrong and how to get help.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { RoleCallError } from '../errors.ts';

export const COMMANDS = ['parse', 'ingest', 'roles', 'ask', 'chat', 'show', 'compare', 'move', 'review', 'help'] as const;
export type CommandName = (typeof COMMANDS)[number];

const HELP = 'Run "rolecall --help" for usage.';

const FlagsSchema = z.object({
  data: z.string().min(1, '--data needs a directory').optional(),
  json: z.boolean().optional(),
  reparse: z.boolean().optional(),
  resolve: z.string().regex(/^[0-9a-f]{12}$/, '--resolve needs a report id: the 12 characters in [brackets] that "rolecall review" prints').optional(),
  help: z.boolean().optional(),
});

export type CliArgs =
  | { command: 'help' }
  | { command: 'parse'; file: string; json: boolean }
  | { command: 'ingest'; paths: string[]; data: string | undefined; reparse: boolean }
  | { command: 'roles'; data: string | undefined; json: boolean }
  | { command: 'review'; data: string | undefined; json: boolean; resolve: string | undefined }
  | { command: 'ask'; question: string | undefined; data: string | undefined; json: boolean }
  | { command: 'chat'; data: string | undefined; json: boolean }
  | { command: 'show'; role: string; data: string | undefined; json: boolean }
  | { command: 'compare'; roles: string[]; data: string | undefined; json: boolean }
  | { command: 'move'; from: string; to: string; data: string | undefined; json: boolean };

/** Which options each command takes; anything else is refused rather than silently ignored. */
const ALLOWED: Record<Exclude<CommandName, 'help'>, ReadonlyArray<'data' | 'json' | 'reparse' | 'resolve'>> = {
  parse: ['json'],
  ingest: ['data', 'reparse'],
  roles: ['data', 'json'],
  review: ['data', 'json', 'resolve'],
  ask: ['data', 'json'],
  chat: ['data', 'json'],
  show: ['data', 'json'],
  compare: ['data', 'json'],
  move: ['data', 'json'],
};

function usage(message: string): RoleCallError {
  return new RoleCallError('USAGE', message, HELP);
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs<{
    options: { data: { type: 'string' }; json: { type: 'boolean' }; reparse: { type: 'boolean' }; resolve: { type: 'string' }; help: { type: 'boolean'; short: 'h' } };
    allowPositionals: true;
    strict: true;
  }>>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { data: { type: 'string' }, json: { type: 'boolean' }, reparse: { type: 'boolean' }, resolve: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usage(describeParseArgsError(error));
  }
  const flags = FlagsSchema.safeParse(parsed.values);
  if (!flags.success) throw usage(flags.error.issues[0]?.message ?? 'Bad option.');
  const [commandWord, ...rest] = parsed.positionals;
  if (flags.data.help || commandWord === undefined || commandWord === 'help') return { command: 'help' };
  const command = z.enum(COMMANDS).safeParse(commandWord);
  if (!command.success || command.data === 'help') {
    throw usage(`Unknown command "${commandWord}" (commands: ${COMMANDS.join(', ')}).`);
  }
  const name = command.data;
  for (const flag of ['data', 'json', 'reparse', 'resolve'] as const) {
    if (flags.data[flag] !== undefined && !ALLOWED[name].includes(flag)) {
      throw usage(`"rolecall ${name}" does not take --${flag}.`);
    }
  }
  const data = flags.data.data;
  const json = flags.data.json ?? false;
  const count = (min: number, max: number, what: string): void => {
    if (rest.length < min) throw usage(`"rolecall ${name}" needs ${what}.`);
    if (rest.length > max) throw usage(`"rolecall ${name}" takes ${what}, but got ${rest.length} arguments (quote a question or role name with spaces).`);
  };
  switch (name) {
    case 'parse':
      count(1, 1, 'one file');
      return { command: 'parse', file: rest[0] ?? '', json };
    case 'ingest':
      if (flags.data.reparse === true) {
        count(0, 0, 'no files with --reparse (it re-reads the documents already stored)');
        return { command: 'ingest', paths: [], data, reparse: true };
      }
      count(1, Infinity, 'at least one file or folder');
      return { command: 'ingest', paths: rest, data, reparse: false };
    case 'roles':
      count(0, 0, 'no arguments');
      return { command: 'roles', data, json };
    case 'review':
      count(0, 0, 'no arguments');
      return { command: 'review', data, json, resolve: flags.data.resolve };
    case 'ask':
      // Unquoted words are joined: `rolecall ask what vetting for a pcso` is still one question.
      return { command: 'ask', question: rest.length > 0 ? rest.join(' ') : undefined, data, json };
    case 'chat':
      count(0, 0, 'no arguments (it reads the conversation from standard input)');
      return { command: 'chat', data, json };
    case 'show':
      return rest.length === 0
        ? (count(1, 1, 'a role'), { command: 'show', role: '', data, json })
        : { command: 'show', role: rest.join(' '), data, json };
    case 'compare':
      count(2, 3, 'two or three roles');
      return { command: 'compare', roles: rest, data, json };
    case 'move': {
      // `rolecall move "contact handler" pcso`, or unquoted with a "to" between: `rolecall move contact handler to pcso`.
      const to = rest.indexOf('to');
      if (rest.length > 2 && to > 0 && to < rest.length - 1) {
        return { command: 'move', from: rest.slice(0, to).join(' '), to: rest.slice(to + 1).join(' '), data, json };
      }
      count(2, 2, 'the role you are moving from and the role you are moving to');
      return { command: 'move', from: rest[0] ?? '', to: rest[1] ?? '', data, json };
    }
  }
}

/** parseArgs errors carry a code and a long message; keep the part a person needs. */
function describeParseArgsError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option "${option ?? message}".`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return option ? `Option "${option}" needs a value (for example --data ./data).` : message.split('\n')[0] ?? message;
  }
  return message.split('\n')[0] ?? message;
}
