/**
 * The answering core's public surface, used by every transport (CLI, console chat, Slack).
 * Implemented by `createAssistant` in ./assistant.ts.
 */
import type { RoleProfile } from '../profile/role-profile.ts';
import type { Answer, ConversationContext, RoleRef } from './types.ts';

export interface AskResult {
  answer: Answer;
  /** The context to pass with the next question of the same conversation. */
  context: ConversationContext;
}

export interface Assistant {
  /** Any question a person types. Never throws for a user's wording; unknown roles give kind "not-found". */
  ask(question: string, context?: ConversationContext): AskResult;
  /** A role summary (kind "summary"), or "clarify" / "not-found" when the role query does not resolve. */
  summary(roleQuery: string): Answer;
  /** Two or three roles side by side (kind "comparison"), or "clarify" / "not-found". */
  compare(roleQueries: readonly string[]): Answer;
  /**
   * What moving from one role to another would take (kind "move": a checklist citing both profiles), or
   * "clarify" / "not-found" when a role query does not resolve, "help" when both name the same role.
   */
  move(fromQuery: string, toQuery: string): Answer;
  /** Every known role, officers and staff, sorted by title. */
  roles(): RoleRef[];
  profile(id: string): RoleProfile | undefined;
  /** Add or replace a profile; the index is updated in place, without a rebuild. */
  upsert(profile: RoleProfile): void;
  remove(id: string): boolean;
  /**
   * A slice of the work some first questions would otherwise wait for (the focus-word index behind "which
   * roles mention ...?"); true while there is more. A transport calls it again and again while idle after
   * start-up. Answers are the same whether it ran or not.
   */
  prepare?(): boolean;
}
