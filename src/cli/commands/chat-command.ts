/** `rolecall chat`: the lines of standard input are one conversation; one answer a line, context carried. */
import { EMPTY_CONTEXT, type ConversationContext } from '../../answer/types.ts';
import { inputLines, type CliIo } from '../cli-io.ts';
import { answerJson, formatAnswerText } from '../format-answer.ts';
import { loadAssistant } from '../load-assistant.ts';

export async function chatCommand(args: { dataDir: string; json: boolean }, io: CliIo): Promise<number> {
  const assistant = await loadAssistant(args.dataDir, io);
  let context: ConversationContext = EMPTY_CONTEXT;
  let first = true;
  for await (const line of inputLines(io.stdin)) {
    const result = assistant.ask(line, context);
    context = result.context;
    if (args.json) io.out(answerJson(result.answer));
    else io.out(`${first ? '' : '\n'}> ${line}\n${formatAnswerText(result.answer)}`);
    first = false;
  }
  return 0;
}
