import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { registerChooseRole } from './choose-role.ts';
import { registerCompareWith } from './compare-with.ts';

export function registerActions(app: App, deps: SlackDeps): void {
  registerChooseRole(app, deps);
  registerCompareWith(app, deps);
}
