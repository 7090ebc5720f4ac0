/** App Home: publish what the bot does, the roles it knows (officers and staff) and example questions. */
import type { App } from '@slack/bolt';
import type { RoleRef } from '../../../answer/types.ts';
import { homeView, type HomeRoles } from '../../../present/home-view.ts';
import { verbatimBlocks } from '../../../present/verbatim.ts';
import type { SlackDeps } from '../../deps.ts';

export function homeRoles(deps: SlackDeps): HomeRoles {
  const officers: RoleRef[] = [];
  const staff: RoleRef[] = [];
  const other: RoleRef[] = [];
  for (const role of deps.assistant.roles()) {
    const staffType = deps.assistant.profile(role.id)?.staffType;
    (staffType === 'officer' ? officers : staffType === 'staff' ? staff : other).push(role);
  }
  return { officers, staff, other };
}

export function registerAppHomeOpened(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client, body }) => {
    // The Messages tab also sends app_home_opened; only the Home tab needs publishing.
    if (event.tab !== 'home') return;
    const log = deps.logger.child({ listener: 'app-home-opened', eventId: body.event_id, user: event.user });
    try {
      // HR users see the review queue first; the hook answers null for everyone else, whose Home is unchanged.
      const hr = (await deps.review.homeBlocks?.(event.user)) ?? [];
      await client.views.publish({ user_id: event.user, view: verbatimBlocks(homeView(homeRoles(deps), hr)) });
    } catch (error) {
      // Nobody to apologise to in a view: log and keep going.
      log.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'could not publish App Home');
    }
  });
}
