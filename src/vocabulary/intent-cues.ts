/**
 * The words that say what kind of question is asked, as data: each cue kind is a list of normalised
 * phrases (lower case, no punctuation: "don't" is "don t"), found by the one phrase matcher. The question
 * reader turns the cues a question holds into its intent through a precedence table
 * (src/answer/query.ts); adding a phrasing is adding a phrase here.
 */

export type CueKind =
  | 'thanks'
  | 'ability'
  | 'meaning'
  | 'document'
  | 'compare'
  | 'count'
  | 'list'
  | 'role-noun'
  | 'across'
  | 'follow-up'
  | 'pronoun'
  | 'negation'
  | 'or-above'
  | 'under'
  | 'over'
  | 'asker'
  | 'other-role';

export const INTENT_CUES: Readonly<Record<CueKind, readonly string[]>> = {
  /** A whole question of thanks ("cheers mate"): with THANKS_TAIL words only. */
  thanks: ['thanks', 'thank you', 'thankyou', 'thx', 'ta', 'cheers', 'many thanks', 'great thanks', 'ok thanks', 'brilliant', 'perfect', 'lovely'],
  /** Asking what the bot can do ("can you help?", "what are you?"), not about a role. */
  ability: ['can you', 'could you', 'do you', 'are you', 'who are you', 'what are you'],
  /** Asking what a term means. */
  meaning: ['mean', 'means', 'meaning', 'stand', 'stands', 'define', 'definition', 'acronym', 'abbreviation'],
  /** Asking what a document says ("what does the profile say about ...", "which roles mention ..."). */
  document: ['say', 'says', 'said', 'mention', 'mentions', 'mentioned', 'mentioning'],
  compare: ['compare', 'comparison', 'versus', 'vs', 'v', 'difference', 'differences', 'differ', 'compared'],
  /** "how many roles ...": the number first. */
  count: ['how many'],
  /** With a role noun, a question across roles ("which roles ...", "list jobs ..."). */
  list: ['which', 'what', 'list', 'any', 'all', 'how', 'who', 'show'],
  'role-noun': ['roles', 'role', 'jobs', 'job', 'posts', 'positions', 'profiles', 'ones'],
  /** Every role a name fits ("which PCSO ...", "both", "each"), not one of them. */
  across: ['which', 'both', 'each', 'all', 'every', 'either'],
  /** Leaning on the last answer ("what about ...", "and ...?"). */
  'follow-up': ['what about', 'how about', 'and', 'also', 'same', 'it', 'its', 'they', 'them', 'their', 'this', 'that', 'he', 'she', 'his', 'her'],
  /** Standing for the last answer's subject ("which role needs it?" after a definition). */
  pronoun: ['it', 'that', 'this', 'them'],
  negation: ['don', 'dont', 'doesn', 'doesnt', 'not', 'without', 'no', 'never', 'isn', 'aren', 'arent', 'isnt', 'non'],
  /** "at level 3 or above". */
  'or-above': ['or above', 'or higher', 'at least', 'minimum'],
  /** "under 30 hours", "over 37 hours": a bound on a figure. */
  under: ['under', 'less than', 'fewer than', 'below', 'up to', 'no more than'],
  over: ['over', 'more than', 'above', 'at least', 'or more', 'minimum of'],
  /** The asker speaking of themselves doing the job ("do I need to ride a bike?"). */
  asker: ['i', 'me', 'my', 'myself'],
  /** The role of the conversation that is not the one just answered ("and the other one?"). */
  'other-role': ['the other one', 'the other role', 'the other job', 'the other post', 'other one'],
};

/** Words a follow-up opens with that lean on the last answer ("and ...", "what about ..."), taken off its subject. */
export const FOLLOW_UP_OPENERS: readonly string[] = ['and', 'what about', 'how about', 'and what about', 'also', 'same for', 'and for'];

/** Verbs right after a list's role noun ("which roles *need* ..."): a list follow-up keeps them with the noun. */
export const LIST_VERBS: ReadonlySet<string> = new Set(['need', 'needs', 'require', 'requires', 'have', 'has', 'work', 'works', 'do', 'does', 'mention', 'mentions', 'involve', 'involves']);

export const CUE_KINDS = Object.keys(INTENT_CUES) as CueKind[];

/** Words a thanks may end with ("thanks a lot", "cheers mate"). */
export const THANKS_TAIL: ReadonlySet<string> = new Set(['a', 'lot', 'very', 'much', 'mate', 'so']);

/**
 * Chat spellings staff type, read as the words they stand for before a question is read ("wots JRFT" is
 * "whats JRFT", "is it fulltime" is "is it full time"). Only spellings that are no other word: "u" and "r"
 * are left to the tables that read them in place (YES_NO_OPENERS, QUESTION_FILLER).
 */
export const CHAT_SPELLINGS: Readonly<Record<string, string>> = {
  wot: 'what', wat: 'what', wots: 'whats', wats: 'whats', wotz: 'whats', abt: 'about', bout: 'about', ppl: 'people',
  fulltime: 'full time', fulltimer: 'full timer', wkend: 'weekend', wkends: 'weekends', wkly: 'weekly',
};

/** Openers of a "what is ..." question ("what's", typed "whats" or read as "what s"). */
export const WHAT_OPENERS: readonly string[] = ['what', 'whats', 'what s'];

