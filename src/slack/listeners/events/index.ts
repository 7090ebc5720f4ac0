import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { registerAppHomeOpened } from './app-home-opened.ts';
import { registerAppMention } from './app-mention.ts';

export function registerEvents(app: App, deps: SlackDeps): void {
  registerAppMention(app, deps);
  registerAppHomeOpened(app, deps);
}
