/**
 * A question as a typed Query: its intent, the roles it asks about (the asker's own role kept apart), the
 * concepts it asks for, and its filters (a vetting level, a feature, a level, a force, a negation). Answers
 * are computed from the Query, and a conversation keeps the last one's slots so a follow-up fills only the
 * slots it changes ("and which don't?" negates the last list; "what about level 3?" changes its level;
 * "which role needs it?" puts the term just defined in place of "it").
 *
 * Precedence is data: INTENT_PRECEDENCE is an ordered table of rows keyed on what the question holds (its
 * cue spans, its roles, its concepts); the first row that holds is the intent, and when its answer has
 * nothing to say the next row that holds is tried. A new phrasing is a row here or a phrase in
 * src/vocabulary/intent-cues.ts, never another branch in the assistant.
 */
import type { Catalogue, RoleMention } from '../catalogue/index.ts';
import { FEATURE_IDS, type RoleProfile } from '../profile/role-profile.ts';
import { annotate, type Span } from '../vocabulary/annotate.ts';
import { CUE_KINDS, INTENT_CUES, FOLLOW_UP_FILLER, FOLLOW_UP_OPENERS, LIST_VERBS, GLOSSARY_FILLER, STAFF_SCOPE_WORDS, TERM_KIND_WORDS, THANKS_TAIL, WHAT_OPENERS, type CueKind } from '../vocabulary/intent-cues.ts';
import { RANK_WORDS } from '../vocabulary/role-words.ts';
import { SELF_TABLE } from '../vocabulary/move-words.ts';
import type { ListFilters } from './cross-role.ts';
import { asksYesNo } from './direct-answer.ts';
import type { Glossary, GlossaryEntry } from './glossary.ts';
import { readMoveQuestion, type MoveRead } from './move/read-move-question.ts';
import { readQuestion, type ReadQuestion } from './question.ts';
import type { TopicKey } from './topics/fact-builders.ts';
import type { ConversationContext, Intent, LastQuery } from './types.ts';

export type { Intent } from './types.ts';

/** What narrows a list to some roles before it is made: "which kent roles ...", "staff roles", "constable roles". */
export interface ListScope {
  /** Words naming a force ("kent", "leicestershire"), matched against each role's force. */
  forces: string[];
  staffType: 'officer' | 'staff' | null;
  /** A rank word's canonical rank ("constable" for "pc" or "constable"). */
  rank: string | null;
}

/** A question's filters: a vetting level, a feature, a level, a figure of hours, a negation. */
export type QueryFilters = ListFilters;

export interface Query {
  text: string;
  /** What narrows a list before it is made. */
  scope: ListScope;
  intent: Intent;
  /** The question's tokens, topics, role mentions and focus words, as the reader read them. */
  read: ReadQuestion;
  /** The vocabulary's spans over the question's words. */
  spans: readonly Span[];
  cues: ReadonlySet<CueKind>;
  roles: {
    /** Roles the words name, each resolved to one profile. */
    asked: RoleProfile[];
    /** A name that fits several roles ("the PCSO" with two forces' PCSOs). */
    ambiguous: RoleMention | null;
    /** The asker's own role when they say it ("I'm a PCSO ..."), apart from the role asked about. */
    own: RoleProfile | null;
  };
  concepts: TopicKey[];
  filters: QueryFilters;
  /** Glossary terms the question names ("MV", "NPPV3"), longest first at each place. */
  terms: GlossaryEntry[];
  /** What the question asks to have defined, when it asks what a term means (or names a term alone). */
  definition: Definition | null;
  /** A move between two roles, read by the move reader (or null). */
  move: MoveRead | null;
  /** A role id typed or clicked on its own. */
  picked: RoleProfile | null;
  /** The question asks yes or no in one of its clauses. */
  yesNo: boolean;
  /** The conversation's last Query, for a follow-up whose subject no slot holds ("what about south wales?"). */
  previous?: LastQuery;
}

