/**
 * `rolecall show <role>`, `rolecall compare <A> <B> [<C>]` and `rolecall move <from> <to>`: a summary, roles
 * side by side, or what moving from one role to another would take.
 */
import { checkInputLength } from '../../answer/input-limits.ts';
import type { Answer } from '../../answer/types.ts';
import type { CliIo } from '../cli-io.ts';
import { answerJson, formatAnswerText } from '../format-answer.ts';
import { loadAssistant } from '../load-assistant.ts';

function print(answer: Answer, json: boolean, io: CliIo): number {
  io.out(json ? answerJson(answer) : formatAnswerText(answer));
  // A role that does not resolve is the user's input to fix: say so in the exit code as well.
  return answer.kind === 'not-found' || answer.kind === 'clarify' ? 1 : 0;
}

export async function showCommand(args: { role: string; dataDir: string; json: boolean }, io: CliIo): Promise<number> {
  checkInputLength('question', args.role);
  const assistant = await loadAssistant(args.dataDir, io);
  return print(assistant.summary(args.role), args.json, io);
}

export async function compareCommand(args: { roles: string[]; dataDir: string; json: boolean }, io: CliIo): Promise<number> {
  for (const role of args.roles) checkInputLength('question', role);
  const assistant = await loadAssistant(args.dataDir, io);
  return print(assistant.compare(args.roles), args.json, io);
}

export async function moveCommand(args: { from: string; to: string; dataDir: string; json: boolean }, io: CliIo): Promise<number> {
  checkInputLength('question', args.from);
  checkInputLength('question', args.to);
  const assistant = await loadAssistant(args.dataDir, io);
  const answer = assistant.move(args.from, args.to);
  const code = print(answer, args.json, io);
  return code === 0 && answer.kind !== 'move' ? 1 : code;
}
