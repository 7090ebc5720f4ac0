/**
 * Entry routes the document names (PCDA, DHEP, transferee, rejoiner, ...): one per route, named as the
 * document names it, with every sentence that names it. A sentence must speak of applying or joining (or sit
 * under an "Entry routes" heading). The routes are in src/vocabulary/entry-routes.ts.
 */
import type { EntryRoute } from '../profile/role-profile.ts';
import { ENTRY_CONTEXT, ENTRY_ROUTES } from '../vocabulary/entry-routes.ts';
import { documentSentences, linesUnder } from './document-sentences.ts';
import type { ExtractContext } from './extract-context.ts';

export function extractEntryRoutes(ctx: ExtractContext): EntryRoute[] {
  const found = new Map<string, EntryRoute>();
  const under = linesUnder(ctx, 'entryRoutes');
  for (const sentence of documentSentences(ctx)) {
    // The context is read without the routes' own names: "Degree Holder Entry Programme" says "entry" itself.
    const context = ENTRY_ROUTES.reduce((text, route) => text.replace(new RegExp(route.words.source, 'gi'), ' '), sentence.text);
    if (!under.has(sentence.index) && !ENTRY_CONTEXT.test(context)) continue;
    for (const route of ENTRY_ROUTES) {
      const m = route.words.exec(sentence.text);
      if (!m) continue;
      const known = found.get(route.id);
      if (!known) found.set(route.id, { id: route.id, name: m[0], evidence: [sentence.evidence] });
      else if (!known.evidence.some((e) => e.line === sentence.evidence.line)) known.evidence.push(sentence.evidence);
    }
  }
  return ENTRY_ROUTES.flatMap((route) => {
    const item = found.get(route.id);
    return item ? [item] : [];
  });
}
