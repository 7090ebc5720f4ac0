/**
 * The local console chat `npm start` falls back to without Slack credentials: the same core and data as
 * the bot, answers with citations as plain text, `help` and `quit`. One conversation, so follow-ups work.
 * Reads lines until `quit` or end of input; with nothing on a closed stdin (CI) it simply returns.
 */
import { createInterface } from 'node:readline';
import type { Assistant } from '../answer/assistant-api.ts';
import { inputTooLong } from '../answer/input-limits.ts';
import { EMPTY_CONTEXT, type ConversationContext } from '../answer/types.ts';
import { formatAnswerText } from '../cli/format-answer.ts';
import { askAsPerson } from '../store/my-role-replies.ts';
import { LOCAL_USER, memoryMyRoleStore, type MyRoleStore } from '../store/my-role-store.ts';

export interface ConsoleChatOptions {
  assistant: Assistant;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
  /** Show a prompt and the welcome text (a person at a terminal); off for piped input. */
  interactive: boolean;
  /** Where "set my role" keeps the local person's role (default: in memory for this chat only). */
  myRoles?: MyRoleStore;
}

const QUIT = new Set(['quit', 'exit', 'bye', ':q']);

export function consoleHelp(assistant: Assistant): string {
  const roles = assistant.roles();
  const first = roles[0]?.title ?? 'PCSO';
  const second = roles[1]?.title ?? 'Contact Handler';
  const listed = roles.map((role) => `  - ${role.title}${role.organisation ? ` (${role.organisation})` : ''}`);
  return [
    'Ask about a role in your own words, for example:',
    `  what vetting does a ${first} need?`,
    `  hours and shifts for ${second}?`,
    '  and who do they report to?          (a follow-up about the last role)',
    `  compare ${first} and ${second}`,
    '  which roles need a driving licence?',
    `  how do I get from ${second} to ${first}?   (what a move would take)`,
    '  set my role <role> / what is my role / forget my role',
    '  what does NPPV3 mean?',
    'Type "help" for this text, "quit" to leave.',
    roles.length > 0 ? `Roles I know (${roles.length}):` : 'I know no roles yet: add documents with "npx rolecall ingest <folder>".',
    ...listed.slice(0, 30),
    ...(listed.length > 30 ? [`  ... and ${listed.length - 30} more ("what roles are there?")`] : []),
  ].join('\n');
}

export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { assistant, output, interactive } = options;
  const write = (text: string): void => {
    output.write(`${text}\n`);
  };
  const lines = createInterface({
    input: options.input,
    ...(interactive ? { output, prompt: 'you> ' } : {}),
    crlfDelay: Infinity,
  });
  if (interactive) {
    write(`Role Call console: ${assistant.roles().length} roles loaded. Type "help" for examples, "quit" to leave.`);
    lines.prompt();
  }
  let context: ConversationContext = EMPTY_CONTEXT;
  const myRoles = options.myRoles ?? memoryMyRoleStore();
  for await (const raw of lines) {
    const line = raw.trim();
    if (QUIT.has(line.toLowerCase())) break;
    if (line !== '') {
      const tooLong = inputTooLong('question', line);
      if (line.toLowerCase() === 'help' || line === '?') {
        write(consoleHelp(assistant));
      } else if (tooLong) {
        write(tooLong.toUserText());
      } else {
        const result = await askAsPerson(assistant, myRoles, LOCAL_USER, line, context);
        context = result.context;
        write(formatAnswerText(result.answer));
      }
      write('');
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}