export type Definition =
  /** "MV or NPPV3, which is higher?": two terms and no role. */
  | { kind: 'many'; terms: GlossaryEntry[] }
  | { kind: 'one'; entry: GlossaryEntry }
  /** A meaning asked of a term the glossary does not hold. */
  | { kind: 'unknown'; term: string };

/** What the precedence rows look at: the Query's slots and spans, nothing else. */
export interface IntentRow {
  intent: Intent;
  /** Why the row stands where it does, for the reader of the table. */
  why: string;
  when: (query: Query) => boolean;
}

const has = (query: Query, cue: CueKind): boolean => query.cues.has(cue);
const namesRoles = (query: Query): boolean => query.read.mentions.length > 0;
/** "which roles ...", "list jobs ...", "who needs ...": across all roles. */
export function asksAcrossRoles(query: Pick<Query, 'cues' | 'read'>): boolean {
  const [first, second] = query.read.words;
  return (query.cues.has('list') && query.cues.has('role-noun')) || (first === 'who' && ['needs', 'need', 'works', 'work'].includes(second ?? ''));
}
/** "what is ...", "what's ...". */
export function opensWithWhat(words: readonly string[]): boolean {
  return WHAT_OPENERS.some((opener) => opener.split(' ').every((word, k) => words[k] === word));
}
/** The whole question is thanks ("cheers mate", "thanks a lot"). */
function thanksOnly(query: Query): boolean {
  const thanks = query.spans.filter((span) => span.kind === 'cue' && span.value === 'thanks');
  const covered = new Set(thanks.flatMap((span) => Array.from({ length: span.length }, (_, k) => span.start + k)));
  return thanks.length > 0 && thanks[0]?.start === 0 && query.read.words.every((word, pos) => covered.has(pos) || THANKS_TAIL.has(word));
}
/** "what does the PCSO profile say about ...": a document word, then "about" and its subject. */
function asksDocumentAbout(query: Query): boolean {
  const about = query.read.words.indexOf('about');
  return about > 0 && query.spans.some((span) => span.kind === 'cue' && span.value === 'document' && span.start < about);
}
/**
 * The intents in precedence order. Each row says when it holds; the first that holds is the question's
 * intent. A row's answer may have nothing to say (a glossary question whose term we do not hold), and then
 * the next row that holds is tried.
 */
export const INTENT_PRECEDENCE: readonly IntentRow[] = [
  { intent: 'pick', why: 'a clarification button sends a role id alone', when: (q) => q.picked !== null },
  { intent: 'empty', why: 'nothing left to read once punctuation is gone', when: (q) => q.read.words.length === 0 },
  { intent: 'document', why: '"what does X say about Y": Y is a subject, never a role or a term', when: asksDocumentAbout },
  { intent: 'thanks', why: 'thanks on its own is not a question', when: (q) => !namesRoles(q) && thanksOnly(q) },
  {
    intent: 'help',
    why: '"what can you do?" asks about the bot, not a role',
    when: (q) => !namesRoles(q) && !asksAcrossRoles(q) && has(q, 'ability') && q.read.focus.words.length === 0,
  },
  {
    intent: 'define',
    why: 'a meaning asked, or a term on its own, before any role is looked for',
    when: (q) => q.definition !== null,
  },
  {
    intent: 'not-held',
    why: 'a force or role we do not hold is said so, never answered with another',
    when: (q) => q.read.forceWords.length > 0 || q.read.mentions.some((mention) => mention.unknown !== undefined),
  },
  { intent: 'move', why: 'a move between two roles names both; the from role is the asker\'s own', when: (q) => q.move !== null },
  { intent: 'count', why: '"how many roles ..." says the number first', when: (q) => acrossRolesOnly(q) && has(q, 'count') },
  { intent: 'list', why: '"which roles ..." with no role named lists roles', when: acrossRolesOnly },
  { intent: 'compare', why: 'a compare word compares the roles named or discussed', when: (q) => has(q, 'compare') },
  { intent: 'summary', why: '"tell me about X" with no topic is the whole role', when: (q) => q.read.wantsSummary && q.concepts.length === 0 },
  { intent: 'yes-no', why: 'a yes/no about a role: the first line says yes or no', when: (q) => q.yesNo },
  { intent: 'fact', why: 'anything else about a role: its facts, its lines', when: () => true },
];

