import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { registerChooseRole } from './choose-role.ts';
import { registerCompareWith } from './compare-with.ts';
import { registerMoveFromMine } from './move-from-mine.ts';
import { registerShareMove } from './share-move.ts';

export function registerActions(app: App, deps: SlackDeps): void {
  registerChooseRole(app, deps);
  registerCompareWith(app, deps);
  registerMoveFromMine(app, deps);
  registerShareMove(app, deps);
}
