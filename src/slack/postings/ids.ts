/** Callback, block and action ids of the postings surfaces: a contract between views and listeners. */
import { INPUT_LIMITS } from '../../answer/input-limits.ts';

export const POSTING_IDS = {
  command: '/post-role',
  shortcut: 'post_as_vacancy',
  formView: 'rolecall_post_role',
  previewView: 'rolecall_post_role_confirm',
  editView: 'rolecall_posting_edit_view',
  back: 'rolecall_post_role_back',
  ask: 'rolecall_posting_ask',
  edit: 'rolecall_posting_edit',
  withdraw: 'rolecall_posting_withdraw',
} as const;

/** Input blocks of the form; each input element's action_id is "value". */
export const FORM_BLOCKS = {
  file: 'doc_file',
  text: 'doc_text',
  role: 'existing_role',
  location: 'location',
  posts: 'posts',
  closingDate: 'closing_date',
  howToApply: 'how_to_apply',
  note: 'note',
} as const;

export const INPUT_ACTION = 'value';

/** Which form block shows a vacancy field's error. */
export const FIELD_BLOCK = {
  locationOrTeam: FORM_BLOCKS.location,
  numberOfPosts: FORM_BLOCKS.posts,
  closingDate: FORM_BLOCKS.closingDate,
  howToApply: FORM_BLOCKS.howToApply,
  note: FORM_BLOCKS.note,
} as const;

/** Pasted text is capped by Slack's plain_text_input (3,000 characters); the limit lives with the others. */
export const PASTE_MAX = INPUT_LIMITS.pastedDocument;
