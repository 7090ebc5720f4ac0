/**
 * The /post-role modal: the role document (a file, pasted text, or a role already known) and the vacancy
 * details, plus the reader of its submitted state. The view carries only a token in private_metadata; the
 * draft itself stays on the server (pending-postings.ts).
 */
import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { RoleRef } from '../../answer/types.ts';
import { label } from '../../present/block-builders.ts';
import { escapeMrkdwn } from '../../present/escape.ts';
import { LIMITS } from '../../present/limits.ts';
import type { VacancyDetailsInput } from '../../postings/validate-posting.ts';
import { FORM_BLOCKS, INPUT_ACTION, PASTE_MAX, POSTING_IDS } from './ids.ts';

type Block = types.KnownBlock;
export type ModalView = types.ModalView;

/** What the form shows again after "Back", and what a message shortcut prefills. */
export interface FormDraft {
  details?: VacancyDetailsInput;
  text?: string;
  roleId?: string;
  /** A file shared in the message the "Post as vacancy" shortcut was used on. */
  sharedFile?: { id: string; name: string };
}

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

function textInput(
  blockId: string,
  labelText: string,
  options: { optional?: boolean; multiline?: boolean; max?: number; initial?: string | undefined; hint?: string; placeholder?: string },
): Block {
  return {
    type: 'input',
    block_id: blockId,
    optional: options.optional ?? false,
    label: plain(labelText),
    ...(options.hint ? { hint: plain(options.hint) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION,
      multiline: options.multiline ?? false,
      ...(options.max ? { max_length: options.max } : {}),
      ...(options.initial ? { initial_value: options.initial.slice(0, options.max ?? PASTE_MAX) } : {}),
      ...(options.placeholder ? { placeholder: plain(options.placeholder) } : {}),
    },
  };
}

export function vacancyDetailBlocks(details: VacancyDetailsInput = {}): Block[] {
  const posts = details.numberOfPosts === undefined || details.numberOfPosts === null ? '' : String(details.numberOfPosts);
  const date = details.closingDate && /^\d{4}-\d{2}-\d{2}$/.test(details.closingDate) ? details.closingDate : undefined;
  return [
    textInput(FORM_BLOCKS.location, 'Location or team', { max: 150, initial: details.locationOrTeam ?? undefined, placeholder: 'e.g. Northgate Response Team' }),
    {
      type: 'input',
      block_id: FORM_BLOCKS.posts,
      label: plain('Number of posts'),
      element: {
        type: 'number_input',
        action_id: INPUT_ACTION,
        is_decimal_allowed: false,
        min_value: '1',
        ...(posts ? { initial_value: posts } : {}),
      },
    },
    {
      type: 'input',
      block_id: FORM_BLOCKS.closingDate,
      label: plain('Closing date'),
      hint: plain('Applications are accepted until the end of this day.'),
      element: { type: 'datepicker', action_id: INPUT_ACTION, ...(date ? { initial_date: date } : {}) },
    },
    textInput(FORM_BLOCKS.howToApply, 'How to apply', {
      max: 500,
      initial: details.howToApply ?? undefined,
      hint: 'A link (https://...), an email address, or a named contact.',
    }),
    textInput(FORM_BLOCKS.note, 'Note (optional)', { optional: true, multiline: true, max: 1000, initial: details.note ?? undefined }),
  ];
}

export function formView(token: string, roles: readonly RoleRef[], draft: FormDraft = {}): ModalView {
  const blocks: Block[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'Give the role document (attach it, paste it, or pick a role Role Call already knows), then the vacancy details. You will see a preview before anything is posted.',
      },
    },
  ];
  if (draft.sharedFile) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*Role document:* ${escapeMrkdwn(draft.sharedFile.name)} (already chosen; paste text or pick a role instead to replace it)` },
    });
  } else {
    blocks.push({
      type: 'input',
      block_id: FORM_BLOCKS.file,
      optional: true,
      label: plain('Role document (file)'),
      hint: plain('A .docx, .pdf, .txt or .md file, up to 10 MB.'),
      element: { type: 'file_input', action_id: INPUT_ACTION, filetypes: ['docx', 'pdf', 'txt', 'md'], max_files: 1 },
    });
  }
  blocks.push(
    textInput(FORM_BLOCKS.text, '...or paste the role document', {
      optional: true,
      multiline: true,
      max: PASTE_MAX,
      initial: draft.text,
      hint: 'Up to 3,000 characters; attach the file for a longer document.',
    }),
  );
  const options = [...roles]
    .sort((a, b) => a.title.localeCompare(b.title))
    .slice(0, LIMITS.selectOptions)
    .map((role) => ({ text: plain(label(role.title, LIMITS.optionText)), value: role.id }))
    .filter((option) => option.value.length <= LIMITS.optionValue);
  if (options.length > 0) {
    const initial = options.find((option) => option.value === draft.roleId);
    blocks.push({
      type: 'input',
      block_id: FORM_BLOCKS.role,
      optional: true,
      label: plain('...or a role Role Call already knows'),
      element: {
        type: 'static_select',
        action_id: INPUT_ACTION,
        placeholder: plain('Choose a role'),
        options,
        ...(initial ? { initial_option: initial } : {}),
      },
    });
  }
  blocks.push({ type: 'header', text: plain('Vacancy details') }, ...vacancyDetailBlocks(draft.details));
  return {
    type: 'modal',
    callback_id: POSTING_IDS.formView,
    private_metadata: JSON.stringify({ t: token }),
    title: plain('Post a vacancy'),
    submit: plain('Preview'),
    close: plain('Cancel'),
    blocks,
  };
}

/** One submitted input value, as Slack sends it in view.state.values. */
const StateValueSchema = z
  .object({
    type: z.string(),
    value: z.string().nullable().optional(),
    selected_date: z.string().nullable().optional(),
    selected_option: z.object({ value: z.string() }).nullable().optional(),
    files: z.array(z.object({ id: z.string().min(1), name: z.string().optional() }).loose()).optional(),
  })
  .loose();
export const ViewStateSchema = z.record(z.string(), z.record(z.string(), StateValueSchema));
export type ViewState = z.infer<typeof ViewStateSchema>;

export const PrivateMetadataSchema = z.object({ t: z.string().min(1) });

export interface FormSubmission {
  details: VacancyDetailsInput;
  text: string;
  roleId: string | null;
  file: { id: string; name: string | null } | null;
}

function valueOf(state: ViewState, block: string) {
  return state[block]?.[INPUT_ACTION];
}

export function readVacancyDetails(state: ViewState): VacancyDetailsInput {
  return {
    locationOrTeam: valueOf(state, FORM_BLOCKS.location)?.value ?? null,
    numberOfPosts: valueOf(state, FORM_BLOCKS.posts)?.value ?? null,
    closingDate: valueOf(state, FORM_BLOCKS.closingDate)?.selected_date ?? null,
    howToApply: valueOf(state, FORM_BLOCKS.howToApply)?.value ?? null,
    note: valueOf(state, FORM_BLOCKS.note)?.value ?? null,
  };
}

export function readForm(state: ViewState): FormSubmission {
  const file = valueOf(state, FORM_BLOCKS.file)?.files?.[0];
  return {
    details: readVacancyDetails(state),
    text: (valueOf(state, FORM_BLOCKS.text)?.value ?? '').trim(),
    roleId: valueOf(state, FORM_BLOCKS.role)?.selected_option?.value ?? null,
    file: file ? { id: file.id, name: file.name ?? null } : null,
  };
}

/** A plain message view (working, done, failed), with the token kept so "Back" still works. */
export function messageView(title: string, mrkdwn: string, options: { backToken?: string } = {}): ModalView {
  return {
    type: 'modal',
    callback_id: `${POSTING_IDS.formView}_message`,
    title: plain(title.slice(0, 24)),
    close: plain('Close'),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: mrkdwn.slice(0, LIMITS.sectionText) } },
      ...(options.backToken
        ? [
            {
              type: 'actions' as const,
              elements: [{ type: 'button' as const, action_id: POSTING_IDS.back, text: plain('Back to edit'), value: options.backToken }],
            },
          ]
        : []),
    ],
  };
}
