/**
 * The answering core: createAssistant wires the catalogue (role resolution), the index (nearest roles)
 * and the topics into the Assistant every transport uses. Pure: no I/O, never throws for a person's
 * wording, every value cited from the profile it belongs to.
 */
import { Catalogue, WEAK_ROLE_WORDS, rankCandidates, words, type RoleMention } from '../catalogue/index.ts';
import type { RoleProfile } from '../profile/role-profile.ts';
import { RANK_WORDS, ROLE_HEAD_NOUNS } from '../vocabulary/role-words.ts';
import { readConcepts, retrieveLines, rolesWithLines, type LineHit, type QuestionSubject } from '../search/retrieve-lines.ts';
import { RoleIndex } from '../search/role-index.ts';
import type { Assistant, AskResult } from './assistant-api.ts';
import { compareAnswer } from './compare-roles.ts';
import { documentAnswer, documentFact, documentLead, documentListing } from './document-answers.ts';
import { uniqueCitations } from './citations.ts';
import { roleFactsText } from './render-text.ts';
import { FocusCandidatesBuild, type FocusCandidates } from './focus-candidates.ts';
import { crossRoleListing, listAnswer, type Listing } from './cross-role.ts';
import { builtInGlossary } from './built-in-glossary.ts';
import { Glossary, type GlossaryEntry } from './glossary.ts';
import { inputTooLong, INPUT_LIMITS, type InputKind } from './input-limits.ts';
import { moveAnswer } from './move/move-checklist.ts';
import { followUpQuery, INTENT_PRECEDENCE, lastQueryOf, readFilters, readQuery, withoutLast, type ListScope, type Query, type QueryReader } from './query.ts';
import { readQuestion, type ReadQuestion } from './question.ts';
import { roleAnswer, searchAnswer } from './role-answers.ts';
import { clarifyAnswer, glossaryAnswer, glossaryAnswerMany, helpAnswer, notFoundAnswer, notMentionedAnswer, unknownTermAnswer } from './simple-answers.ts';
import { summaryAnswer } from './summary.ts';
import { NO_FOCUS, type Focus, type TopicKey } from './topics/fact-builders.ts';
import { TOPIC_KEYS } from './topics/registry.ts';
import { EMPTY_CONTEXT, roleRef, type Answer, type Answerer, type ConversationContext, type Intent, type LastQuery } from './types.ts';

export interface AssistantOptions {
  profiles: RoleProfile[];
  glossary?: GlossaryEntry[];
  /** Tried first, in order; the first non-null answer wins (e.g. vacancies). */
  answerers?: Answerer[];
  /** The catalogue and index of these profiles when already built (the start-up snapshot); else built here. */
  catalogue?: Catalogue;
  index?: RoleIndex;
}

const MAX_COMPARED = 3;
/** Roles read line by line for a question across roles; more would cost seconds at 10,000 roles. */
const MAX_ROLES_READ = 200;
/** Profiles prepare() files in the focus-word index a call: a few milliseconds, so requests wait for no slice. */
const FOCUS_BUILD_SLICE = 50;

/** A word that names a kind of role ("warden", "sergeant"): a question holding one is about that role. */
function namesRoleKind(word: string): boolean {
  return ROLE_HEAD_NOUNS.has(word) || word in RANK_WORDS;
}

/** The words of a question that name its subject: all but the roles and forces it names. */
function subjectWords(question: ReadQuestion): QuestionSubject {
  const named = new Set(question.mentions.flatMap((mention) => mention.positions));
  const forces = new Set(question.forceWords.map((token) => token.pos));
  const tokens = question.tokens.filter((token) => !named.has(token.pos) && !forces.has(token.pos));
  return { words: tokens.map((token) => token.text), acronyms: new Set(tokens.filter((token) => token.upper).map((token) => token.text)) };
}

/** What was asked, for a label: the subject's naming words ("bank holidays"), framing words only if none. */
function subjectLabel(subject: QuestionSubject): string {
  const concepts = readConcepts(subject.words);
  const naming = concepts.filter((concept) => concept.weight === 1);
  return (naming.length > 0 ? naming : concepts).map((concept) => concept.label).join(' ');
}

function mentionWords(question: ReadQuestion, mention: RoleMention): string {
  return mention.positions.map((pos) => question.words[pos] ?? '').join(' ');
}

