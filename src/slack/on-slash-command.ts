/**
 * The frame the answering slash commands (/role, /compare, /role-move) share: ack first, a child logger with
 * the channel and user, the payload checked against its schema, the text's length checked before any work,
 * and the guarded work after the ack, whose failures go back to the asker only. The handlers keep what the
 * text means and what to answer.
 */
import type { App, RespondFn, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { checkInputLength, type InputKind } from '../answer/input-limits.ts';
import type { SlackDeps } from './deps.ts';
import { afterAck } from './guard.ts';
import { SlashCommandSchema } from './payloads.ts';
import { respondEphemeral } from './slash-replies.ts';

export interface SlashCommandCall {
  /** The command's text as typed (not trimmed: the readers of /compare and /role-move take it whole). */
  text: string;
  channel: string;
  user: string;
  client: webApi.WebClient;
  respond: RespondFn;
  log: Logger;
}

/** Registers `handler` for `command`; `listener` names it in the logs, `input` is the length limit its text gets. */
export function onSlashCommand(
  app: App,
  deps: SlackDeps,
  command: string,
  listener: string,
  input: InputKind,
  handler: (call: SlashCommandCall) => Promise<void>,
): void {
  app.command(command, async ({ ack, command: payload, client, respond }) => {
    await ack();
    const log = deps.logger.child({ listener, channel: payload.channel_id, user: payload.user_id });
    await afterAck(
      deps,
      log,
      async () => {
        const parsed = SlashCommandSchema.safeParse(payload);
        if (!parsed.success) throw new Error('slash command payload did not match the expected shape');
        const { text, channel_id: channel, user_id: user } = parsed.data;
        checkInputLength(input, text.trim());
        await handler({ text, channel, user, client, respond, log });
      },
      (notice) => respondEphemeral(respond, [notice]),
    );
  });
}
