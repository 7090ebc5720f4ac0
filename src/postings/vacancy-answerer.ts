/**
 * The vacancy answerer: "what vacancies are open?", "any PCSO postings?", "when does the DC posting close?",
 * "are there any jobs going?". It reads only postings and the profiles they name; every item cites the
 * posting (and the role profile's title line where the profile has one). Questions that are not about
 * vacancies get null, so the role answerer takes them.
 */
import type { Answer, Answerer, ConversationContext, RoleRef } from '../answer/types.ts';
import { Catalogue } from '../catalogue/index.ts';
import type { RoleProfile } from '../profile/role-profile.ts';
import { DEFAULT_TIME_ZONE } from './calendar.ts';
import type { Posting } from './posting.ts';
import { isAnnounced, isOpen } from './posting-lifecycle.ts';
import { postingRoleProfile, rolesNamed, type RoleNaming } from './roles-named.ts';
import { listAnswer, noneFor, refOf, topicAnswer } from './vacancy-answers.ts';
import { CONTEXT_TOPIC, isVacancyQuestion, leftoverWords, topicOf, vacancyText } from './vacancy-question.ts';

export { isVacancyQuestion } from './vacancy-question.ts';
export { postingCitations } from './vacancy-answers.ts';

export interface VacancyAnswererDeps {
  /** Every posting (open or not); read on each question so new postings count at once. */
  postings: () => readonly Posting[];
  profile: (roleId: string) => RoleProfile | undefined;
  /** Every role the bot knows, so "any PCSO postings?" can say there is none rather than list others. */
  roles?: () => readonly RoleRef[];
  /**
   * The assistant's catalogue (every role it holds, kept current): roles are found in a question by the same
   * resolver the question reader uses. Without it, one is built from `roles` and `profile`.
   */
  catalogue?: () => Catalogue;
  now?: () => Date;
  timeZone?: string;
}

export function createVacancyAnswerer(deps: VacancyAnswererDeps): Answerer {
  const timeZone = deps.timeZone ?? DEFAULT_TIME_ZONE;
  const naming = roleNaming(deps);
  return (question: string, context: ConversationContext): Answer | null => {
    const text = vacancyText(question);
    const now = deps.now?.() ?? new Date();
    // A posting whose announcement has not gone out (or failed) is not a vacancy staff can hear of.
    const all = deps.postings().filter(isAnnounced);
    const asksAboutVacancies = isVacancyQuestion(question);
    const contextRoleWithPosting = context.roleIds.find((id) => all.some((p) => p.roleId === id));
    if (!asksAboutVacancies && !(contextRoleWithPosting && CONTEXT_TOPIC.test(text))) return null;

    let named = rolesNamed(question, naming(all));
    if (named.length === 0 && contextRoleWithPosting && /\b(?:it|this|that|the (?:post|posting|vacancy|role))\b/.test(text)) {
      const posting = all.find((p) => p.roleId === contextRoleWithPosting);
      if (posting) named = [refOf(posting, deps)];
    }
    const namedIds = new Set(named.map((r) => r.id));
    const open = all.filter((p) => isOpen(p, now, timeZone));
    const topic = topicOf(text);

    let selected: Posting[];
    let scope: string | null = null;
    if (named.length > 0) {
      selected = open.filter((p) => namedIds.has(p.roleId));
      scope = named.map((r) => r.title).join(' or ');
    } else {
      const byPlace = postingsAt(question, open);
      const unmatched = leftoverWords(question);
      if (byPlace.postings.length > 0) {
        selected = byPlace.postings;
        scope = byPlace.words.join(' ');
      } else if (unmatched.length > 0 && /\b(?:for|as|in|any|the)\b/.test(text)) {
        // The person asked for something specific ("any dog handler postings?") that no role or place matches.
        return noneFor(question, unmatched.join(' '), open, [], deps, now, timeZone);
      } else {
        selected = open;
      }
    }

    if (topic !== 'list') {
      const targets = selected.length > 0 ? selected : latestPerRole(all.filter((p) => namedIds.has(p.roleId)));
      if (targets.length > 0) return topicAnswer(question, topic, targets, deps, now, timeZone);
    }
    if (selected.length === 0 && scope !== null) {
      const past = latestPerRole(all.filter((p) => namedIds.has(p.roleId)));
      return noneFor(question, scope, open, past, deps, now, timeZone);
    }
    return listAnswer(question, selected, scope, deps);
  };
}

/**
 * Where the roles of a question are looked up, for the postings of the moment: the assistant's catalogue, or
 * one built from the caller's roles and profiles (rebuilt only when its role list changes); and the roles the
 * postings name that it does not hold (a profile removed after its posting), by their posting's title.
 */
const NO_ROLES: readonly RoleRef[] = [];

function roleNaming(deps: VacancyAnswererDeps): (postings: readonly Posting[]) => RoleNaming {
  let built: { roles: readonly RoleRef[]; catalogue: Catalogue } | null = null;
  const ownCatalogue = (): Catalogue => {
    const roles = deps.roles?.() ?? NO_ROLES;
    if (built?.roles !== roles) {
      const profiles = roles.flatMap((role) => deps.profile(role.id) ?? []);
      built = { roles, catalogue: new Catalogue(profiles) };
    }
    return built.catalogue;
  };
  return (postings) => {
    const catalogue = deps.catalogue?.() ?? ownCatalogue();
    const others = new Map<string, RoleProfile>();
    const roles = deps.catalogue ? NO_ROLES : (deps.roles?.() ?? NO_ROLES);
    for (const role of [...roles, ...postings.map((p) => refOf(p, deps))]) {
      if (catalogue.get(role.id) || others.has(role.id)) continue;
      others.set(role.id, deps.profile(role.id) ?? postingRoleProfile(role));
    }
    return { catalogue, others: [...others.values()] };
  };
}

/** Postings whose location or team the question names ("any vacancies in Maidstone?"). */
function postingsAt(question: string, open: readonly Posting[]): { postings: Posting[]; words: string[] } {
  const asked = leftoverWords(question).filter((w) => w.length >= 3);
  if (asked.length === 0) return { postings: [], words: [] };
  const postings = open.filter((p) => {
    const place = vacancyText(p.details.locationOrTeam);
    return asked.some((w) => place.includes(` ${w} `));
  });
  return { postings, words: asked };
}

function latestPerRole(postings: readonly Posting[]): Posting[] {
  const latest = new Map<string, Posting>();
  for (const p of postings) {
    const seen = latest.get(p.roleId);
    if (!seen || seen.postedAt < p.postedAt) latest.set(p.roleId, p);
  }
  return [...latest.values()];
}

/**
 * The vacancy answerer for a posting store, reading profiles and roles from the assistant it is given to
 * (which exists only after the answerer is built, hence the getter):
 *
 *   let assistant: Assistant;
 *   assistant = createAssistant({ profiles, answerers: [vacancyAnswerer(postings, () => assistant)] });
 */
export function vacancyAnswerer(
  postings: { list(): readonly Posting[] },
  assistant: () => { profile(id: string): RoleProfile | undefined; roles(): RoleRef[] } | undefined,
  options: { now?: () => Date; timeZone?: string } = {},
): Answerer {
  return createVacancyAnswerer({
    postings: () => postings.list(),
    profile: (id) => assistant()?.profile(id),
    roles: () => assistant()?.roles() ?? [],
    ...options,
  });
}
