import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { registerCompareCommand } from './compare-command.ts';
import { registerRoleCommand } from './role-command.ts';
import { registerRoleMoveCommand } from './role-move-command.ts';

export function registerCommands(app: App, deps: SlackDeps): void {
  registerRoleCommand(app, deps);
  registerCompareCommand(app, deps);
  registerRoleMoveCommand(app, deps);
}
