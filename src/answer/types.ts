/**
 * What the answering core returns. Presenters (Block Kit, plain text) render these; they never re-derive
 * facts. Every value shown to a person comes with the citations it was read from.
 */
import type { RoleProfile } from '../profile/role-profile.ts';

export interface RoleRef {
  id: string;
  title: string;
  organisation: string | null;
}

export interface Citation {
  roleId: string;
  roleTitle: string;
  /** The profile field the fact was read from: "vetting", "weeklyHours", "skills", ... */
  field: string;
  /** 1-based line in the role's source document. */
  line: number;
  quote: string;
  /**
   * Set when the fact was read from a vacancy posting (src/postings), not from the role's document: `field`
   * is then the posting field ("posting.closingDate"), `line` is 0 (a posting has no lines) and `quote` the
   * posting's own wording. Presenters show "Vacancy posting <id>" instead of a line number.
   */
  postingId?: string;
  /**
   * Set when HR corrected the field (src/review/corrections.ts): the value is HR's, not the document's, so
   * `line` is 0 and presenters show "checked by HR" instead of a line number.
   */
  checkedByHr?: { by: string; at: string };
}

/** stated: the profile says it; not-stated: it does not; ambiguous: it says something unclear (see note). */
export type FactStatus = 'stated' | 'not-stated' | 'ambiguous';

export interface Fact {
  roleId: string;
  /** Topic key, e.g. "vetting", "hours", "skills". */
  topic: string;
  /** Human label, e.g. "Vetting", "Weekly hours". */
  label: string;
  status: FactStatus;
  /** Short display value ("CTC, RV", "37"); null when not stated. */
  value: string | null;
  /** Structured items when the fact is a list (criteria, skills with levels, ...). */
  items?: FactItem[];
  /** Why it is ambiguous or not stated, or a qualifier. */
  note?: string;
  citations: Citation[];
}

export interface FactItem {
  text: string;
  /** Level, category or other short qualifier shown beside the item. */
  detail?: string;
  citations: Citation[];
}

export interface ComparisonCell {
  roleId: string;
  status: FactStatus;
  value: string | null;
  citations: Citation[];
}

export interface ComparisonRow {
  topic: string;
  label: string;
  same: boolean;
  cells: ComparisonCell[];
  /** e.g. "Only Contact Handler: Typing"; "Crime Investigation: 3 vs 4". */
  differences: string[];
}

export interface ListItem {
  role: RoleRef;
  /** Why this role is listed ("MV vetting", "Crime Investigation level 3"). */
  detail?: string;
  citations: Citation[];
}

interface AnswerBase {
  question: string;
  /** The roles the answer is about (for follow-ups and for presenters). */
  roles: RoleRef[];
  /** The whole answer as plain text, values included. */
  text: string;
  /**
   * A direct first line for a narrow question ("Yes — driving is essential for the PCSO ...", "The profile
   * does not state pay ..."), already at the start of `text`; presenters that build from facts show it first.
   */
  lead?: string;
  citations: Citation[];
}

/**
 * One line of a move checklist (src/answer/move/): the target role's requirement on one subject, set against
 * the source role's. meet: the source profile states the same or more; need: the target asks for something
 * the source profile does not have; not-stated: one of the profiles does not say, or the two cannot be
 * compared (different vetting ladders, different pay scales), and the detail says which.
 */
export type MoveStatus = 'meet' | 'need' | 'not-stated';

export interface MoveLine {
  /** "employment", "rank", "vetting", "driving", "hours", "shifts", "criteria", "behaviours", "skills", "health", "training". */
  topic: string;
  /** What the line is about, short: "Vetting (national security): SC". */
  subject: string;
  status: MoveStatus;
  /** One sentence saying why, naming both roles' values. */
  detail: string;
  /** Citations from the source (from) role's profile. */
  from: Citation[];
  /** Citations from the target (to) role's profile. */
  to: Citation[];
}

export interface MoveChecklist {
  from: RoleRef;
  to: RoleRef;
  lines: MoveLine[];
  counts: Record<MoveStatus, number>;
  /** The first line: how many things the move would need ("You would need 4 things to move from ..."). */
  headline: string;
  /** The one line saying the checklist compares role profiles, not the person. */
  note: string;
}

export type Answer =
  | (AnswerBase & { kind: 'answer'; facts: Fact[] })
  | (AnswerBase & { kind: 'move'; checklist: MoveChecklist })
  | (AnswerBase & {
      kind: 'summary';
      facts: Fact[];
      /** "Also known as: CTSA" (src/profile/role-aliases.ts), when the role has names its title does not show. */
      alsoKnownAs?: string;
    })
  | (AnswerBase & { kind: 'comparison'; headline: string; rows: ComparisonRow[] })
  | (AnswerBase & { kind: 'list'; title: string; items: ListItem[] })
  | (AnswerBase & { kind: 'clarify'; candidates: RoleRef[] })
  | (AnswerBase & { kind: 'not-found'; suggestions: RoleRef[] })
  | (AnswerBase & { kind: 'help'; examples: string[] });

export type AnswerKind = Answer['kind'];

/** What a conversation remembers between questions (one Slack thread, one DM, one CLI chat). */
export interface ConversationContext {
  /** The role(s) last discussed, most recent first. */
  roleIds: string[];
  /** The topic keys last asked about, so "and the PCSO?" asks the same again (optional; added later). */
  topics?: string[];
  /**
   * Roles discussed earlier in the conversation, most recent first (three at most), so "compare the two"
   * after asking about two roles one at a time compares them. Optional; added later.
   */
  history?: string[];
  /**
   * The last Query's slots, kept for one turn only, so a follow-up fills only what it changes: the term just
   * defined ("which role needs it?" after "what is MV vetting?"), a list's question ("and which don't?",
   * "what about level 3?").
   */
  last?: LastQuery;
  /** After a move checklist: the role moved from, so "and for the DC post?" is a move from it too. */
  moveFromId?: string;
  /**
   * The asker's own role as they saved it ("set my role ..."), put in by the transport before each question;
   * "what would it take to move to X?" moves from it. Never kept in a shared thread's context.
   */
  askerRoleId?: string;
}

/** What a question asks for, by the precedence table of src/answer/query.ts. */
export type Intent =
  /** A role id on its own: a clarification button's answer. */
  | 'pick'
  | 'empty'
  | 'document'
  | 'thanks'
  | 'help'
  | 'define'
  /** A role or force named that we do not hold. */
  | 'not-held'
  | 'move'
  | 'count'
  | 'list'
  | 'compare'
  | 'summary'
  | 'yes-no'
  | 'fact';

/** What a conversation keeps of the last Query for one turn. */
export interface LastQuery {
  intent: Intent;
  /** The question's normalised words. */
  words: string[];
  negated: boolean;
  /** The glossary term just defined. */
  term?: string;
}

export const EMPTY_CONTEXT: ConversationContext = { roleIds: [] };

/**
 * An extra answerer tried before the role questions, e.g. vacancies ("what vacancies are open?").
 * Returns null when the question is not for it.
 */
export type Answerer = (question: string, context: ConversationContext) => Answer | null;

export function roleRef(profile: Pick<RoleProfile, 'id' | 'title' | 'organisation'>): RoleRef {
  return { id: profile.id, title: profile.title, organisation: profile.organisation };
}
