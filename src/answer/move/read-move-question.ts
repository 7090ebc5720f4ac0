/**
 * Is this a move question, and from which role to which? "I'm a PCSO, what would I need for the Patrol and
 * Resolution Officer post?", "how do I get from contact handler to PCSO", "what would it take to move to X"
 * (from the asker's saved role), and after a checklist, "and for the DC post?". The words are data in
 * src/vocabulary/move-words.ts; the roles come from the question reader's mentions (the catalogue's
 * resolver), never from a second resolver here.
 */
import type { RoleProfile } from '../../profile/role-profile.ts';
import { FROM_WORDS, MOVE_FOLLOW_UP_WORDS, MOVE_PHRASES, SELF_TABLE } from '../../vocabulary/move-words.ts';
import { PhraseTable } from '../../vocabulary/phrase-match.ts';
import type { ReadQuestion } from '../question.ts';
import type { ConversationContext } from '../types.ts';

export type MoveRead =
  | { kind: 'move'; from: RoleProfile; to: RoleProfile }
  /** A move to a role asked with no role to move from (none named, none saved). */
  | { kind: 'needs-from'; to: RoleProfile }
  /** "I'm a call handler, could I become a PolSA?" where no role we hold is named after the move: the words asked. */
  | { kind: 'unknown-to'; from: RoleProfile; words: string };

const MOVES = new PhraseTable(MOVE_PHRASES.map((phrase) => [phrase, phrase] as const));
/** Moves that say a move outright ("move to X"), so a missing "from" role is worth asking for. */
const OUTRIGHT = new Set(MOVE_PHRASES.filter((phrase) => /^(?:move|moving|transfer|transferring|switch|switching) /.test(phrase)));

interface Mentioned {
  role: RoleProfile;
  start: number;
}

export function readMoveQuestion(question: ReadQuestion, context: ConversationContext, lookup: (id: string) => RoleProfile | undefined): MoveRead | null {
  const mentioned: Mentioned[] = question.mentions
    .filter((mention) => mention.role !== null)
    .map((mention) => ({ role: mention.role as RoleProfile, start: Math.min(...mention.positions) }))
    .sort((a, b) => a.start - b.start);
  // An ambiguous or unknown role is for the usual path to ask about or report.
  if (mentioned.length !== question.mentions.length || mentioned.length === 0 || mentioned.length > 2) return null;
  const moves = MOVES.find(question.words);
  const selfHits = SELF_TABLE.find(question.words);
  const selfEnds = new Set(selfHits.map((hit) => hit.start + hit.length));
  const fromWordAt = new Set(question.words.flatMap((word, pos) => (FROM_WORDS.includes(word) ? [pos + 1] : [])));
  const marked = mentioned.find((mention) => selfEnds.has(mention.start) || fromWordAt.has(mention.start));

  if (mentioned.length === 2) {
    const [first, second] = mentioned as [Mentioned, Mentioned];
    if (first.role.id === second.role.id) return null;
    if (marked) {
      const to = marked === first ? second : first;
      // "I'm a PCSO ... the DC post" still needs a word of moving; "from X to Y" is one.
      const toWordBefore = question.words[to.start - 1] === 'to';
      if (moves.length === 0 && !(fromWordAt.has(marked.start) && toWordBefore)) return null;
      return { kind: 'move', from: marked.role, to: to.role };
    }
    // "could a contact handler become a PCSO?": a move word between the two names.
    if (moves.some((hit) => hit.start > first.start && hit.start < second.start)) return { kind: 'move', from: first.role, to: second.role };
    return null;
  }

  const [only] = mentioned as [Mentioned];
  if (marked) {
    // "I'm a PCSO, what vetting do I need?": about the asker's own role, the usual way. But "could I become a
    // PolSA?" names a role after the move that we do not hold: say so rather than answer about the PCSO.
    const moveWords = new Set([...moves, ...selfHits].flatMap((hit) => question.words.slice(hit.start, hit.start + hit.length)));
    const asked = question.focus.words.filter((word) => !moveWords.has(word));
    return moves.length > 0 && question.topics.length === 0 && asked.length > 0 ? { kind: 'unknown-to', from: only.role, words: asked.join(' ') } : null;
  }
  const rest = question.words.filter((_, pos) => !question.mentions.some((mention) => mention.positions.includes(pos)));
  const previousFrom = context.moveFromId ? lookup(context.moveFromId) : undefined;
  if (previousFrom && previousFrom.id !== only.role.id && question.topics.length === 0 && rest.every((word) => MOVE_FOLLOW_UP_WORDS.has(word))) {
    return { kind: 'move', from: previousFrom, to: only.role };
  }
  if (moves.length === 0) return null;
  const saved = context.askerRoleId ? lookup(context.askerRoleId) : undefined;
  if (saved) return saved.id === only.role.id ? null : { kind: 'move', from: saved, to: only.role };
  return moves.some((hit) => OUTRIGHT.has(hit.value)) ? { kind: 'needs-from', to: only.role } : null;
}
