/**
 * The correction inputs HR see in the /post-role preview and the review modal: one input per review field
 * (src/review/review-fields.ts), filled with what was read, its hint saying how it was read; and reading
 * them back into corrections, or into inline errors keyed by block (response_action "errors").
 */
import type { types } from '@slack/bolt';
import { CHECK_THRESHOLD, METHOD_WORDING } from '../profile/field-reading.ts';
import type { RoleProfile } from '../profile/role-profile.ts';
import { CorrectionSchema, type Correction } from '../review/corrections.ts';
import { REVIEW_FIELDS, type ReviewField } from '../review/review-fields.ts';
import type { ViewState } from './postings/form-view.ts';

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

export const CORRECTION_BLOCK_PREFIX = 'review_';
const ACTION = 'value';

export function correctionBlockId(field: ReviewField): string {
  return `${CORRECTION_BLOCK_PREFIX}${field.id}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function hintOf(profile: RoleProfile, field: ReviewField): string {
  const reading = profile.readings[field.id];
  if (!reading) return 'Not found in the document. Fill it in if you know it; leave it empty to keep "not stated".';
  const words = reading.method === 'hr' ? `Checked by HR${reading.at ? ` on ${reading.at.slice(0, 10)}` : ''}` : capitalised(METHOD_WORDING[reading.method]);
  const check = reading.confidence < CHECK_THRESHOLD ? ' Please check this.' : '';
  return `${words} (confidence ${reading.confidence}).${check}`;
}

/** Input blocks for every review field, each optional and filled with the profile's current value. */
export function correctionBlocks(profile: RoleProfile): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: plain('Correct what was read (optional)') },
  ];
  for (const field of REVIEW_FIELDS) {
    const initial = field.initialInput(profile);
    const element: types.InputBlockElement =
      field.input.kind === 'select'
        ? {
            type: 'static_select',
            action_id: ACTION,
            options: field.input.options.map((option) => ({ text: plain(option.label), value: option.value })),
            ...(field.input.options.some((o) => o.value === initial)
              ? { initial_option: { text: plain(field.input.options.find((o) => o.value === initial)?.label ?? initial), value: initial } }
              : {}),
          }
        : {
            type: 'plain_text_input',
            action_id: ACTION,
            max_length: field.input.maxLength,
            placeholder: plain(field.input.placeholder),
            ...(initial === '' ? {} : { initial_value: initial.slice(0, field.input.maxLength) }),
          };
    blocks.push({
      type: 'input',
      block_id: correctionBlockId(field),
      optional: true,
      label: plain(capitalised(field.label)),
      hint: plain(hintOf(profile, field)),
      element,
    });
  }
  return blocks;
}

export type ReadCorrections = { ok: true; corrections: Correction[] } | { ok: false; errors: Record<string, string> };

/**
 * The corrections in a submitted view: every field whose input differs from the profile's value. A field
 * whose block is absent (an older view) is left as it is. Errors are keyed by block, for response_action.
 */
export function readCorrections(state: ViewState, profile: RoleProfile, by: string, at: Date): ReadCorrections {
  const corrections: Correction[] = [];
  const errors: Record<string, string> = {};
  for (const field of REVIEW_FIELDS) {
    const block = correctionBlockId(field);
    const submitted = state[block]?.[ACTION];
    if (!submitted) continue;
    const text = field.input.kind === 'select' ? (submitted.selected_option?.value ?? '') : (submitted.value ?? '');
    // An unanswered select means "leave it": only a choice made is a correction.
    if (field.input.kind === 'select' && text === '') continue;
    const read = field.fromInput(text);
    if (!read.ok) {
      errors[block] = read.error;
      continue;
    }
    const old = field.current(profile);
    if (field.same(old, read.value)) continue;
    // The row's own schema made the value; the correction schema checks it is one a file can hold.
    corrections.push(CorrectionSchema.parse({ field: field.id, value: read.value, old, by, at: at.toISOString() }));
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, corrections };
}
