/**
 * Entry routes the document names (PCDA, DHEP, transferee, rejoiner, ...): one per route, named as the
 * document names it, with every sentence that names it. A sentence must speak of applying or joining (or sit
 * under an "Entry routes" heading). The routes are in src/vocabulary/entry-routes.ts.
 */
import type { EntryRoute } from '../profile/role-profile.ts';
import { ENTRY_CONTEXT, ENTRY_ROUTES } from '../vocabulary/entry-routes.ts';
import { documentSentences, linesUnder } from './document-sentences.ts';
import type { ExtractContext } from './extract-context.ts';

/** Each route's words, global, to blank them out of a sentence before its context is read. */
const ROUTE_WORDS_GLOBAL = ENTRY_ROUTES.map((route) => new RegExp(route.words.source, 'gi'));

export function extractEntryRoutes(ctx: ExtractContext): EntryRoute[] {
  const found = new Map<string, EntryRoute>();
  const under = linesUnder(ctx, 'entryRoutes');
  for (const sentence of documentSentences(ctx)) {
    // Most sentences name no route: look for the names first, and read the context only when one is named.
    const named = ENTRY_ROUTES.flatMap((route) => {
      const m = route.words.exec(sentence.text);
      return m ? [{ route, name: m[0] }] : [];
    });
    if (named.length === 0) continue;
    // The context is read without the routes' own names: "Degree Holder Entry Programme" says "entry" itself.
    const context = ROUTE_WORDS_GLOBAL.reduce((text, words) => text.replace(words, ' '), sentence.text);
    if (!under.has(sentence.index) && !ENTRY_CONTEXT.test(context)) continue;
    for (const { route, name } of named) {
      const known = found.get(route.id);
      if (!known) found.set(route.id, { id: route.id, name, evidence: [sentence.evidence] });
      else if (!known.evidence.some((e) => e.line === sentence.evidence.line)) known.evidence.push(sentence.evidence);
    }
  }
  return ENTRY_ROUTES.flatMap((route) => {
    const item = found.get(route.id);
    return item ? [item] : [];
  });
}
