/**
 * "set my role <role>", "forget my role", "what is my role?": read from a message before it is asked as a
 * question. The phrases are data (src/vocabulary/move-words.ts). The transports keep the saved role (per
 * person only) and pass it to the core as the context's askerRoleId.
 */
import { words } from '../../catalogue/index.ts';
import { FORGET_MY_ROLE_PHRASES, POLITE_WORDS, SET_MY_ROLE_PHRASES, SHOW_MY_ROLE_PHRASES } from '../../vocabulary/move-words.ts';

export type MyRoleCommand = { kind: 'set'; role: string } | { kind: 'forget' } | { kind: 'show' };

function strip(list: string[]): string[] {
  const out = [...list];
  while (out.length > 0 && POLITE_WORDS.has(out[0] ?? '')) out.shift();
  while (out.length > 0 && POLITE_WORDS.has(out[out.length - 1] ?? '')) out.pop();
  return out;
}

function startsWith(list: readonly string[], phrase: string): boolean {
  const parts = phrase.split(' ');
  return parts.every((part, index) => list[index] === part);
}

export function readMyRoleCommand(text: string): MyRoleCommand | null {
  const said = strip(words(text));
  const joined = said.join(' ');
  if (FORGET_MY_ROLE_PHRASES.some((phrase) => joined === phrase)) return { kind: 'forget' };
  if (SHOW_MY_ROLE_PHRASES.some((phrase) => joined === phrase)) return { kind: 'show' };
  // Longest phrase first: "set my role to" before "set my role".
  const phrase = [...SET_MY_ROLE_PHRASES].sort((a, b) => b.length - a.length).find((candidate) => startsWith(said, candidate));
  if (!phrase) return null;
  const role = said.slice(phrase.split(' ').length).filter((word, index) => !(index === 0 && ['a', 'an', 'the'].includes(word))).join(' ');
  return role === '' ? null : { kind: 'set', role };
}