/** Words naming what kind of term a glossary term is ("MV vetting", "CVF framework"). */
export const TERM_KIND_WORDS: ReadonlySet<string> = new Set(['vetting', 'clearance', 'check', 'level', 'framework']);

/** Words around a term in "what's the meaning of PIP2?" that are not the term. */
export const GLOSSARY_FILLER: ReadonlySet<string> = new Set([
  'what', 'whats', 's', 'does', 'do', 'is', 'a', 'an', 'the', 'mean', 'means', 'meaning', 'stand', 'stands', 'for', 'of', 'by',
  'define', 'definition', 'abbreviation', 'acronym', 'please', 'pls', 'term', 'word', 'explain',
]);

/** Words of a bare follow-up to a list ("and which ones don't?"): nothing of a subject of their own. */
export const FOLLOW_UP_FILLER: ReadonlySet<string> = new Set([
  'and', 'which', 'what', 'about', 'ones', 'one', 'roles', 'role', 'jobs', 'posts', 'the', 'others', 'other', 'do', 'does',
  'need', 'needs', 'require', 'have', 'work', 't', 'so', 'then', 'those', 'at', 'for',
]);

/** Words that carry no subject of their own in a question: what is left after them is its focus. */
export const QUESTION_FILLER: ReadonlySet<string> = new Set([
  'work', 'works', 'working', 'become', 'apply', 'someone', 'person', 'hold', 'be', 'many', 'much', 'compare', 'comparison',
  'versus', 'vs', 'v', 'difference', 'differences', 'different', 'differ', 'between', 'same', 'which', 'list', 'exactly', 'mean',
  'means', 'meaning', 'stand', 'stands', 'define', 'definition', 'else', 'other', 'again', 'more', 'one', 'ones', 'both', 'each',
  'every', 'profile', 'profiles', 'summary', 'overview', 'tell', 'info', 'information', 'details', 'detail', 'anyone', 'people',
  'police', 'officer', 'officers', 'staff', 'constable', 'force', 'roles', 'jobs', 'posts', 'positions', 'really', 'actually',
  'currently', 'usually', 'normally', 'typically', 'generally', 'expected', 'expect', 'description', 'descriptions', 'spec',
  'specification', 'document', 'doc', 'please', 'mate', 'quick', 'question', 'questions', 'wondering', 'thinking', 'applying',
  'interested', 'interest', 'join', 'joining', 'like', 'look', 'looks', 'want', 'know', 'find', 'role', 'career', 'careers',
  // contractions and chat ("I'm", "u", "hiya") carry no subject either
  'able', 'm', 's', 't', 've', 'll', 'd', 're', 'im', 'u', 'ur', 'hi', 'hiya', 'hey', 'hello', 'thanks', 'cheers', 'ok', 'okay',
  'get', 'got', 'go', 'going', 'gonna', 'wanna', 'fancy', 'pls', 'plz', 'guys', 'job', 'position', 'post', 'there', 'thing',
  'things', 'use', 'uses', 'used', 'using', 'long', 'length', 'duration', 'last', 'lasts', 'two', 'three', 'them', 'mention',
  'mentions', 'mentioned', 'mentioning', 'well', 'too', 'ask', 'asking', 'lol', 'haha', 'btw', 'tbh', 'fyi', 'idk', 'cheeky',
  'already', 'yet', 'still', 'am',
]);

/** Phrases asking someone's age, which the criteria may or may not state: the subject is "age". */
export const AGE_PHRASES: readonly string[] = ['how old', 'minimum age', 'age limit'];

/** Words that open a yes/no clause ("do I need ...", "is it ...", "r they ..."), typos people make included. */
export const YES_NO_OPENERS: readonly string[] = [
  'do', 'does', 'dose', 'did', 'is', 'iz', 'isn t', 'are', 'aren t', 'was', 'will', 'would', 'can', 'could', 'must', 'should',
  'shall', 'has', 'have', 'need', 'needs', 'am', 'any', 'r', 'does it', 'do they', 'do you', 'do u',
];

/** Chat before a clause's question ("hi", "quick question", "just wondering"): skipped to find its opener. */
export const CHAT_OPENERS: readonly string[] = [
  'hi', 'hey', 'hello', 'hiya', 'morning', 'afternoon', 'ok', 'okay', 'so', 'and', 'also', 'but', 'quick question', 'just wondering',
  'please', 'pls', 'sorry',
];

/** Words asking which of two roles has more or less of something ("which has more hours?"). */
export const COMPARATIVE_WORDS: ReadonlySet<string> = new Set([
  'more', 'most', 'longer', 'longest', 'fewer', 'less', 'least', 'shorter', 'higher', 'better', 'best', 'lower', 'worse',
]);

/** "is the contact handler a police officer?": a yes/no opened so, naming a kind of staff, asks officer or staff. */
export const STAFF_TYPE_OPENERS: readonly string[] = ['is', 'are', 'r'];
export const STAFF_KIND_PHRASES: readonly string[] = [
  'a officer', 'an officer', 'a police officer', 'a constable', 'a police constable', 'a civilian', 'a member of staff',
  'a staff member', 'an civilian',
];

/** Words before a role noun that narrow a list to officers or staff ("staff roles", "police officer jobs"). */
export const STAFF_SCOPE_WORDS: Readonly<Record<string, 'officer' | 'staff'>> = {
  staff: 'staff', civilian: 'staff', civilians: 'staff', officer: 'officer', officers: 'officer', warranted: 'officer',
};
