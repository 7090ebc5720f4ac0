import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { registerDirectMessage } from './direct-message.ts';
import { registerThreadFollowUp } from './thread-follow-up.ts';

export function registerMessages(app: App, deps: SlackDeps): void {
  registerThreadFollowUp(app, deps);
  registerDirectMessage(app, deps);
}
