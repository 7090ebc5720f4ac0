/**
 * zod schemas for the parts of Slack payloads the listeners rely on. Bolt's types describe what Slack may
 * send; these check what actually arrived before we act on it (unknown fields pass through untouched).
 */
import { z } from 'zod';

/** A message or app_mention event, as far as answering needs it. */
export const MessageEventSchema = z.object({
  type: z.enum(['message', 'app_mention']),
  subtype: z.string().optional(),
  channel: z.string().min(1),
  channel_type: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  bot_profile: z.unknown().optional(),
  text: z.string().default(''),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
});
export type MessageEvent = z.infer<typeof MessageEventSchema>;

/** Subtypes a person produces; everything else (edits, deletions, joins, bots) is ignored. */
const PERSON_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

/** A person's message: no bot, no system subtype, a user id. Returns null otherwise. */
export function personMessage(event: unknown): (MessageEvent & { user: string }) | null {
  const parsed = MessageEventSchema.safeParse(event);
  if (!parsed.success) return null;
  const message = parsed.data;
  if (message.bot_id !== undefined || message.bot_profile !== undefined) return null;
  if (message.subtype !== undefined && !PERSON_SUBTYPES.has(message.subtype)) return null;
  if (message.user === undefined || message.user === '') return null;
  return { ...message, user: message.user };
}

export const SlashCommandSchema = z.object({
  command: z.string(),
  text: z.string().default(''),
  user_id: z.string().min(1),
  channel_id: z.string().min(1),
  response_url: z.string().optional(),
  trigger_id: z.string().optional(),
});

/** Where a button or menu was clicked: the message (and its thread) it belongs to. */
export const ActionContainerSchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z
    .object({
      channel_id: z.string().optional(),
      message_ts: z.string().optional(),
      thread_ts: z.string().optional(),
      is_ephemeral: z.boolean().optional(),
    })
    .optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
});
export type ActionContainer = z.infer<typeof ActionContainerSchema>;
