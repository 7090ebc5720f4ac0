/**
 * Essential criteria, health and fitness, and training: the target's lines matched against the source's
 * through the subjects of src/vocabulary/requirement-subjects.ts. Two lines are the same requirement only
 * when they state the same subject; a target line the source states nothing like is "not stated" for the
 * source (criteria) or a need (a health test or course the source's own health or training lines lack).
 */
import type { Criterion, Item, RoleProfile } from '../../profile/role-profile.ts';
import { courseLength, requirementSubjects, subjectLevel, type RequirementSubject } from '../../vocabulary/requirement-subjects.ts';
import type { Citation, MoveLine } from '../types.ts';
import { citeAll, listed, moveLine, type MovePair } from './move-line.ts';

interface SourceLine {
  text: string;
  field: string;
  item: Item | Criterion;
  subjects: Set<string>;
}

/** Everything the source profile requires, as lines with their subjects: where a match may come from. */
function sourceLines(profile: RoleProfile): SourceLine[] {
  const fields: [string, readonly (Item | Criterion)[]][] = [
    ['essentialCriteria', profile.essentialCriteria],
    ['health', profile.health],
    ['training', profile.training],
    ['conditions', profile.conditions],
  ];
  return fields.flatMap(([field, items]) =>
    items.map((item) => ({ text: item.text, field, item, subjects: new Set(requirementSubjects(item.text).map((record) => record.id)) })),
  );
}

interface Match {
  subjects: RequirementSubject[];
  matched: RequirementSubject[];
  /** Subjects the source states at a lower standard than the target: "JRFT standard 3.6 to 5.4". */
  lower: string[];
  cites: Citation[];
}

function match(from: RoleProfile, sources: readonly SourceLine[], text: string): Match {
  const subjects = requirementSubjects(text);
  const matched: RequirementSubject[] = [];
  const lower: string[] = [];
  const citedLines: SourceLine[] = [];
  for (const record of subjects) {
    const stating = sources.filter((line) => line.subjects.has(record.id));
    if (stating.length === 0) continue;
    citedLines.push(...stating);
    const want = subjectLevel(record, text);
    if (want === null) {
      matched.push(record);
      continue;
    }
    const levels = stating.map((line) => subjectLevel(record, line.text)).filter((level): level is number => level !== null);
    const best = levels.length > 0 ? Math.max(...levels) : null;
    // A standard is met only by the same or a higher one; a line that names none does not say.
    if (best !== null && best >= want) matched.push(record);
    else if (best !== null) lower.push(`${record.label} at standard ${best}, not ${want}`);
  }
  const cites = [...new Set(citedLines)].flatMap((line) => citeAll(from, line.field, line.item.evidence));
  return { subjects, matched, lower, cites };
}

function short(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text;
}

/** Subjects the driving line already weighs (licence against authority, with the source's own requirement). */
const DRIVING_SUBJECTS = new Set(['driving-licence', 'driving-authority']);

export function criteriaLines({ from, to }: MovePair): MoveLine[] {
  const sources = sourceLines(from);
  const drivingLine = to.driving.requirement !== 'not-stated';
  const criteria = to.essentialCriteria.filter((criterion) => {
    const subjects = requirementSubjects(criterion.text);
    return !(drivingLine && subjects.length > 0 && subjects.every((record) => DRIVING_SUBJECTS.has(record.id)));
  });
  return criteria.map((criterion) => {
    const toCites = citeAll(to, 'essentialCriteria', criterion.evidence);
    const subject = `Essential: ${short(criterion.text)}`;
    const found = match(from, sources, criterion.text);
    // All of the line's subjects must be held: "GCSEs and a driving licence" is not met by a licence alone.
    if (found.subjects.length > 0 && found.matched.length === found.subjects.length) {
      return moveLine('criteria', subject, 'meet', `The ${from.title} profile also requires ${listed(found.matched.map((record) => record.label))}.`, found.cites, toCites);
    }
    const missing = found.subjects.filter((record) => !found.matched.includes(record)).map((record) => record.label);
    if (found.lower.length > 0) {
      return moveLine('criteria', subject, 'need', `The ${from.title} profile states ${listed(found.lower)}.`, found.cites, toCites);
    }
    const detail = missing.length > 0
      ? `The ${from.title} profile does not state ${listed(missing)}.`
      : `The ${from.title} profile states no matching requirement.`;
    return moveLine('criteria', subject, 'not-stated', detail, found.cites, toCites);
  });
}

function itemLines(pair: MovePair, topic: 'health' | 'training', items: readonly Item[], own: readonly Item[], area: string): MoveLine[] {
  const { from, to } = pair;
  const sources = sourceLines(from);
  return items.map((item) => {
    const length = topic === 'training' ? courseLength(item.text) : null;
    const subject = `${topic === 'health' ? 'Health and fitness' : 'Training'}: ${short(item.text)}${length && !short(item.text).includes(length) ? ` (${length})` : ''}`;
    const toCites = citeAll(to, topic, item.evidence);
    const found = match(from, sources, item.text);
    if (found.subjects.length > 0 && found.matched.length === found.subjects.length) {
      return moveLine(topic, subject, 'meet', `The ${from.title} profile also states ${listed(found.matched.map((record) => record.label))}.`, found.cites, toCites);
    }
    if (found.lower.length > 0) {
      return moveLine(topic, subject, 'need', `The ${from.title} profile states ${listed(found.lower)}.`, found.cites, toCites);
    }
    if (own.length === 0) {
      return moveLine(topic, subject, 'not-stated', `The ${from.title} profile states no ${area}.`, found.cites, toCites);
    }
    const missing = found.subjects.filter((record) => !found.matched.includes(record)).map((record) => record.label);
    const lengthText = length ? ` It is a ${length} course.` : '';
    return moveLine(topic, subject, 'need', `The ${from.title} profile's ${area} do${area.endsWith('s') ? '' : 'es'} not include ${missing.length > 0 ? listed(missing) : 'this'}.${lengthText}`, found.cites, toCites);
  });
}

export function healthLines(pair: MovePair): MoveLine[] {
  return itemLines(pair, 'health', pair.to.health, pair.from.health, 'health and fitness requirements');
}

export function trainingLines(pair: MovePair): MoveLine[] {
  return itemLines(pair, 'training', pair.to.training, pair.from.training, 'training requirements');
}
