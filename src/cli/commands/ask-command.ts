/**
 * `rolecall ask "<question>"`: one answer. With no question, every line of standard input is a separate,
 * independent question (no context carried). `--json`: one JSON object a line.
 */
import { checkInputLength, inputTooLong } from '../../answer/input-limits.ts';
import { RoleCallError } from '../../errors.ts';
import { inputLines, type CliIo } from '../cli-io.ts';
import { answerJson, formatAnswerText } from '../format-answer.ts';
import { loadAssistant } from '../load-assistant.ts';

export async function askCommand(
  args: { question: string | undefined; dataDir: string; json: boolean },
  io: CliIo,
): Promise<number> {
  if (args.question === undefined && io.stdin.isTTY) {
    throw new RoleCallError('USAGE', '"rolecall ask" needs a question, or questions on standard input one a line.', 'Run "rolecall --help" for usage.');
  }
  // One question too long is the whole command's mistake: one line, non-zero exit, before loading anything.
  if (args.question !== undefined) checkInputLength('question', args.question);
  const assistant = await loadAssistant(args.dataDir, io);
  const print = (question: string, first: boolean): void => {
    const { answer } = assistant.ask(question);
    if (args.json) io.out(answerJson(answer));
    else io.out(`${first ? '' : '\n'}${args.question === undefined ? `> ${question}\n` : ''}${formatAnswerText(answer)}`);
  };
  if (args.question !== undefined) {
    print(args.question, true);
    return 0;
  }
  let first = true;
  let refused = false;
  for await (const line of inputLines(io.stdin)) {
    // A line too long is said on stderr and skipped; the others are still answered, and the exit code tells.
    const tooLong = inputTooLong('question', line);
    if (tooLong) {
      io.err(`rolecall: ${tooLong.toUserText()}`);
      refused = true;
      continue;
    }
    print(line, first);
    first = false;
  }
  return refused ? 1 : 0;
}
