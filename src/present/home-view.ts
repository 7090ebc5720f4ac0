/** The App Home tab: what the bot does, the roles it knows (officers and staff), example questions. */
import type { types } from '@slack/bolt';
import type { RoleRef } from '../answer/types.ts';
import { context, divider, header, sections } from './block-builders.ts';
import { escapeMrkdwn } from './escape.ts';
import { LIMITS } from './limits.ts';
import type { Block } from './message.ts';

export interface HomeRoles {
  officers: readonly RoleRef[];
  staff: readonly RoleRef[];
  /** Roles whose documents do not say whether they are officer or staff posts. */
  other: readonly RoleRef[];
}

export const HOME_EXAMPLES = [
  'What vetting does a Contact Handler need?',
  'Does a PCSO need a driving licence?',
  'What shifts does a Police Constable work?',
  'Compare PCSO and Police Constable',
  'Which roles need Crime Investigation skills?',
] as const;

function roleLines(roles: readonly RoleRef[]): string {
  return roles
    .map((role) => `• ${escapeMrkdwn(role.title)}${role.organisation ? ` _(${escapeMrkdwn(role.organisation)})_` : ''}`)
    .join('\n');
}

/** `before`: blocks shown first (the HR review queue, for HR users only). */
export function homeView(roles: HomeRoles, before: readonly Block[] = []): types.HomeView {
  const blocks: Block[] = [
    ...before,
    ...header('Role Call'),
    ...sections(
      'I answer questions about police roles from the force\u2019s own role documents: entry requirements, criteria, shifts and hours, vetting, driving, skills and behaviours with levels, fitness and health tests, training and reporting lines. Every answer says which profile and line it came from; what a profile does not state, I say is not stated.',
    ),
    ...sections(
      '*How to ask*\n• Mention me in a channel: `@Role Call what vetting does a PCSO need?` (I answer in the thread, and follow-ups there need no mention)\n• Send me a direct message\n• `/role <role>` for a summary card, `/compare <role> vs <role>` to compare two or three roles',
    ),
    divider(),
  ];
  const groups: Array<[string, readonly RoleRef[]]> = [
    ['Police officer roles', roles.officers],
    ['Police staff roles', roles.staff],
    ['Other roles', roles.other],
  ];
  for (const [title, list] of groups) {
    if (list.length === 0) continue;
    blocks.push(...sections(`*${title}* (${list.length})\n${roleLines(list)}`));
  }
  if (roles.officers.length + roles.staff.length + roles.other.length === 0) {
    blocks.push(...sections('_No role profiles are loaded yet._'));
  }
  blocks.push(divider(), ...sections(`*Example questions*\n${HOME_EXAMPLES.map((q) => `• ${q}`).join('\n')}`));
  blocks.push(...context(['Answers come only from the role profiles; check the cited lines before relying on them.']));
  // A very long role list must not break the view's 100-block limit: it would fail to publish at all.
  const limited = blocks.length > LIMITS.blocksPerView ? [...blocks.slice(0, LIMITS.blocksPerView - 1), ...context(['More roles are known than fit here: ask me about any role.'])] : blocks;
  return { type: 'home', blocks: limited };
}