function isTopicKey(value: string): value is TopicKey {
  return (TOPIC_KEYS as string[]).includes(value);
}

/**
 * @param options the profiles, the glossary and extra answerers. A bare array of profiles is accepted too
 * (callers that have nothing else to pass).
 */
export function createAssistant(options: AssistantOptions | RoleProfile[]): Assistant {
  if (Array.isArray(options)) return createAssistant({ profiles: options });
  const catalogue = options.catalogue ?? new Catalogue(options.profiles);
  const index = options.index ?? new RoleIndex(options.profiles);
  // A data folder without a glossary of its own (or an empty one) still gets the shipped definitions.
  const glossary = new Glossary(options.glossary && options.glossary.length > 0 ? options.glossary : builtInGlossary());
  const answerers = options.answerers ?? [];

  const reader: QueryReader = { catalogue, glossary, lookup: (id) => catalogue.get(id) };

  // Weak words ("police", "officer") would match nearly every role: the nearest roles come from the rest.
  const suggestionsFor = (text: string) =>
    index
      .nearestTitles(words(text).filter((word) => !WEAK_ROLE_WORDS.has(word)).join(' '), 3)
      .map((hit) => catalogue.get(hit.id))
      .filter((profile): profile is RoleProfile => profile !== undefined)
      .map(roleRef);

  // Not built at start-up (most processes answer about one role at a time): a slice at a time by prepare()
  // while the transport is idle, or whatever is left of it at the first listing by focus words.
  let focusIndex: FocusCandidates | null = null;
  let focusBuild: FocusCandidatesBuild | null = null;
  const buildFocus = (count: number): FocusCandidates | null => {
    if (focusIndex) return focusIndex;
    focusBuild ??= new FocusCandidatesBuild(catalogue.sortedProfiles(), (id) => catalogue.get(id));
    if (!focusBuild.step(count)) return null;
    focusIndex = focusBuild.index;
    focusBuild = null;
    return focusIndex;
  };
  const focusCandidates = (): FocusCandidates => {
    // One step with no limit files every profile left, so this returns at once.
    for (;;) {
      const built = buildFocus(Number.POSITIVE_INFINITY);
      if (built) return built;
    }
  };
  /** The index being filled (by prepare) or filled: where a profile's change goes. */
  const focusIndexNow = (): FocusCandidates | undefined => focusIndex ?? focusBuild?.index;

  /** The role's own lines answering the question's subject (none: nothing above the threshold). */
  const linesFor = (profile: RoleProfile, subject: QuestionSubject): LineHit[] => retrieveLines(index, profile, subject);

  /**
   * "what does the PCSO profile say about neighbourhood policing?" / "what does its profile say about ...?":
   * the words after "about" are the subject, never a role or a glossary term, and the role is the one named
   * before them (or the conversation's). Null when that is not the question, or the lines hold nothing: the
   * question then goes the usual way.
   */
  function aboutInDocument(question: ReadQuestion, context: ConversationContext): Answer | null {
    const about = question.words.indexOf('about');
    const before = question.mentions.filter((mention) => mention.positions.every((pos) => pos < about));
    const named = before.length === 1 ? before[0]?.role : null;
    const profile = named ?? (before.length === 0 && context.roleIds.length === 1 ? catalogue.get(context.roleIds[0] ?? '') : undefined);
    if (!profile) return null;
    const subject: QuestionSubject = {
      words: question.tokens.filter((token) => token.pos > about).map((token) => token.text),
      acronyms: new Set(question.tokens.filter((token) => token.pos > about && token.upper).map((token) => token.text)),
    };
    const hits = linesFor(profile, subject);
    return hits.length > 0 ? documentAnswer(question.text, profile, hits, subjectLabel(subject)) : null;
  }

  /** Lines the list search missed, quoted after its facts ("posted to" is no "minimum posting"). */
  function withLines(answer: Answer, profile: RoleProfile, hits: readonly LineHit[], subject: QuestionSubject): Answer {
    if (answer.kind !== 'answer') return answer;
    const cited = new Set(answer.citations.map((citation) => citation.line));
    const fresh = hits.filter((hit) => !cited.has(hit.line));
    if (fresh.length === 0) return answer;
    const fact = documentFact(profile, fresh, subjectLabel(subject));
    const lead = documentLead(profile, fresh);
    // The document's own lines say it: a "does not mention" from the list search would contradict them.
    const facts = [...answer.facts.filter((other) => other.status !== 'not-stated'), fact];
    return { ...answer, facts, lead, text: `${lead}\n${roleFactsText(roleRef(profile), facts)}`, citations: uniqueCitations([...answer.citations, ...fact.citations]) };
  }

  /**
   * "which roles mention the Welsh language?": the roles whose own lines say it, merged into a listing.
   * The listing from profile fields is made only when it is needed: when the question asks what documents
   * say and their lines answer it, reading every role's lists for the same words would be thrown away
   * (over thousands of roles that was most of the time of such a question).
   */
  function withDocumentLines(listingOf: () => Listing, query: Query, fits: ((profile: RoleProfile) => boolean) | null): Listing {
    const question = query.read;
    const asksDocument = query.cues.has('document');
    // A topic the profiles hold as a field ("which roles need NPPV3?") is answered from that field only.
    const listing = asksDocument ? null : listingOf();
    if (listing && (listing.items.length > 0 || question.topics.length > 0)) return listing;
    const subject = subjectWords(question);
    const lookup = (id: string): RoleProfile | undefined => {
      const profile = catalogue.get(id);
      return profile && (!fits || fits(profile)) ? profile : undefined;
    };
    const { found, candidates } = rolesWithLines(index, lookup, subject, MAX_ROLES_READ);
    if (found.length === 0) return listing ?? listingOf();
    // "Which roles mention ...?" asks what documents say: the roles whose lines say it, each line quoted.
    return documentListing(found, subjectLabel(subject), candidates > MAX_ROLES_READ);
  }

  /** "nvq" as the glossary spells it out ("national vocational qualification"), for matching documents. */
  function spelledOut(focusWords: readonly string[]): Focus[] {
    const out: Focus[] = [];
    for (const word of focusWords) {
      const entry = glossary.lookup(word);
      if (!entry) continue;
      for (const alias of entry.aliases) {
        const aliasWords = words(alias).filter((w) => w.length > 2 && !['of', 'and', 'the', 'level'].includes(w));
        if (aliasWords.length > 0) out.push({ words: aliasWords });
      }
    }
    return out;
  }

  function result(answer: Answer, context: ConversationContext, topics?: readonly string[]): AskResult {
    if (answer.roles.length === 0) return { answer, context: withoutLast(context) };
    const next: ConversationContext = { roleIds: answer.roles.map((role) => role.id) };
    const kept = topics ?? context.topics;
    if (kept && kept.length > 0) next.topics = [...kept];
    next.history = [...new Set([...next.roleIds, ...(context.history ?? context.roleIds)])].slice(0, MAX_COMPARED);
    return { answer, context: next };
  }

  /** A checklist remembers the role moved from, so "and for the DC post?" moves from it again. */
  function moveResult(answer: Answer, from: RoleProfile, context: ConversationContext): AskResult {
    const next = result(answer, context, []);
    return { answer, context: { ...next.context, moveFromId: from.id } };
  }

  function needsFromAnswer(questionText: string, to: RoleProfile): Answer {
    const text = `Which role are you moving from? Say "I'm a <your role>, what would I need for the ${to.title} post?", or save your role with "set my role <your role>" and ask again.`;
    return { kind: 'help', question: questionText, roles: [], text, lead: text, citations: [], examples: [`set my role <your role>`, `how do I get from <your role> to ${to.title}?`] };
  }

  /**
   * "the sussex call handler" when the only call handler is another force's: say we do not hold it,
   * rather than answer about a different force's role. Each force word belongs to the nearest mention.
   */
  function forceMismatch(question: ReadQuestion): Answer | null {
    for (const force of question.forceWords) {
      let nearest: RoleMention | undefined;
      let distance = Infinity;
      for (const mention of question.mentions) {
        for (const pos of mention.positions) {
          const d = Math.abs(pos - force.pos);
          if (d < distance) {
            distance = d;
            nearest = mention;
          }
        }
      }
      if (!nearest) continue;
      const roles = nearest.role ? [nearest.role] : nearest.candidates;
      const known = roles.filter((role) => role.organisation);
      if (known.length === 0) continue;
      if (known.some((role) => catalogue.entry(role.id)?.organisationWords.includes(force.text))) continue;
      const asked = `${force.text} ${mentionWords(question, nearest)}`;
      return notFoundAnswer(question.text, asked, known.slice(0, 3).map(roleRef));
    }
    return null;
  }

  function unknownMention(question: ReadQuestion): Answer | null {
    const unknown = question.mentions.find((mention) => mention.unknown)?.unknown;
    return unknown ? notFoundAnswer(question.text, unknown.words, unknown.nearest.map(roleRef)) : null;
  }

  function compareProfiles(questionText: string, profiles: RoleProfile[], topics: readonly TopicKey[]): Answer {
    const unique = [...new Map(profiles.map((profile) => [profile.id, profile])).values()].slice(0, MAX_COMPARED);
    return compareAnswer(questionText, unique, topics);
  }

  function contextProfiles(context: ConversationContext): RoleProfile[] {
    return context.roleIds
      .map((id) => catalogue.get(id))
      .filter((profile): profile is RoleProfile => profile !== undefined)
      .slice(0, MAX_COMPARED);
  }

  /** After a clarifying question the candidates are the roles in play (three at most), with the topics asked. */
  function clarifyContext(context: ConversationContext, candidates: readonly RoleProfile[], topics: readonly string[]): ConversationContext {
    const next: ConversationContext = candidates.length <= MAX_COMPARED ? { roleIds: candidates.map((candidate) => candidate.id) } : { ...context };
    next.topics = [...topics];
    return next;
  }

  function pickByForce(question: ReadQuestion, context: ConversationContext): RoleProfile | null {
    if (question.forceWords.length === 0 || context.roleIds.length === 0) return null;
    const forceTexts = question.forceWords.map((token) => token.text);
    const matching = context.roleIds.filter((id) => catalogue.entry(id)?.organisationWords.some((word) => forceTexts.includes(word)));
    if (matching.length === 1 && matching[0]) return catalogue.get(matching[0]) ?? null;
    if (matching.length > 0 || question.topics.length > 0 || question.focus.words.length > 0) return null;
    // "what about hertfordshire?" after the South Wales PCSO: the same role at that force, if we hold it.
    const current = catalogue.get(context.roleIds[0] ?? '');
    if (!current) return null;
    const title = current.title.replace(/\s*\([^)]*\)\s*$/, '');
    const [mention] = readQuestion(`${forceTexts.join(' ')} ${title}`, catalogue, { topics: false }).mentions;
    const role = mention?.role;
    return role && role.id !== current.id && catalogue.entry(role.id)?.organisationWords.some((word) => forceTexts.includes(word)) ? role : null;
  }

  /** The one role of the conversation's history that is not among the roles just answered, or null. */
  function otherRole(context: ConversationContext): RoleProfile | null {
    const others = (context.history ?? []).filter((id) => !context.roleIds.includes(id));
    return others.length === 1 ? (catalogue.get(others[0] ?? '') ?? null) : null;
  }

  function isFollowUp(query: Query): boolean {
    const question = query.read;
    if (query.cues.has('follow-up')) return true;
    // "do I need to ride a bike?": the asker speaks of doing the job in hand, unless they name another role.
    if (query.cues.has('asker') && !question.focus.words.some(namesRoleKind)) return true;
    // "shifts?" follows on; "vetting for a traffic warden?" names a role we do not hold.
    return question.topics.length > 0 && question.focus.words.length === 0;
  }

  /**
   * Text over its limit is refused before any reading: the transports check first and say so in their own
   * way; this keeps the core bounded whoever calls it.
   */
  function refusal(kind: InputKind, text: string): Answer | null {
    const error = inputTooLong(kind, text);
    return error ? helpAnswer(`${text.slice(0, INPUT_LIMITS[kind])}…`, catalogue.roles(), error.toUserText()) : null;
  }

  /** The subject words of the last question when no topic held it ("ride a bike"), or null. */
  function lastSubject(last: LastQuery | undefined): string[] | null {
    if (!last || last.term !== undefined || last.intent === 'list' || last.intent === 'count') return null;
    const before = readQuestion(last.words.join(' '), catalogue);
    return before.topics.length === 0 && before.focus.words.length > 0 ? before.focus.words : null;
  }

  /** The question asked before, about the role a clarification button picked. */
  function answerPick(query: Query, context: ConversationContext): AskResult | null {
    const picked = query.picked;
    if (!picked) return null;
    const previousTopics = (context.topics ?? []).filter(isTopicKey);
    const answer = previousTopics.length > 0 ? roleAnswer(query.text, [picked], previousTopics, NO_FOCUS) : summaryAnswer(query.text, picked);
    return result(answer, context, previousTopics);
  }

  function answerThanks(query: Query, context: ConversationContext): AskResult {
    const text = "You're welcome. Ask me about any role's requirements, hours, vetting, driving, skills or training.";
    return { answer: { kind: 'help', question: query.text, roles: [], text, citations: [], examples: [] }, context };
  }

  function answerDefinition(query: Query, context: ConversationContext): AskResult | null {
    const definition = query.definition;
    if (!definition) return null;
    if (definition.kind === 'many') return { answer: glossaryAnswerMany(query.text, definition.terms), context };
    if (definition.kind === 'unknown') return { answer: unknownTermAnswer(query.text, definition.term), context };
    // One term defined is the subject a follow-up may lean on ("which role needs it?").
    return { answer: glossaryAnswer(query.text, definition.entry), context: { ...context, last: lastQueryOf(query, definition.entry.term) } };
  }

  function answerNotHeld(query: Query, context: ConversationContext): AskResult | null {
    const answer = forceMismatch(query.read) ?? unknownMention(query.read);
    return answer ? { answer, context } : null;
  }

  function answerMove(query: Query, context: ConversationContext): AskResult | null {
    const move = query.move;
    if (move?.kind === 'move') return moveResult(moveAnswer(query.text, move.from, move.to), move.from, context);
    if (move?.kind === 'needs-from') return { answer: needsFromAnswer(query.text, move.to), context };
    if (move?.kind === 'unknown-to') return { answer: notFoundAnswer(query.text, move.words, suggestionsFor(move.words).filter((role) => role.id !== move.from.id)), context };
    return null;
  }

  /** Whether a role is within a list's scope: its force, officer or staff, its rank. */
  function inScope(scope: ListScope): ((profile: RoleProfile) => boolean) | null {
    if (scope.forces.length === 0 && scope.staffType === null && scope.rank === null) return null;
    return (profile) =>
      (scope.forces.length === 0 || (catalogue.entry(profile.id)?.organisationWords.some((word) => scope.forces.includes(word)) ?? false)) &&
      (scope.staffType === null || profile.staffType === scope.staffType) &&
      (scope.rank === null || words(`${profile.rank ?? ''} ${profile.title}`).some((word) => RANK_WORDS[word] === scope.rank));
  }

  function scopeLabel(scope: ListScope): string {
    const kind = scope.rank ?? (scope.staffType === 'staff' ? 'police staff' : scope.staffType === 'officer' ? 'police officer' : '');
    const force = scope.forces.map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`).join(' ');
    return `only ${[force, kind].filter((part) => part.length > 0).join(' ')} roles`;
  }

  function answerList(query: Query, context: ConversationContext): AskResult {
    const request = { ...query.read, filters: query.filters };
    const fits = inScope(query.scope);
    const profiles = fits ? () => catalogue.sortedProfiles().filter(fits) : () => catalogue.sortedProfiles();
    let listing = withDocumentLines(() => crossRoleListing(profiles, request, (focus) => focusCandidates().roleIds(focus)), query, fits);
    const label = scopeLabel(query.scope);
    // "Police staff roles" needs no "(only police staff roles)".
    if (fits && !listing.title.toLowerCase().includes(label.replace(/^only /, '').toLowerCase())) listing = { ...listing, title: `${listing.title} (${label})` };
    return { answer: listAnswer(query.text, listing, query.intent === 'count'), context: { ...context, last: lastQueryOf(query) } };
  }

  /**
   * A question about one or more roles: the roles named, or the conversation's when it follows on; a name
   * that fits several is asked about; then the comparison, the summary, the role's lines or its facts.
   */
  function answerAboutRoles(query: Query, context: ConversationContext): AskResult {
    const question = query.read;
    const questionText = query.text;
    const resolved = [...query.roles.asked];
    const ambiguous = query.roles.ambiguous;
    const wantsCompare = query.cues.has('compare');

    if (ambiguous) {
      const inContext = ambiguous.candidates.filter((candidate) => context.roleIds.includes(candidate.id));
      const acrossAll = query.cues.has('across') && question.topics.length > 0 && ambiguous.candidates.length <= MAX_COMPARED;
      if (inContext.length === 1 && inContext[0]) {
        resolved.push(inContext[0]);
      } else if (acrossAll) {
        // "which PCSO needs a licence?" / "do both PCSOs work nights?": each of them, side by side.
        resolved.push(...ambiguous.candidates);
      } else {
        return { answer: clarifyAnswer(questionText, ambiguous.candidates, mentionWords(question, ambiguous)), context: clarifyContext(context, ambiguous.candidates, question.topics) };
      }
    }

    let roles = resolved;
    let topics = query.concepts;
    // "the south wales one" after "which PCSO do you mean?": the candidate of that force.
    const byForce = roles.length === 0 && !ambiguous ? pickByForce(question, context) : null;
    if (byForce) {
      roles = [byForce];
      if (topics.length === 0) topics = (context.topics ?? []).filter(isTopicKey);
    } else if (roles.length === 0 && !ambiguous && question.forceWords.length > 0 && topics.length === 0 && question.focus.words.length === 0) {
      // "what about kent?" and we hold no such role at Kent: say so, never the role of the last force.
      const current = contextProfiles(context)[0];
      if (current) {
        const asked = `${question.forceWords.map((token) => token.text).join(' ')} ${current.title}`;
        return { answer: notFoundAnswer(questionText, asked, [roleRef(current)]), context };
      }
    }
    // "and the other one?": the role of the conversation before the one just answered.
    const other = roles.length === 0 && !ambiguous && query.cues.has('other-role') ? otherRole(context) : null;
    if (other) {
      roles = [other];
      if (topics.length === 0 && question.focus.words.length === 0) topics = (context.topics ?? []).filter(isTopicKey);
    }
    let carriedLevel: Query['filters']['level'] = null;
    if (roles.length === 0) {
      const previous = contextProfiles(context);
      if (previous.length > 0 && isFollowUp(query)) {
        roles = previous;
        // "how long is it?" after the PCSO's training: the same topic, asked further.
        if (topics.length === 0 && question.focus.words.length === 0 && !question.wantsSummary && query.cues.has('pronoun')) {
          topics = (context.topics ?? []).filter(isTopicKey);
        }
      } else {
        const rank = rankCandidates(catalogue, question.tokens);
        if (rank.length > 1) return { answer: clarifyAnswer(questionText, rank), context: clarifyContext(context, rank, topics) };
        if (rank.length === 1 && rank[0]) roles = [rank[0]];
      }
    } else if (topics.length === 0 && !question.wantsSummary && !wantsCompare && question.focus.words.length === 0) {
      // "and the PCSO?": the same question as before, about another role.
      const previousTopics = (context.topics ?? []).filter(isTopicKey);
      if (previousTopics.length > 0 && context.roleIds.length > 0) {
        topics = previousTopics;
        // "what about the cpt pc?" after "what skills does the mosovo pc need at level 4?": at level 4 too.
        carriedLevel = query.previous ? readFilters(query.previous.words).level : null;
      }
    }

    if (wantsCompare && roles.length === 1 && resolved.length === 1 && question.focus.words.length > 0) {
      // "compare the DC and the traffic warden": one of the two is not a role we hold.
      const asked = question.focus.words.join(' ');
      return { answer: notFoundAnswer(questionText, asked, suggestionsFor(asked)), context };
    }
    if (wantsCompare) {
      // "compare it with the PC" / "compare the two": the roles of the conversation so far.
      const earlier = [...context.roleIds, ...(context.history ?? [])]
        .map((id) => catalogue.get(id))
        .filter((profile): profile is RoleProfile => profile !== undefined);
      const withContext = roles.length <= 1 ? [...new Map([...roles, ...earlier].map((p) => [p.id, p])).values()].slice(0, roles.length === 0 ? 2 : MAX_COMPARED) : roles;
      if (withContext.length >= 2) return result(compareProfiles(questionText, withContext, topics), context, topics);
    }

    if (roles.length === 0) {
      const roleLike = question.topics.length > 0 || question.wantsSummary || wantsCompare;
      if (!roleLike) return { answer: helpAnswer(questionText, catalogue.roles()), context };
      const asked = question.focus.words.join(' ');
      return { answer: notFoundAnswer(questionText, asked, suggestionsFor(asked || questionText)), context };
    }

    // "what about south wales?" after "does a herts pcso have to ride a bike?": the last question's subject, which
    // no topic holds, asked of the role now named.
    const carried = topics.length === 0 && question.focus.words.length === 0 && !question.wantsSummary && !wantsCompare && query.cues.has('follow-up') ? lastSubject(query.previous) : null;
    const focus = carried ? { words: carried } : question.focus;
    const subject = carried ? { words: carried, acronyms: new Set<string>() } : subjectWords(question);
    if (roles.length === 1 && roles[0] && !wantsCompare && query.cues.has('document')) {
      // "what does the PCSO profile say about bank holidays?": the document's own lines are the answer.
      const hits = linesFor(roles[0], subject);
      if (hits.length > 0) return result(documentAnswer(questionText, roles[0], hits, subjectLabel(subject)), context, []);
    }
    if (topics.length === 0) {
      if (roles.length >= 2) return result(compareProfiles(questionText, roles, []), context, []);
      const only = roles[0] as RoleProfile;
      if (!question.wantsSummary && focus.words.length > 0) {
        const searched = searchAnswer(questionText, only, focus);
        // No field holds it: the role's own lines, before anything is called not stated.
        const hits = linesFor(only, subject);
        if (searched) return result(withLines(searched, only, hits, subject), context, []);
        if (hits.length > 0) return result(documentAnswer(questionText, only, hits, subjectLabel(subject)), context, []);
        const named = focus.words.filter((word) => word.length >= 4 && !/^\d+$/.test(word));
        if (named.length > 0) return result(notMentionedAnswer(questionText, only, named.join(' ')), context, []);
      }
      return result(summaryAnswer(questionText, only), context, []);
    }
    const alternatives = spelledOut(question.focus.words);
    const retrieve = (profile: RoleProfile) => ({ hits: linesFor(profile, subject), subject: subjectLabel(subject) });
    // "at level 4" narrows the skills and behaviours; its words are no subject of their own.
    const level = query.filters.level ?? carriedLevel;
    const levelled = level ? { words: question.focus.words.filter((word) => word !== 'level' && !/^\d$/.test(word)), level } : question.focus;
    return result(roleAnswer(questionText, roles, topics, levelled, { text: questionText, words: question.words, alternatives, retrieve }), context, topics);
  }

  /** How each intent is answered; null when the answer has nothing to say and the next row is tried. */
  const ANSWER: Readonly<Record<Intent, (query: Query, context: ConversationContext) => AskResult | null>> = {
    pick: answerPick,
    empty: (query, context) => ({ answer: helpAnswer(query.text, catalogue.roles()), context }),
    document: (query, context) => {
      const answer = aboutInDocument(query.read, context);
      return answer ? result(answer, context, []) : null;
    },
    thanks: answerThanks,
    help: (query, context) => ({ answer: helpAnswer(query.text, catalogue.roles()), context }),
    define: answerDefinition,
    'not-held': answerNotHeld,
    move: answerMove,
    count: answerList,
    list: answerList,
    compare: answerAboutRoles,
    summary: answerAboutRoles,
    'yes-no': answerAboutRoles,
    fact: answerAboutRoles,
  };

  function ask(questionText: string, context: ConversationContext = EMPTY_CONTEXT): AskResult {
    const refused = refusal('question', questionText);
    if (refused) return { answer: refused, context };
    for (const answerer of answerers) {
      const answer = answerer(questionText, context);
      if (answer) return result(answer, context);
    }
    // The last Query's slots live for one turn: a follow-up takes what it changes, then they are gone.
    const turn = withoutLast(context);
    const read = followUpQuery(questionText, reader, context) ?? readQuery(questionText, reader, turn);
    // The last question stays readable for the one turn, for a subject no slot holds ("ride a bike").
    const query: Query = context.last ? { ...read, previous: context.last } : read;
    // The rows that hold, in precedence order: the first whose answer has something to say answers.
    for (const row of INTENT_PRECEDENCE) {
      if (!row.when(query)) continue;
      // The row that answers is the question's intent ("how many kent roles ..." counts even though a force
      // word made the not-held row hold first).
      const answered = ANSWER[row.intent]({ ...query, intent: row.intent }, turn);
      if (!answered) continue;
      // A role's answer keeps its question for one turn, for "what about level 3?" or "and the PCSO?".
      if (answered.context.last === undefined && answered.answer.roles.length > 0 && answered.context.roleIds.length > 0) {
        return { ...answered, context: { ...answered.context, last: lastQueryOf({ ...query, intent: row.intent }) } };
      }
      return answered;
    }
    return answerAboutRoles(query, turn);
  }

  function resolveQuery(roleQuery: string): { profile: RoleProfile } | { answer: Answer } {
    const byId = catalogue.get(roleQuery.trim());
    if (byId) return { profile: byId };
    // A role query is all name: read without topics, so "control room supervisor" is not "supervisor?".
    const question = readQuestion(roleQuery, catalogue, { topics: false });
    const [mention] = question.mentions;
    if (mention?.unknown) return { answer: notFoundAnswer(roleQuery, mention.unknown.words, mention.unknown.nearest.map(roleRef)) };
    const elsewhere = forceMismatch(question);
    if (elsewhere) return { answer: elsewhere };
    if (mention?.role) return { profile: mention.role };
    if (mention) return { answer: clarifyAnswer(roleQuery, mention.candidates, mentionWords(question, mention)) };
    const rank = rankCandidates(catalogue, question.tokens);
    if (rank.length === 1 && rank[0]) return { profile: rank[0] };
    if (rank.length > 1) return { answer: clarifyAnswer(roleQuery, rank) };
    return { answer: notFoundAnswer(roleQuery, roleQuery.trim(), suggestionsFor(roleQuery)) };
  }

  return {
    ask,
    move(fromQuery, toQuery) {
      for (const query of [fromQuery, toQuery]) {
        const refused = refusal('question', query);
        if (refused) return refused;
      }
      const from = resolveQuery(fromQuery);
      if ('answer' in from) return from.answer;
      const to = resolveQuery(toQuery);
      if ('answer' in to) return to.answer;
      if (from.profile.id === to.profile.id) {
        return helpAnswer(`${fromQuery} to ${toQuery}`, catalogue.roles(), `Those names both point to ${to.profile.title}: name the role you are moving from and a different one to move to.`);
      }
      return moveAnswer(`${fromQuery} to ${toQuery}`, from.profile, to.profile);
    },
    summary(roleQuery) {
      const refused = refusal('question', roleQuery);
      if (refused) return refused;
      const found = resolveQuery(roleQuery);
      return 'profile' in found ? summaryAnswer(roleQuery, found.profile) : found.answer;
    },
    compare(roleQueries) {
      const label = roleQueries.join(' vs ');
      for (const query of roleQueries) {
        const refused = refusal('question', query);
        if (refused) return refused;
      }
      if (roleQueries.length < 2) {
        return helpAnswer(label, catalogue.roles(), 'Name two or three roles to compare, for example "Contact Handler vs PCSO".');
      }
      const profiles: RoleProfile[] = [];
      for (const query of roleQueries.slice(0, MAX_COMPARED)) {
        const found = resolveQuery(query);
        if ('answer' in found) return found.answer;
        profiles.push(found.profile);
      }
      const unique = [...new Map(profiles.map((profile) => [profile.id, profile])).values()];
      if (unique.length < 2) {
        return helpAnswer(label, catalogue.roles(), `Those names all point to ${unique[0]?.title ?? 'one role'}: name two different roles to compare.`);
      }
      return compareAnswer(label, unique, []);
    },
    roles: () => catalogue.roles(),
    profile: (id) => catalogue.get(id),
    upsert(profile) {
      catalogue.upsert(profile);
      index.upsert(profile);
      focusIndexNow()?.upsert(profile);
    },
    remove(id) {
      index.remove(id);
      focusIndexNow()?.remove(id);
      return catalogue.remove(id);
    },
    prepare: () => buildFocus(FOCUS_BUILD_SLICE) === null,
  };
}
