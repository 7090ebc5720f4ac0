/**
 * The preview HR see before anything is posted: what the parser found (key facts, "not stated" where so),
 * what it did not find and what staff will be told, the parser's warnings, and the vacancy details.
 * Confirm posts it; "Back to edit" returns to the form with everything kept.
 */
import type { types } from '@slack/bolt';
import { label } from '../../present/block-builders.ts';
import { escapeMrkdwn } from '../../present/escape.ts';
import { LIMITS } from '../../present/limits.ts';
import { verbatimBlocks } from '../../present/verbatim.ts';
import { formatClosingDate } from '../../postings/calendar.ts';
import type { PostingDetails } from '../../postings/posting.ts';
import { alsoKnownAs } from '../../profile/role-aliases.ts';
import type { RoleProfile } from '../../profile/role-profile.ts';
import { correctionBlocks } from '../correction-blocks.ts';
import { POSTING_IDS } from './ids.ts';
import { closingDateNote, keyFacts, NOT_STATED, notFoundNotes } from './key-facts.ts';

type Block = types.KnownBlock;

export interface PreviewContent {
  profile: RoleProfile;
  /** "New role", "Replaces the profile already held for ...", or "A role Role Call already knows". */
  origin: string;
  warnings: readonly string[];
  details: PostingDetails;
}

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function detailFields(details: PostingDetails): string[] {
  return [
    `*Location or team*\n${escapeMrkdwn(details.locationOrTeam)}`,
    `*Number of posts*\n${details.numberOfPosts}`,
    `*Closing date*\n${formatClosingDate(details.closingDate)}`,
    `*How to apply*\n${escapeMrkdwn(details.howToApply)}`,
  ];
}

export function factFields(profile: RoleProfile): string[] {
  return keyFacts(profile).map((fact) => `*${fact.label}*\n${fact.value === null ? `_${NOT_STATED}_` : escapeMrkdwn(clip(fact.value, 500))}`);
}

export function previewView(token: string, content: PreviewContent): types.ModalView {
  const { profile, details } = content;
  const closing = closingDateNote(profile, details.closingDate);
  const notes = [...notFoundNotes(profile), ...(closing ? [closing] : [])];
  const blocks: Block[] = [
    { type: 'header', text: plain(label(profile.title, LIMITS.headerText)) },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: escapeMrkdwn(clip([profile.organisation, alsoKnownAs(profile), content.origin, `source: ${profile.source.file}`].filter(Boolean).join(' · '), 1500)),
        },
      ],
    },
    { type: 'section', fields: factFields(profile).map((text) => ({ type: 'mrkdwn' as const, text })) },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: clip(
          notes.length > 0
            ? `*What was not found*\n${notes.map((note) => `• ${escapeMrkdwn(note)}`).join('\n')}\nFix the document and go back, or post it as it is.`
            : '*What was not found*\nNothing: every key fact was found.',
          LIMITS.sectionText,
        ),
      },
    },
  ];
  if (content.warnings.length > 0) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clip(`*Parser warnings*\n${content.warnings.map((w) => `• ${escapeMrkdwn(w)}`).join('\n')}`, LIMITS.sectionText) },
    });
  }
  blocks.push(
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: '*The vacancy*' }, fields: detailFields(details).map((text) => ({ type: 'mrkdwn' as const, text })) },
  );
  if (details.note) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Note*\n${escapeMrkdwn(details.note)}` } });
  blocks.push({ type: 'divider' }, ...correctionBlocks(profile));
  blocks.push({
    type: 'actions',
    elements: [{ type: 'button', action_id: POSTING_IDS.back, text: plain('Back to edit'), value: token }],
  });
  return {
    type: 'modal',
    callback_id: POSTING_IDS.previewView,
    private_metadata: JSON.stringify({ t: token }),
    title: plain('Check the vacancy'),
    submit: plain('Confirm and post'),
    close: plain('Cancel'),
    // The preview shows what the document says: verbatim, like every message (present/verbatim.ts).
    blocks: verbatimBlocks(blocks),
  };
}
