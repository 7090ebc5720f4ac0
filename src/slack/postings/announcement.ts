/**
 * The announcement in the postings channel: headline, key facts (grade, hours, shifts, vetting, driving;
 * "not stated" where the profile does not say), closing date and how to apply, and the buttons. When HR edit
 * or withdraw a posting, the same message is rebuilt and updated (chat.update), never deleted.
 */
import type { RoleRef } from '../../answer/types.ts';
import { label } from '../../present/block-builders.ts';
import { escapeMrkdwn } from '../../present/escape.ts';
import { compareWithActions } from '../../present/interactive-blocks.ts';
import { LIMITS } from '../../present/limits.ts';
import type { Block, SlackMessage } from '../../present/message.ts';
import { formatClosingDate } from '../../postings/calendar.ts';
import type { Posting } from '../../postings/posting.ts';
import type { RoleProfile } from '../../profile/role-profile.ts';
import { POSTING_IDS } from './ids.ts';
import { keyFacts, NOT_STATED } from './key-facts.ts';
import { detailFields, factFields } from './preview-view.ts';

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

/** A Slack user mention, only for ids that look like one (never document text). */
function mention(userId: string): string {
  return /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : escapeMrkdwn(userId);
}

function day(iso: string): string {
  return formatClosingDate(iso.slice(0, 10));
}

export function announcementMessage(
  posting: Posting,
  profile: RoleProfile | undefined,
  otherRoles: readonly RoleRef[],
  status: 'open' | 'closed' | 'withdrawn',
): SlackMessage {
  const title = profile?.title ?? posting.roleTitle;
  const posts = `${posting.details.numberOfPosts} post${posting.details.numberOfPosts === 1 ? '' : 's'}`;
  const prefix = status === 'open' ? 'Vacancy' : status === 'withdrawn' ? 'Withdrawn' : 'Closed';
  const blocks: Block[] = [{ type: 'header', text: plain(label(`${prefix}: ${title}`, LIMITS.headerText)) }];
  const withdrawnEvent = [...posting.history].reverse().find((e) => e.action === 'withdrawn');
  if (status === 'withdrawn') {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `:no_entry: This vacancy was withdrawn${withdrawnEvent ? ` by ${mention(withdrawnEvent.by)} on ${day(withdrawnEvent.at)}` : ''}. It is no longer open.`,
      },
    });
  } else if (status === 'closed') {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `Applications closed on ${formatClosingDate(posting.details.closingDate)}.` } });
  }
  blocks.push({
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: [profile?.organisation ? `*${escapeMrkdwn(profile.organisation)}*` : null, posts, escapeMrkdwn(posting.details.locationOrTeam)]
        .filter(Boolean)
        .join(' · '),
    },
  });
  if (profile) blocks.push({ type: 'section', fields: factFields(profile).map((text) => ({ type: 'mrkdwn' as const, text })) });
  blocks.push({ type: 'section', fields: detailFields(posting.details).slice(2).map((text) => ({ type: 'mrkdwn' as const, text })) });
  if (posting.details.note) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(posting.details.note).slice(0, LIMITS.sectionText) } });
  const edited = posting.history.filter((e) => e.action === 'edited').at(-1);
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: [
          `Posted by ${mention(posting.postedBy)} on ${day(posting.postedAt)}`,
          edited ? `edited by ${mention(edited.by)} on ${day(edited.at)}` : null,
          `posting ${posting.id}`,
          status === 'open' ? 'Ask about the role in this thread' : null,
        ]
          .filter(Boolean)
          .join(' · '),
      },
    ],
  });
  if (status === 'open') {
    blocks.push({
      type: 'actions',
      block_id: 'rolecall_posting_actions',
      elements: [
        { type: 'button', action_id: POSTING_IDS.ask, text: plain('Ask about this role'), value: posting.id, style: 'primary' },
        { type: 'button', action_id: POSTING_IDS.edit, text: plain('Edit (HR)'), value: posting.id },
        {
          type: 'button',
          action_id: POSTING_IDS.withdraw,
          text: plain('Withdraw (HR)'),
          value: posting.id,
          style: 'danger',
          confirm: {
            title: plain('Withdraw this vacancy?'),
            text: plain(label(`The announcement for ${title} will say it is withdrawn, and it will no longer be listed as open.`, 300)),
            confirm: plain('Withdraw'),
            deny: plain('Keep it'),
          },
        },
      ],
    });
    blocks.push(...compareWithActions({ id: posting.roleId, title, organisation: profile?.organisation ?? null }, otherRoles));
  }
  const facts = profile
    ? keyFacts(profile)
        .map((f) => `${f.label}: ${f.value ?? NOT_STATED}`)
        .join('; ')
    : '';
  const text = escapeMrkdwn(
    `${prefix}: ${title}, ${posts}, ${posting.details.locationOrTeam}. ${facts ? `${facts}. ` : ''}Closes ${formatClosingDate(
      posting.details.closingDate,
    )}. How to apply: ${posting.details.howToApply}`,
  );
  return { text, blocks };
}