function acrossRolesOnly(query: Query): boolean {
  return query.roles.asked.length === 0 && query.roles.ambiguous === null && asksAcrossRoles(query);
}

/** Every glossary term in the words, longest first at each place, each entry once. */
export function glossaryTerms(glossary: Glossary, termWords: readonly string[]): GlossaryEntry[] {
  const found: GlossaryEntry[] = [];
  for (let start = 0; start < termWords.length; start += 1) {
    for (let length = Math.min(4, termWords.length - start); length >= 1; length -= 1) {
      const entry = glossary.lookup(termWords.slice(start, start + length).join(' '));
      if (entry && !found.includes(entry)) {
        found.push(entry);
        start += length - 1;
        break;
      }
    }
  }
  return found;
}

/**
 * What a question asks to have defined: two terms and no role; a meaning asked ("what does SC stand for");
 * or a term on its own ("CTC?", "what is MV vetting?": the kind of term, "vetting", is not more of the
 * question, where "dc vetting" asks about a role's vetting). Null when it asks no definition.
 */
function readDefinition(query: Query, glossary: Glossary): Definition | null {
  const { words, mentions, topics } = query.read;
  if (mentions.length === 0 && !asksAcrossRoles(query) && query.terms.length >= 2) return { kind: 'many', terms: query.terms };
  const asksMeaning = has(query, 'meaning');
  const asksWhat = asksMeaning || opensWithWhat(words);
  const termWords = words.filter((word) => !GLOSSARY_FILLER.has(word) && !(asksWhat && TERM_KIND_WORDS.has(word)));
  const whole = glossary.find(termWords);
  // "CTC?" names a vetting level (a topic) and is a glossary term: on its own it asks what it means.
  const bareTerm = mentions.length === 0 && (topics.length === 0 || (whole !== undefined && whole.length === termWords.length));
  if (!asksMeaning && !(bareTerm && (opensWithWhat(words) || words.length <= 2))) return null;
  const candidateWords = words.filter((word) => !GLOSSARY_FILLER.has(word));
  const found = glossary.find(candidateWords);
  if (found) return { kind: 'one', entry: found.entry };
  if (asksMeaning && mentions.length === 0) {
    const term = candidateWords.filter((word) => !INTENT_CUES.meaning.includes(word) && word !== 'by').join(' ');
    if (term) return { kind: 'unknown', term };
  }
  return null;
}

export interface QueryReader {
  catalogue: Catalogue;
  glossary: Glossary;
  lookup: (id: string) => RoleProfile | undefined;
}

/** The kinds of span a question's slots are read from (headings are a document's). */
const QUESTION_SPANS = ['value', 'feature', 'level', 'hours', 'force', 'negation', 'cue'] as const;

/** The filters of normalised question words, as a Query reads them. */
export function readFilters(words: readonly string[]): QueryFilters {
  return filtersOf(annotate(words, { kinds: QUESTION_SPANS }));
}

function filtersOf(spans: readonly Span[]): QueryFilters {
  const level = spans.find((span) => span.kind === 'level');
  // "12 hour shifts" names a feature of the pattern, not a figure of weekly hours.
  const features = spans.filter((span) => span.kind === 'feature');
  const hours = spans.find((span) => span.kind === 'hours' && !features.some((feature) => feature.start < span.start + span.length && span.start < feature.start + feature.length));
  const cue = (kind: CueKind): boolean => spans.some((span) => span.kind === 'cue' && span.value === kind);
  return {
    hours: hours ? { hours: Number(hours.value), bound: cue('under') ? 'under' : cue('over') ? 'over' : 'exactly' } : null,
    vetting: [...new Set(spans.filter((span) => span.kind === 'value').map((span) => span.value))],
    features: [...new Set(spans.flatMap((span) => (span.kind === 'feature' ? FEATURE_IDS.filter((id) => id === span.value) : [])))],
    level: level ? { level: Number(level.value), orAbove: spans.some((span) => span.kind === 'cue' && span.value === 'or-above') } : null,
    negated: spans.some((span) => span.kind === 'negation'),
  };
}

