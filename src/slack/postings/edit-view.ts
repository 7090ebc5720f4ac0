/** The edit modal for a posting's vacancy details (the role stays; post a new vacancy to change it). */
import type { types } from '@slack/bolt';
import { z } from 'zod';
import { label } from '../../present/block-builders.ts';
import { LIMITS } from '../../present/limits.ts';
import type { Posting } from '../../postings/posting.ts';
import { vacancyDetailBlocks } from './form-view.ts';
import { POSTING_IDS } from './ids.ts';

export const EditMetadataSchema = z.object({ p: z.string().min(1) });

export function editView(posting: Posting): types.ModalView {
  return {
    type: 'modal',
    callback_id: POSTING_IDS.editView,
    private_metadata: JSON.stringify({ p: posting.id }),
    title: { type: 'plain_text', text: 'Edit the vacancy' },
    submit: { type: 'plain_text', text: 'Save changes' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: label(posting.roleTitle, LIMITS.headerText) } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `Posting ${posting.id}. The announcement is updated when you save.` }] },
      ...vacancyDetailBlocks({
        locationOrTeam: posting.details.locationOrTeam,
        numberOfPosts: posting.details.numberOfPosts,
        closingDate: posting.details.closingDate,
        howToApply: posting.details.howToApply,
        note: posting.details.note,
      }),
    ],
  };
}
