/**
 * Where a button or menu answer goes: into the same thread when the clicked message is a normal message;
 * when it was ephemeral (a slash command's clarification), into a new thread like the command itself.
 */
import type { RespondFn, webApi } from '@slack/bolt';
import type { Answer } from '../answer/types.ts';
import type { SlackMessage } from '../present/message.ts';
import type { SlackDeps } from './deps.ts';
import { ActionContainerSchema } from './payloads.ts';
import { postInNewThread } from './slash-replies.ts';

export interface ActionPlace {
  user: string;
  channel: string;
  /** The thread of the clicked message; null when it was ephemeral. */
  threadTs: string | null;
}

/** What an action carries: a pressed button's value, or a menu's chosen option's value ("" when neither). */
export function actionValue(action: unknown): string {
  if (typeof action !== 'object' || action === null) return '';
  if ('value' in action && typeof action.value === 'string') return action.value;
  if ('selected_option' in action && typeof action.selected_option === 'object' && action.selected_option !== null) {
    const option = action.selected_option;
    if ('value' in option && typeof option.value === 'string') return option.value;
  }
  return '';
}

export function actionPlace(body: unknown): ActionPlace | null {
  const parsed = ActionContainerSchema.safeParse(body);
  if (!parsed.success) return null;
  const { user, channel, container, message } = parsed.data;
  const channelId = container?.channel_id ?? channel?.id;
  if (channelId === undefined) return null;
  const ephemeral = container?.is_ephemeral === true || message === undefined;
  const threadTs = ephemeral ? null : (message?.thread_ts ?? container?.thread_ts ?? message?.ts ?? null);
  return { user: user.id, channel: channelId, threadTs };
}

export async function deliverActionAnswer(
  deps: SlackDeps,
  client: webApi.WebClient,
  respond: RespondFn | undefined,
  place: ActionPlace,
  answer: Answer,
  messages: readonly SlackMessage[],
  what: string,
): Promise<void> {
  const context = { roleIds: answer.roles.map((role) => role.id) };
  if (place.threadTs !== null) {
    await deps.send.post(client, { channel: place.channel, threadTs: place.threadTs }, messages);
    deps.threads.set(place.channel, place.threadTs, context);
    return;
  }
  await postInNewThread(deps, client, respond, { channel: place.channel, user: place.user, what, messages, context });
  // The ephemeral question has been answered: remove it so the buttons cannot be pressed twice.
  if (respond) await respond({ delete_original: true });
}
