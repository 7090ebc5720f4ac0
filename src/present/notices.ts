/** Short fixed messages: user-facing wording in one place, asserted by tests. */
import type { RoleCallError } from '../errors.ts';
import { escapeMrkdwn } from './escape.ts';
import type { SlackMessage } from './message.ts';

function simple(text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

export const NOTICE_TEXT = {
  apology: "Sorry, something went wrong on my side while answering that. Please try again in a minute; if it keeps happening, tell the Role Call team.",
  roleUsage: 'Usage: `/role <role or question>`, for example `/role Contact Handler` or `/role what vetting does a PCSO need?`',
  compareUsage: 'Usage: `/compare <role> vs <role> [vs <role>]`, for example `/compare PCSO vs Police Constable`. Two or three roles.',
  moveUsage: 'Usage: `/role-move <from role> to <to role>`, for example `/role-move Contact Handler to PCSO`; or `/role-move <role>` once you have saved yours with "set my role <role>". Only you see the answer.',
  noSavedRole: 'You have not saved your role yet: say "set my role <your role>" to me (in a DM or a mention), then press the button again. Only your user id and that role are kept.',
  sameAsSaved: 'That is the role you saved as yours: there is nothing to move to.',
  notInChannel: 'I could not post in this channel (invite me with `/invite @Role Call`), so here is the answer just for you.',
  actionWithoutChannel: 'Slack did not say which channel that button was pressed in, so I cannot tell where to answer. Please ask me again in the channel or thread.',
} as const;

export function apologyMessage(): SlackMessage {
  return warningMessage(NOTICE_TEXT.apology);
}

/** A fixed notice that something could not be done (our own wording, so not escaped). */
export function warningMessage(text: string): SlackMessage {
  return simple(`:warning: ${text}`);
}

export function usageMessage(text: string): SlackMessage {
  return simple(text);
}

export function errorMessage(error: RoleCallError): SlackMessage {
  return simple(`:warning: ${escapeMrkdwn(error.toUserText())}`);
}

/** The short parent message a slash command posts in the channel; the detail goes in its thread. */
export function slashParentMessage(userId: string, what: string): SlackMessage {
  // userId comes from Slack's own payload (an id like U123), so the mention is deliberate; `what` is escaped.
  const safeUser = /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : 'Someone';
  const text = `${safeUser} asked for ${escapeMrkdwn(what)}. Details in the thread :thread:`;
  return simple(text);
}
