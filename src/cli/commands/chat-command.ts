/** `rolecall chat`: the lines of standard input are one conversation; one answer a line, context carried. */
import { inputTooLong } from '../../answer/input-limits.ts';
import { EMPTY_CONTEXT, type ConversationContext } from '../../answer/types.ts';
import { inputLines, type CliIo } from '../cli-io.ts';
import { answerJson, formatAnswerText } from '../format-answer.ts';
import { loadAssistant } from '../load-assistant.ts';
import { dataDirLayout } from '../../store/data-dir.ts';
import { askAsPerson } from '../../store/my-role-replies.ts';
import { fileMyRoleStore, LOCAL_USER } from '../../store/my-role-store.ts';

export async function chatCommand(args: { dataDir: string; json: boolean }, io: CliIo): Promise<number> {
  const assistant = await loadAssistant(args.dataDir, io);
  // "set my role", "forget my role": the local person's, kept in the data dir like the bot's.
  const myRoles = fileMyRoleStore(dataDirLayout(args.dataDir).myRoles, { onProblem: (message) => io.err(`rolecall: ${message}`) });
  let context: ConversationContext = EMPTY_CONTEXT;
  let first = true;
  let refused = false;
  for await (const line of inputLines(io.stdin)) {
    // Too long: said on stderr and skipped, the conversation goes on; the exit code tells.
    const tooLong = inputTooLong('question', line);
    if (tooLong) {
      io.err(`rolecall: ${tooLong.toUserText()}`);
      refused = true;
      continue;
    }
    const result = await askAsPerson(assistant, myRoles, LOCAL_USER, line, context);
    context = result.context;
    if (args.json) io.out(answerJson(result.answer));
    else io.out(`${first ? '' : '\n'}> ${line}\n${formatAnswerText(result.answer)}`);
    first = false;
  }
  return refused ? 1 : 0;
}
