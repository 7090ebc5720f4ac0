/**
 * Buttons and menus: "Did you mean ..." (clarify / not-found) and "Compare with ...". Action ids and the
 * values they carry are a contract with the action listeners in src/slack/listeners/actions/.
 */
import { z } from 'zod';
import type { RoleRef } from '../answer/types.ts';
import { label } from './block-builders.ts';
import { LIMITS } from './limits.ts';
import type { Block } from './message.ts';

export const ACTION_IDS = {
  chooseRole: 'rolecall_choose_role',
  compareWith: 'rolecall_compare_with',
  /** "Compare with my role" on a role card: a move checklist from the clicker's saved role to this one. */
  moveFromMine: 'rolecall_move_from_mine',
  /** "Share in thread" under a private move checklist: posts it where everyone in the thread sees it. */
  shareMove: 'rolecall_share_move',
} as const;

/** What "Share in thread" carries: the two role ids and the thread to post in (null: a new thread). */
export const ShareMoveValueSchema = z.object({
  f: z.string().min(1),
  t: z.string().min(1),
  th: z.string().min(1).nullable(),
});
export type ShareMoveValue = z.infer<typeof ShareMoveValueSchema>;

export function shareMoveActions(value: ShareMoveValue): Block[] {
  return [
    {
      type: 'actions',
      block_id: 'rolecall_share_move',
      elements: [{ type: 'button', action_id: ACTION_IDS.shareMove, text: { type: 'plain_text', text: 'Share in thread', emoji: true }, value: JSON.stringify(value) }],
    },
  ];
}

/** "Compare with my role" under a role card: the value is the card's role id. */
export function moveFromMineActions(role: RoleRef): Block[] {
  if (role.id.length > LIMITS.buttonValue) return [];
  return [
    {
      type: 'actions',
      block_id: 'rolecall_move_from_mine',
      elements: [{ type: 'button', action_id: ACTION_IDS.moveFromMine, text: { type: 'plain_text', text: 'Compare with my role', emoji: true }, value: role.id }],
    },
  ];
}

/** What a "Did you mean" button carries: the role chosen, what to do with it, and the original question. */
export const ChooseRoleValueSchema = z.object({
  /**
   * "ask": re-answer the question `q` for this role; "summary": show the role's summary card; "compare":
   * compare this role with the other role queries in `q` (one a line).
   */
  m: z.enum(['ask', 'summary', 'compare']),
  r: z.string().min(1),
  q: z.string().default(''),
});
export type ChooseRoleValue = z.infer<typeof ChooseRoleValueSchema>;

export function chooseRoleValue(value: ChooseRoleValue): string {
  // Keep the question within the button value limit (it is only used to re-ask; the person sees their own text).
  const room = LIMITS.buttonValue - JSON.stringify({ ...value, q: '' }).length - 10;
  return JSON.stringify({ ...value, q: value.q.slice(0, Math.max(0, room)) });
}

export function chooseRoleButtons(
  candidates: readonly RoleRef[],
  mode: ChooseRoleValue['m'],
  question: string,
): Block[] {
  const shown = candidates.slice(0, LIMITS.actionsElements);
  if (shown.length === 0) return [];
  return [
    {
      type: 'actions',
      block_id: 'rolecall_choose_role',
      elements: shown.map((role, index) => ({
        type: 'button',
        action_id: `${ACTION_IDS.chooseRole}:${index}`,
        text: { type: 'plain_text', text: label(role.title), emoji: true },
        value: chooseRoleValue({ m: mode, r: role.id, q: question }),
      })),
    },
  ];
}

/** The "Compare with ..." menu under a summary: option value "<this role id>|<other role id>". */
export function compareWithActions(role: RoleRef, candidates: readonly RoleRef[]): Block[] {
  const others = candidates.filter((candidate) => candidate.id !== role.id).slice(0, LIMITS.selectOptions);
  const options = others
    .map((other) => ({ text: { type: 'plain_text' as const, text: label(other.title, LIMITS.optionText) }, value: `${role.id}|${other.id}` }))
    .filter((option) => option.value.length <= LIMITS.optionValue);
  if (options.length === 0) return [];
  return [
    {
      type: 'actions',
      block_id: 'rolecall_compare_with',
      elements: [
        {
          type: 'static_select',
          action_id: ACTION_IDS.compareWith,
          placeholder: { type: 'plain_text', text: 'Compare with ...' },
          options,
        },
      ],
    },
  ];
}

export const CompareWithValueSchema = z
  .string()
  .regex(/^[^|]+\|[^|]+$/)
  .transform((value) => {
    const [base = '', other = ''] = value.split('|');
    return { base, other };
  });
