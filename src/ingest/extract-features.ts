/**
 * Working-pattern features (nights, weekends, 24/7, 12-hour shifts, weekday daytime, on call, part time,
 * job share), read once with the sentences that state them. Pattern features are read from the lines the
 * shifts extractor quoted; part time and job share from any line that is not a competency description
 * (an advert says "job share considered" anywhere); weekly hours under 30 also state part time.
 */
import { FEATURE_IDS, type Evidence, type Feature, type FeatureId, type RoleProfile, type Shifts } from '../profile/role-profile.ts';
import { FEATURES, statesFeature } from '../vocabulary/features.ts';
import { sentencesOf, textLines, type ExtractContext, type Found } from './extract-context.ts';
import { quote } from './sections.ts';

/** Weekly hours below this are part time. */
const PART_TIME_BELOW = 30;

interface Source {
  text: string;
  /** Evidence for a sentence of `text`. */
  cite: (sentence: string) => Evidence;
}

const quoted = (evidence: Evidence): Source => ({ text: evidence.quote, cite: (sentence) => ({ line: evidence.line, quote: sentence }) });

function featuresFrom(patternSources: readonly Source[], documentSources: readonly Source[], hours: Found<number> | null): Feature[] {
  const found = new Map<FeatureId, Evidence[]>();
  const add = (id: FeatureId, evidence: Evidence): void => {
    const list = found.get(id) ?? [];
    if (!list.some((e) => e.line === evidence.line && e.quote === evidence.quote)) list.push(evidence);
    found.set(id, list);
  };
  for (const id of FEATURE_IDS) {
    const sources = FEATURES[id].scope === 'pattern' ? patternSources : documentSources;
    for (const source of sources) {
      for (const sentence of sentencesOf(source.text)) if (statesFeature(id, sentence)) add(id, source.cite(sentence));
    }
  }
  if (hours && hours.value < PART_TIME_BELOW) for (const evidence of hours.evidence) add('part-time', evidence);
  return FEATURE_IDS.flatMap((id) => {
    const evidence = found.get(id);
    return evidence ? [{ id, evidence }] : [];
  });
}

export function extractFeatures(ctx: ExtractContext, shifts: Shifts, hours: Found<number> | null): Feature[] {
  const documentSources = textLines(ctx.model)
    .filter(({ index }) => !ctx.descriptive.has(index))
    .map(({ line }): Source => ({ text: line.text, cite: (sentence) => quote(line, sentence) }));
  const patternSources = shifts.evidence.map(quoted);
  return featuresFrom(patternSources, documentSources, hours);
}

/**
 * Features of a profile stored before features were read (its JSON has no `features`): from the evidence
 * the profile already quotes, so HR's corrections are kept and nothing is re-parsed.
 */
export function featuresOfStoredProfile(profile: RoleProfile): Feature[] {
  const patternSources = profile.shifts.evidence.map(quoted);
  const stated: Evidence[] = [
    ...Object.values(profile.evidence).flat(),
    ...profile.shifts.evidence,
    ...profile.conditions.flatMap((item) => item.evidence),
    ...profile.essentialCriteria.flatMap((item) => item.evidence),
    ...profile.desirableCriteria.flatMap((item) => item.evidence),
  ];
  const hoursEvidence = profile.evidence.weeklyHours ?? [];
  const hours = profile.weeklyHours !== null ? { value: profile.weeklyHours, evidence: hoursEvidence } : null;
  return featuresFrom(patternSources, stated.map(quoted), hours);
}
