/**
 * Words of a question that are not its subject: words that only name a topic ("which roles need vetting?"
 * asks about vetting, with nothing to narrow it by), words that frame a subject ("swim *test*", "minimum
 * *service*"), and words that ask ("what does the profile *say* about ..."). A list of roles is narrowed,
 * and a document line quoted, on the subject that is left.
 *
 * Each table is single words through the phrase matcher: a word matches as listed or through its singular
 * ("tests" is "test"); no typo is forgiven, since a typo of one of these is as often a subject word
 * ("diving" is one letter from "driving").
 */
import { PhraseTable } from './phrase-match.ts';

/** Words that only name a topic; others ("fitness test", "eyesight") also narrow a list of roles. */
export const TOPIC_NAME_WORDS: readonly string[] = [
  'health', 'training', 'trained', 'skill', 'behaviour', 'competencies', 'values', 'requirement', 'criteria',
  'essential', 'desirable', 'responsibilities', 'duties', 'vetting', 'vetted', 'driving', 'shift', 'hours',
  'conditions', 'systems', 'it', 'qualifications', 'need', 'require', 'required', 'level', 'course', 'test',
  'licence', 'license', 'drive', 'driver', 'car', 'vehicle', 'clearance', 'security', 'rota', 'pattern', 'full',
  'clean', 'uk', 'valid', 'current', 'manual',
];

/** Words that frame a subject rather than name it: a document line is scored on them, but for less. */
export const FRAMING_WORDS: readonly string[] = [
  'test', 'check', 'requirement', 'minimum', 'maximum', 'considered', 'consider', 'available', 'allowed', 'possible',
  'date', 'apply', 'application', 'policy', 'rule', 'option', 'offered', 'work', 'working', 'worked', 'needed',
  'period', 'much', 'long', 'amount', 'level', 'type', 'kind', 'allow', 'allowance', 'day',
  // Verbs around a thing asked about ("ride a bike", "wear glasses"): the thing names the subject.
  'ride', 'riding', 'wear', 'wearing',
];

/** Words of a question that ask rather than name a subject: never searched for in a document's lines. */
export const ASKING_WORDS: readonly string[] = [
  'say', 'said', 'saying', 'profile', 'document', 'mention', 'mentioned', 'state', 'stated', 'anything', 'something',
  'info', 'information', 'detail', 'write', 'written', 'regarding', 'around', 'concerning', 'there', 'much', 'many',
  'does', 'do', 'role', 'which', 'list',
  // chat around a question ("hiya", "quick question", "cheers"), and who it is about ("people", "someone")
  'hi', 'hiya', 'hey', 'hello', 'morning', 'afternoon', 'ok', 'okay', 'please', 'pls', 'thanks', 'cheers', 'mate',
  'quick', 'question', 'wondering', 'thinking', 'people', 'person', 'someone', 'anyone', 'somebody', 'anybody',
  // chat after a question ("asking for a mate lol", "cheeky one tbh")
  'ask', 'asking', 'lol', 'haha', 'btw', 'tbh', 'fyi', 'idk', 'cheeky',
  // who the asker would be ("thinking of becoming a special")
  'become', 'becoming', 'joining', 'applying',
];

function table(list: readonly string[]): PhraseTable<true> {
  return new PhraseTable<true>(list.map((word) => [word, true] as const));
}

const TOPIC_NAMES = table(TOPIC_NAME_WORDS);
const FRAMING = table(FRAMING_WORDS);
const ASKING = table(ASKING_WORDS);

/** The words of `words` that do more than name a topic, in order ("fitness test for drivers" keeps "fitness"). */
export function withoutTopicNames(words: readonly string[]): string[] {
  const named = new Set(TOPIC_NAMES.find(words).map((hit) => hit.start));
  return words.filter((_, at) => !named.has(at));
}

/** Whether a word frames a subject ("test", "minimum") rather than names it. */
export function isFramingWord(word: string): boolean {
  return FRAMING.find([word]).length > 0;
}

/** Whether a word asks ("say", "mention", "profile") rather than names a subject. */
export function isAskingWord(word: string): boolean {
  return ASKING.find([word]).length > 0;
}
