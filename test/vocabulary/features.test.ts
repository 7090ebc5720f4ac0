/**
 * Working-pattern features: read once at ingest with evidence, and the one source for both the yes/no
 * answer ("does X work nights?") and the list ("which roles work nights?"), which must agree for every role.
 */
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import type { FeatureId, RoleProfile } from '../../src/profile/role-profile.ts';
import { featuresAsked, statesFeature } from '../../src/vocabulary/features.ts';
import { corpusProfiles } from '../corpus/load-assistant.ts';

function parse(file: string, text: string): RoleProfile {
  return parseDocument({ file, text, format: 'txt', sha256: '0'.repeat(64) }).profile;
}

/** Documents of our own, in the ways forces write working patterns. */
const OWN_DOCUMENTS: Record<string, string> = {
  'bridewell.txt': [
    'Job Title: Bridewell Keeper',
    'Force: Northshire Police',
    'Shift pattern: 12-hour shifts, days and nights, including weekends.',
    'Main purpose: Look after detained people.',
  ].join('\n'),
  'finance.txt': [
    'Job Title: Finance Assistant',
    'Force: Southshire Constabulary',
    'Working pattern: Monday to Friday, office hours. No weekend or night work.',
    'Job share and part time applicants are welcome.',
    'Main purpose: Pay the bills.',
  ].join('\n'),
  'firearms-armourer.txt': [
    'Job Title: Firearms Armourer',
    'Force: Westshire Police',
    'Hours: 37 hours per week, weekdays, with an on-call rota one week in five.',
    'Main purpose: Keep weapons serviceable.',
  ].join('\n'),
  'archive.txt': [
    'Job Title: Archive Clerk',
    'Force: Eastshire Police',
    'Weekly hours: 18.5',
    'Working pattern: mornings, Monday to Thursday.',
    'Main purpose: Keep the archive.',
  ].join('\n'),
};

const own = Object.entries(OWN_DOCUMENTS).map(([file, text]) => parse(file, text));

const has = (profile: RoleProfile | undefined, id: FeatureId): boolean => profile?.features.some((entry) => entry.id === id) ?? false;

describe('features read at ingest', () => {
  it.each([
    ['we work a 24/7 rota', 'nights', true],
    ['rotating shifts covering 24 hours', 'nights', true],
    ['early and late shifts, no nights', 'nights', false],
    ['Monday to Friday, office hours', 'weekday-daytime', true],
    ['shifts including Saturdays', 'weekends', true],
    ['four on four off, 12 hour shifts', 'twelve-hour-shifts', true],
    ['12 hours a week of overtime', 'twelve-hour-shifts', false],
    ['part time 18.5 hours considered', 'part-time', true],
    ['this post is not suitable for part time working', 'part-time', false],
    ['job sharing considered', 'job-share', true],
    ['call-outs at short notice', 'on-call', true],
  ] as const)('"%s" states %s: %s', (sentence, id, expected) => {
    expect(statesFeature(id, sentence)).toBe(expected);
  });

  it('stores each feature with the line that states it', () => {
    const [bridewell, finance, armourer, archive] = own;
    expect(bridewell?.features.map((entry) => entry.id)).toEqual(['nights', 'weekends', 'twelve-hour-shifts']);
    expect(bridewell?.features[0]?.evidence[0]).toMatchObject({ line: 3 });
    expect(has(finance, 'weekday-daytime')).toBe(true);
    expect(has(finance, 'nights')).toBe(false);
    expect(has(finance, 'weekends')).toBe(false);
    expect(finance?.features.find((entry) => entry.id === 'job-share')?.evidence[0]).toMatchObject({ line: 4 });
    expect(has(finance, 'part-time')).toBe(true);
    expect(has(armourer, 'on-call')).toBe(true);
    expect(has(archive, 'part-time')).toBe(true);
  });
});

describe('question words for features', () => {
  it.each([
    [['does', 'it', 'involve', 'night', 'shifts'], ['nights']],
    [['any', '12', 'hour', 'nights'], ['twelve-hour-shifts', 'nights']],
    [['is', 'it', 'on', 'call'], ['on-call']],
    [['can', 'i', 'job', 'share'], ['job-share']],
    [['is', 'it', '24x7'], ['24-7']],
    [['what', 'vetting'], []],
  ] as const)('%j asks %j', (words, expected) => {
    expect(featuresAsked(words)).toEqual(expected);
  });
});

describe('"does X ...?" and "which roles ...?" agree for every profile', async () => {
  const { profiles: corpus } = await corpusProfiles();
  const profiles = [...corpus, ...own];
  const everyone = createAssistant(profiles);
  const questions: [FeatureId, string, string][] = [
    ['nights', 'work nights', 'which roles work nights?'],
    ['weekends', 'work weekends', 'which roles work weekends?'],
    ['24-7', 'work 24/7', 'which roles work 24/7?'],
    ['twelve-hour-shifts', 'work 12 hour shifts', 'which roles work 12-hour shifts?'],
    ['on-call', 'have on call duties', 'which roles have on-call duties?'],
    ['job-share', 'allow a job share', 'which roles allow job share?'],
  ];

  it.each(questions)('%s', (id, asked, listQuestion) => {
    const listed = new Set(everyone.ask(listQuestion).answer.roles.map((role) => role.id));
    const saidYes = new Set<string>();
    for (const profile of profiles) {
      // One role per assistant, so the yes/no question names it without doubt.
      const answer = createAssistant([profile]).ask(`does the ${profile.title} ${asked}?`).answer;
      expect(answer.kind, `${profile.id}: ${answer.text}`).toBe('answer');
      if (/^Yes\b/.test(answer.text)) saidYes.add(profile.id);
    }
    const stated = new Set(profiles.filter((profile) => has(profile, id)).map((profile) => profile.id));
    expect([...saidYes].sort()).toEqual([...stated].sort());
    expect([...listed].sort()).toEqual([...stated].sort());
  });

  it('some profiles have each pattern feature and some do not, so the check can fail', () => {
    for (const [id] of questions) {
      const count = profiles.filter((profile) => has(profile, id)).length;
      expect(count, id).toBeGreaterThan(0);
      expect(count, id).toBeLessThan(profiles.length);
    }
  });
});