/**
 * The scope of a list: force words anywhere ("which kent roles", "roles at leicestershire police"), and a staff
 * or rank word right before a role noun ("staff roles", "police officer jobs", "constable posts").
 */
function scopeOf(read: ReadQuestion, spans: readonly Span[]): ListScope {
  const scope: ListScope = { forces: read.forceWords.map((token) => token.text), staffType: null, rank: null };
  for (const noun of spans.filter((span) => span.kind === 'cue' && span.value === 'role-noun')) {
    const before = read.words[noun.start - 1] ?? '';
    scope.staffType ??= STAFF_SCOPE_WORDS[before] ?? null;
    scope.rank ??= RANK_WORDS[before] ?? null;
  }
  return scope;
}

/** The role the asker says they are ("I'm a PCSO", "as a call handler"): the mention right after a self phrase. */
function ownRoleMention(read: ReadQuestion): RoleMention | undefined {
  const ends = new Set(SELF_TABLE.find(read.words).map((hit) => hit.start + hit.length));
  return read.mentions.find((mention) => mention.positions.length > 0 && ends.has(Math.min(...mention.positions)));
}

/** Reads a question on its own, with no conversation: the slots it states. */
export function readQuery(text: string, reader: QueryReader, context: ConversationContext): Query {
  const read = readQuestion(text, reader.catalogue);
  const spans = annotate(read.words, { kinds: QUESTION_SPANS });
  const cues = new Set(spans.flatMap((span) => (span.kind === 'cue' ? CUE_KINDS.filter((kind) => kind === span.value) : [])));
  const move = readMoveQuestion(read, context, reader.lookup);
  // "I'm a call handler, could I do the dispatcher job part time?": the asker's own role is not asked about
  // when another role is; alone ("I'm a PCSO, what vetting do I need?") it is the role asked about.
  const ownMention = ownRoleMention(read);
  const others = read.mentions.filter((mention) => mention !== ownMention);
  const about = others.length > 0 ? others : read.mentions;
  const asked = about.flatMap((mention) => (mention.role ? [mention.role] : []));
  const query: Query = {
    text,
    intent: 'fact',
    scope: scopeOf(read, spans),
    read,
    spans,
    cues,
    roles: {
      asked,
      ambiguous: about.find((mention) => mention.role === null && mention.unknown === undefined) ?? null,
      own: move?.kind === 'move' || move?.kind === 'unknown-to' ? move.from : (ownMention?.role ?? null),
    },
    concepts: read.topics,
    filters: filtersOf(spans),
    terms: glossaryTerms(reader.glossary, read.words.filter((word) => !GLOSSARY_FILLER.has(word))),
    definition: null,
    move,
    picked: reader.lookup(text.trim()) ?? null,
    yesNo: asksYesNo(text),
  };
  query.definition = readDefinition(query, reader.glossary);
  query.intent = INTENT_PRECEDENCE.find((row) => row.when(query))?.intent ?? 'fact';
  return query;
}

/** What a conversation keeps of an answered Query, for the next question's follow-up. */
export function lastQueryOf(query: Query, term?: string): LastQuery {
  const last: LastQuery = { intent: query.intent, words: [...query.read.words], negated: query.filters.negated };
  if (term !== undefined) last.term = term;
  return last;
}

/** Words of a follow-up that say nothing of their own beyond the slot it changes. */
function onlyFiller(words: readonly string[], spans: readonly Span[], kinds: ReadonlySet<Span['kind']>): boolean {
  const inSpan = new Set(spans.filter((span) => kinds.has(span.kind)).flatMap((span) => Array.from({ length: span.length }, (_, k) => span.start + k)));
  return words.every((word, pos) => inSpan.has(pos) || FOLLOW_UP_FILLER.has(word) || word === 'how');
}

