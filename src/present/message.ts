/** What every presenter returns: Block Kit blocks and the plain-text fallback Slack shows in notifications. */
import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;

export interface SlackMessage {
  /** Plain-text fallback (Slack parses it as mrkdwn too, so it is built from escaped text). */
  text: string;
  blocks: Block[];
}
