/**
 * Officer or staff, and rank or grade. Moving between a police officer post and a police staff post is a
 * change of employment (an officer holds an office under the Crown; staff are employees), so it is a line
 * of its own, with the target document's entry routes where it states them.
 */
import { rankRung } from '../../vocabulary/requirement-subjects.ts';
import { citeScalar } from '../citations.ts';
import type { MoveLine } from '../types.ts';
import { citeAll, moveLine, type MovePair } from './move-line.ts';

const KIND = { officer: 'a police officer post', staff: 'a police staff post' } as const;

/**
 * The routes in the target document names: its entry routes as read at ingest, else criteria it files under
 * entry routes or eligibility.
 */
function entryRoutes(pair: MovePair): { text: string; field: string; evidence: { line: number; quote: string }[] }[] {
  if (pair.to.entryRoutes.length > 0) return pair.to.entryRoutes.map((route) => ({ text: route.name, field: 'entryRoutes', evidence: route.evidence }));
  return pair.to.essentialCriteria
    .filter((criterion) => /\b(?:entry|route|eligib|joining)\w*/i.test(criterion.category ?? ''))
    .map((criterion) => ({ text: criterion.text, field: 'essentialCriteria', evidence: criterion.evidence }));
}

export function employmentLine({ from, to }: MovePair): MoveLine {
  const fromCites = citeScalar(from, 'staffType');
  const toCites = citeScalar(to, 'staffType');
  if (from.staffType === 'unknown' || to.staffType === 'unknown') {
    const silent = [from, to].filter((profile) => profile.staffType === 'unknown').map((profile) => `the ${profile.title} profile`);
    return moveLine('employment', 'Officer or staff', 'not-stated', `${silent.join(' and ')} ${silent.length > 1 ? 'do' : 'does'} not say whether it is an officer or a staff post, so whether this is a change of employment is not stated.`, fromCites, toCites);
  }
  if (from.staffType === to.staffType) {
    return moveLine('employment', 'Officer or staff', 'meet', `Both are ${from.staffType === 'officer' ? 'police officer' : 'police staff'} posts: no change of employment.`, fromCites, toCites);
  }
  const routes = entryRoutes({ from, to });
  const routeText = routes.length > 0
    ? ` The ${to.title} profile states: ${routes.map((route) => `"${route.text}"`).join('; ')}.`
    : ` The ${to.title} profile does not name its entry routes.`;
  const routeCites = routes.flatMap((route) => citeAll(to, route.field, route.evidence));
  return moveLine(
    'employment',
    `Change of employment: ${from.staffType} to ${to.staffType}`,
    'need',
    `${from.title} is ${KIND[from.staffType]} and ${to.title} is ${KIND[to.staffType]}: moving is a change of employment, through the ${to.staffType === 'officer' ? 'police officer' : 'police staff'} entry route.${routeText}`,
    fromCites,
    [...toCites, ...routeCites],
  );
}

export function rankGradeLine({ from, to }: MovePair): MoveLine {
  const fromCites = [...citeScalar(from, 'rank'), ...citeScalar(from, 'grade')];
  if (to.rank) {
    const toCites = citeScalar(to, 'rank');
    if (!from.rank) {
      const status = from.staffType === 'staff' ? 'need' : 'not-stated';
      const detail = from.staffType === 'staff'
        ? `${to.title} is at the rank of ${to.rank}; ${from.title} is a staff post${from.grade ? ` (grade ${from.grade})` : ''} with no police rank.`
        : `${to.title} is at the rank of ${to.rank}; the ${from.title} profile does not state a rank.`;
      return moveLine('rank', `Rank: ${to.rank}`, status, detail, fromCites, toCites);
    }
    const want = rankRung(to.rank);
    const have = rankRung(from.rank);
    if (want === null || have === null) {
      return moveLine('rank', `Rank: ${to.rank}`, from.rank.toLowerCase() === to.rank.toLowerCase() ? 'meet' : 'not-stated', `${to.title} is at the rank of ${to.rank}, ${from.title} at ${from.rank}; the two ranks could not be placed on the rank ladder.`, fromCites, toCites);
    }
    if (have >= want) {
      const same = have === want;
      return moveLine('rank', `Rank: ${to.rank}`, 'meet', same ? `Both posts are at the rank of ${to.rank === from.rank ? to.rank : `${from.rank} / ${to.rank}`}: a move within the rank.` : `${to.title} (${to.rank}) is below ${from.title}'s rank of ${from.rank}.`, fromCites, toCites);
    }
    return moveLine('rank', `Rank: ${to.rank}`, 'need', `${to.title} is at the rank of ${to.rank}, above ${from.title}'s ${from.rank}: it would take a promotion.`, fromCites, toCites);
  }
  if (to.grade) {
    const toCites = citeScalar(to, 'grade');
    if (from.grade && from.grade.toLowerCase().replace(/\s+/g, '') === to.grade.toLowerCase().replace(/\s+/g, '')) {
      return moveLine('rank', `Grade: ${to.grade}`, 'meet', `Both posts are graded ${to.grade}.`, fromCites, toCites);
    }
    const detail = from.grade
      ? `${to.title} is graded ${to.grade}, ${from.title} ${from.grade}; the profiles do not say how the two grades compare (each force has its own pay scales).`
      : `${to.title} is graded ${to.grade}; the ${from.title} profile does not state a grade${from.rank ? ` (it is at the rank of ${from.rank})` : ''}.`;
    return moveLine('rank', `Grade: ${to.grade}`, 'not-stated', detail, fromCites, toCites);
  }
  return moveLine('rank', 'Rank or grade', 'not-stated', `The ${to.title} profile does not state a rank or grade.`, fromCites, []);
}