/**
 * A follow-up filled from the last Query, or null when the question stands on its own:
 * - "which role needs it?" after a definition: the pronoun is the term just defined;
 * - "and which don't?" after a list: the same list, negated;
 * - "what about level 3?" after a list by level: the same list at the new level.
 * Only the slot the follow-up changes is taken from it; the rest is the last Query's.
 */
export function followUpQuery(text: string, reader: QueryReader, context: ConversationContext): Query | null {
  const last = context.last;
  if (!last) return null;
  const words = readQuestion(text, reader.catalogue, { topics: false }).words;
  const spans = annotate(words, { kinds: ['negation', 'level', 'cue'] });
  const pronoun = spans.find((span) => span.kind === 'cue' && span.value === 'pronoun');
  if (last.term !== undefined && pronoun) {
    const filled = [...words.slice(0, pronoun.start), last.term, ...words.slice(pronoun.start + pronoun.length)];
    return readQuery(filled.join(' '), reader, withoutLast(context));
  }
  const negation = spans.some((span) => span.kind === 'negation');
  const listed = last.intent === 'list' || last.intent === 'count';
  if (listed && negation && !last.negated && onlyFiller(words, spans, new Set(['negation']))) {
    return withNegation(readQuery(last.words.join(' '), reader, withoutLast(context)), text);
  }
  if (listed) {
    const subject = listFollowUpSubject(text, words, reader);
    if (subject) return readQuery([...listFrame(last.words), ...subject].join(' '), reader, withoutLast(context));
  }
  const level = spans.find((span) => span.kind === 'level');
  if (level && last.intent !== 'define' && onlyFiller(words, spans, new Set(['level', 'cue']))) {
    // The level in the last question changes; a question that had none gets one ("... at level 3").
    const lastWords = [...last.words];
    const at = lastWords.findIndex((word, pos) => word === 'level' && /^\d$/.test(lastWords[pos + 1] ?? ''));
    if (at >= 0) lastWords[at + 1] = level.value;
    else lastWords.push('at', 'level', level.value);
    return readQuery(lastWords.join(' '), reader, withoutLast(context));
  }
  return null;
}

const OPENERS = FOLLOW_UP_OPENERS.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);

/**
 * "and eyesight?" after "which roles need a hearing test?": a follow-up that opens by leaning on the last
 * answer and names a subject of its own, but no role and no list of its own. Its subject words (the opener
 * taken off), or null when it is no such follow-up.
 */
function listFollowUpSubject(text: string, words: readonly string[], reader: QueryReader): string[] | null {
  const opener = OPENERS.find((phrase) => phrase.every((word, k) => words[k] === word));
  if (!opener) return null;
  const read = readQuestion(text, reader.catalogue);
  if (read.mentions.length > 0 || read.forceWords.length > 0) return null;
  const subject = words.slice(opener.length);
  const own = annotate(subject, { kinds: ['cue', 'negation', 'level'] });
  // "and which don't?", "what about level 3?": the slots other follow-ups change; "and which roles ...": a list of its own.
  if (own.some((span) => span.kind !== 'cue' || span.value === 'list' || span.value === 'role-noun' || span.value === 'count')) return null;
  return subject.length > 0 && subject.some((word) => !FOLLOW_UP_FILLER.has(word)) ? subject : null;
}

/** The last list's frame: its words up to its role noun and the verb after it ("which staff roles need"). */
function listFrame(lastWords: readonly string[]): string[] {
  const noun = lastWords.findIndex((word) => INTENT_CUES['role-noun'].includes(word));
  if (noun < 0) return ['which', 'roles'];
  const verb = LIST_VERBS.has(lastWords[noun + 1] ?? '') ? 1 : 0;
  return lastWords.slice(0, noun + 1 + verb);
}

function withNegation(query: Query, text: string): Query {
  return { ...query, text, filters: { ...query.filters, negated: true } };
}

/** The context without the last Query's one-turn slots. */
export function withoutLast(context: ConversationContext): ConversationContext {
  const { last: _last, ...rest } = context;
  return rest;
}
