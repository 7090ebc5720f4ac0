import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/cli-args.ts';

function usageMessage(argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toMatchObject({ code: 'USAGE' });
    return (error as { toUserText(): string }).toUserText();
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('parseCliArgs', () => {
  it.each([
    [[], { command: 'help' }],
    [['--help'], { command: 'help' }],
    [['roles', '-h'], { command: 'help' }],
    [['parse', 'a.txt', '--json'], { command: 'parse', file: 'a.txt', json: true }],
    [['ingest', 'a.txt', 'dir', '--data', '/tmp/x'], { command: 'ingest', paths: ['a.txt', 'dir'], data: '/tmp/x', reparse: false }],
    [['ingest', '--reparse', '--data', '/tmp/x'], { command: 'ingest', paths: [], data: '/tmp/x', reparse: true }],
    [['roles', '--data=/d', '--json'], { command: 'roles', data: '/d', json: true }],
    [['ask', 'what vetting for a pcso?'], { command: 'ask', question: 'what vetting for a pcso?', data: undefined, json: false }],
    [['ask', 'hours', 'for', 'pcso'], { command: 'ask', question: 'hours for pcso', data: undefined, json: false }],
    [['ask', '--json'], { command: 'ask', question: undefined, data: undefined, json: true }],
    [['chat'], { command: 'chat', data: undefined, json: false }],
    [['show', 'contact', 'handler'], { command: 'show', role: 'contact handler', data: undefined, json: false }],
    [['compare', 'pcso', 'pc', 'dc', '--json'], { command: 'compare', roles: ['pcso', 'pc', 'dc'], data: undefined, json: true }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  it.each([
    [['frobnicate'], 'Unknown command "frobnicate" (commands: parse, ingest, roles, ask, chat, show, compare, move, review, help). Run "rolecall --help" for usage.'],
    [['roles', '--verbose'], 'Unknown option "--verbose". Run "rolecall --help" for usage.'],
    [['roles', '--data'], 'Option "--data" needs a value (for example --data ./data). Run "rolecall --help" for usage.'],
    [['parse'], '"rolecall parse" needs one file. Run "rolecall --help" for usage.'],
    [['parse', 'a.txt', '--data', 'x'], '"rolecall parse" does not take --data. Run "rolecall --help" for usage.'],
    [['ingest'], '"rolecall ingest" needs at least one file or folder. Run "rolecall --help" for usage.'],
    [['ingest', 'a.txt', '--json'], '"rolecall ingest" does not take --json. Run "rolecall --help" for usage.'],
    [['ingest', 'a.txt', '--reparse'], '"rolecall ingest" takes no files with --reparse (it re-reads the documents already stored), but got 1 arguments (quote a question or role name with spaces). Run "rolecall --help" for usage.'],
    [['roles', '--reparse'], '"rolecall roles" does not take --reparse. Run "rolecall --help" for usage.'],
    [['compare', 'pcso'], '"rolecall compare" needs two or three roles. Run "rolecall --help" for usage.'],
    [
      ['compare', 'a', 'b', 'c', 'd'],
      '"rolecall compare" takes two or three roles, but got 4 arguments (quote a question or role name with spaces). Run "rolecall --help" for usage.',
    ],
    [['show'], '"rolecall show" needs a role. Run "rolecall --help" for usage.'],
  ])('%j is refused in one line', (argv, message) => {
    expect(usageMessage(argv)).toBe(message);
  });
});
