/**
 * How much text Role Call reads from a person at once, and what it says when given more. One place for the
 * limits and the wording: every entry point (Slack mentions, DMs, thread follow-ups, /role, /compare,
 * /post-role, the CLI's ask and chat, the console chat) checks its input here before any work, and the core
 * refuses over-long text too, so no transport can hand it an unbounded string.
 *
 * The limits are far above anything a person types (the longest question in our phrasing tests is under 150
 * characters; a three-role /compare under 100), and low enough that reading is a few milliseconds.
 */
import { RoleCallError } from '../errors.ts';

export const INPUT_LIMITS = {
  /** A question: a mention, a DM, a thread follow-up, `/role <role or question>`, the CLI, the console chat. */
  question: 2000,
  /** `/compare <A> vs <B> [vs <C>]`. */
  compare: 500,
  /** `/post-role` and its sub-commands (`list`, `edit <id>`, `withdraw <id>`). */
  postRoleCommand: 500,
  /** Role document text pasted into the `/post-role` form (Slack's own cap on a plain_text_input). */
  pastedDocument: 3000,
} as const;

export type InputKind = keyof typeof INPUT_LIMITS;

const WORDING: Record<InputKind, { what: string; hint: string }> = {
  question: { what: 'That question', hint: 'Ask something shorter: a role or two and what you want to know about them.' },
  compare: { what: 'That /compare text', hint: 'Name two or three roles, for example `/compare PCSO vs Police Constable`.' },
  postRoleCommand: {
    what: 'That /post-role text',
    hint: 'Use `/post-role`, `/post-role list`, `/post-role edit <posting id>` or `/post-role withdraw <posting id>`.',
  },
  pastedDocument: { what: 'The pasted text', hint: 'Attach the role document as a file instead.' },
};

/** Characters as a person counts them (code points, so an emoji is one), without walking short text. */
function characterCount(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The "too long" error for this input, or null when it is within its limit. */
export function inputTooLong(kind: InputKind, text: string): RoleCallError | null {
  const limit = INPUT_LIMITS[kind];
  const count = characterCount(text, limit);
  if (count <= limit) return null;
  const { what, hint } = WORDING[kind];
  return new RoleCallError(
    'INPUT_TOO_LONG',
    `${what} is ${formatCount(count)} characters long; Role Call reads at most ${formatCount(limit)}.`,
    hint,
  );
}

/** Throws the "too long" error (a RoleCallError the transports show as it is) when the input is over its limit. */
export function checkInputLength(kind: InputKind, text: string): void {
  const error = inputTooLong(kind, text);
  if (error) throw error;
}
