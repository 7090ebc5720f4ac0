/**
 * How people ask for each topic: words and phrases with synonyms. Phrases are matched on normalised
 * words; single words also through their singular and one typo (for words of five letters or more).
 */
import { FEATURE_IDS } from '../profile/role-profile.ts';
import { FEATURES } from './features.ts';
import { CONCEPTS, type Concept } from './concepts.ts';
import type { TopicKey } from './topic-keys.ts';
import { VETTING_LEVELS } from './vetting-levels.ts';

/**
 * Every phrase a question may use for a topic: each concept's question words, then the names of every vetting
 * level (vetting) and working-pattern feature (shifts; part time and job share: working arrangements) from their records,
 * so a level or feature added there is asked about without another list to update.
 */
export const TOPIC_LEXICON: [string, TopicKey[]][] = [
  ...(Object.values(CONCEPTS) as Concept[]).flatMap((concept) => concept.questionWords.map((words): [string, TopicKey[]] => [words, [concept.topic]])),
  ...VETTING_LEVELS.flatMap((level) => level.questionWords.map((words): [string, TopicKey[]] => [words, ['vetting']])),
  ...FEATURE_IDS.flatMap((id) =>
    FEATURES[id].questionWords.map((words): [string, TopicKey[]] => [words, [FEATURES[id].scope === 'pattern' ? 'shifts' : 'working-arrangements']]),
  ),
].reduce<[string, TopicKey[]][]>((merged, [words, topics]) => {
  // One entry a phrase: "hours" asks about weekly hours and about shifts.
  const known = merged.find(([other]) => other === words);
  if (known) known[1].push(...topics.filter((topic) => !known[1].includes(topic)));
  else merged.push([words, [...topics]]);
  return merged;
}, []);

/** Words that suggest a topic only when nothing more specific is asked ("what does a PCSO need?"). */
export const FALLBACK_TOPIC_WORDS: [string, TopicKey][] = [
  ['level', 'skills'],
  ['levels', 'skills'],
  ['need', 'requirements'],
  ['needs', 'requirements'],
  ['require', 'requirements'],
  ['requires', 'requirements'],
  ['required', 'requirements'],
  ['needed', 'requirements'],
];

/** Phrases that ask for the whole role: "tell me about X", "summary of X". */
export const SUMMARY_PHRASES = [
  'tell me about',
  'tell me more',
  'summary',
  'summarise',
  'summarize',
  'overview',
  'profile',
  'describe',
  'info on',
  'info about',
  'information on',
  'information about',
  'details of',
  'details on',
  'what is',
  'who is',
  'about',
];

/** Words for a licence, and the words before one that make it no driving licence ("firearms licence"). */
export const LICENCE_WORDS: ReadonlySet<string> = new Set(['licence', 'license', 'licences', 'licenses', 'certificate']);
export const NON_DRIVING_LICENCES: ReadonlySet<string> = new Set([
  'firearms', 'firearm', 'gun', 'shotgun', 'pilot', 'pilots', 'personal', 'premises', 'alcohol', 'tv', 'sia', 'door', 'drone', 'fishing',
]);
