/**
 * `rolecall ask "<question>"`: one answer. With no question, every line of standard input is a separate,
 * independent question (no context carried). `--json`: one JSON object a line.
 */
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
  for await (const line of inputLines(io.stdin)) {
    print(line, first);
    first = false;
  }
  return 0;
}
