/**
 * The words of a "what would it take to move from my role to that one?" question, and of the "my role"
 * commands, as data. All are normalised question words (lower case, no punctuation: "I'm" is "i m").
 */
import { PhraseTable } from './phrase-match.ts';

/** Phrases that ask about moving between roles. A question needs one of them (or "from X to Y") to be a move. */
export const MOVE_PHRASES: readonly string[] = [
  'move to', 'move into', 'move from', 'moving to', 'moving into', 'moving from', 'move across to', 'move over to',
  'get from', 'get to', 'go from', 'going from', 'get into', 'transfer to', 'transfer from', 'transferring to',
  'switch to', 'switch from', 'switching to', 'change to', 'changing to', 'progress to', 'step up to',
  'become', 'becoming', 'could i become', 'would i need', 'do i need', 'would i have', 'would it take',
  'will it take', 'does it take', 'what do i need', 'what would i need', 'what else', 'am i missing',
  'career path', 'career move', 'move', 'qualify for', 'apply for',
];

/**
 * Phrases by which the asker says what they are now; the role named right after is the "from" role
 * ("I'm a PCSO", "as a call handler", "currently a contact handler").
 */
export const SELF_PHRASES: readonly string[] = [
  'i m a', 'i m an', 'im a', 'im an', 'i am a', 'i am an', 'i work as a', 'i work as an', 'i m working as a',
  'i m currently a', 'i am currently a', 'currently a', 'currently an', 'as a', 'as an', 'i m the', 'i am the',
  'my role is', 'my job is', 'i m in the', 'i work in the',
];

/** The self phrases as one table, for the move reader and the question reader alike. */
export const SELF_TABLE = new PhraseTable(SELF_PHRASES.map((phrase) => [phrase, phrase] as const));

/** The word that marks the "from" role when no self phrase does ("from contact handler to PCSO"). */
export const FROM_WORDS: readonly string[] = ['from'];

/** Words a follow-up after a checklist may be made of, besides the role's name ("and for the DC post?"). */
export const MOVE_FOLLOW_UP_WORDS: ReadonlySet<string> = new Set([
  'and', 'what', 'about', 'how', 'for', 'the', 'a', 'an', 'to', 'post', 'role', 'job', 'instead', 'then', 'one', 'position',
]);

/** Polite words around a "my role" command ("please forget my role thanks") that do not change it. */
export const POLITE_WORDS: ReadonlySet<string> = new Set(['please', 'pls', 'can', 'you', 'could', 'thanks', 'thank', 'hi', 'hey']);

/** "set my role <role>": the phrases before the role. */
export const SET_MY_ROLE_PHRASES: readonly string[] = ['set my role to', 'set my role as', 'set my role', 'my role is now', 'save my role as', 'save my role'];

/** "forget my role" and its variants. */
export const FORGET_MY_ROLE_PHRASES: readonly string[] = ['forget my role', 'clear my role', 'remove my role', 'delete my role', 'unset my role'];

/** "what is my role?" and its variants. */
export const SHOW_MY_ROLE_PHRASES: readonly string[] = ['what is my role', 'what s my role', 'what my role', 'whats my role', 'show my role', 'my role', 'which role am i', 'what role am i'];
