/**
 * The force, only when the document names it: a force label ("Force: Kent Police"), a heading or form
 * header naming it ("LEICESTERSHIRE POLICE RISK ASSESSMENT FORM", "HERTFORDS CONSTABUL"), or prose
 * ("the Kent Police PEACE course"). When several forces are named, the most mentioned wins, with a warning.
 */
import type { Evidence } from '../profile/role-profile.ts';
import type { ExtractContext, Found } from './extract-context.ts';
import { findForces } from '../vocabulary/police-forces.ts';
import { entriesFor, quote } from './sections.ts';

export interface OrganisationResult {
  found: Found<string> | null;
  warnings: string[];
}

export function extractOrganisation(ctx: ExtractContext): OrganisationResult {
  const warnings: string[] = [];
  for (const entry of entriesFor(ctx.model, 'organisation')) {
    const mentions = findForces(entry.value);
    const first = mentions[0];
    if (first) return { found: { value: first.force, evidence: entry.evidence }, warnings };
  }
  const tally = new Map<string, { count: number; evidence: Evidence[]; first: number }>();
  let seen = 0;
  ctx.model.lines.forEach((line, index) => {
    if (line.text.length === 0) return;
    seen += 1;
    // The letterhead, a heading or a page header names the employer; a force in prose may be a partner
    // ("accredited through the National Crime Agency").
    const weight = seen <= 3 || line.heading > 0 || line.emphasised || line.noise || /^[A-Z][A-Z &/'’–-]+$/.test(line.text) ? 3 : 1;
    for (const mention of findForces(line.text)) {
      const entry = tally.get(mention.force) ?? { count: 0, evidence: [], first: index };
      entry.count += weight;
      if (entry.evidence.length < 3) entry.evidence.push(quote(line, mention.text));
      tally.set(mention.force, entry);
    }
  });
  const ranked = [...tally.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  const best = ranked[0];
  if (!best) {
    const county = countyHint(ctx);
    if (county) warnings.push(county);
    return { found: null, warnings };
  }
  if (ranked.length > 1)
    warnings.push(
      `The document names more than one force (${ranked.map(([name]) => name).join(', ')}); organisation set to ${best[0]}, the most mentioned. Check it.`,
    );
  return { found: { value: best[0], evidence: best[1].evidence }, warnings };
}

const COUNTIES =
  /\b(Avon|Somerset|Bedfordshire|Cambridgeshire|Cheshire|Cleveland|Cumbria|Derbyshire|Devon|Cornwall|Dorset|Durham|Essex|Gloucestershire|Gwent|Hampshire|Hertfordshire|Humberside|Kent|Lancashire|Leicestershire|Lincolnshire|Merseyside|Norfolk|Northamptonshire|Northumbria|Nottinghamshire|Staffordshire|Suffolk|Surrey|Sussex|Warwickshire|Wiltshire)\b/;

/** A county named without "Police"/"Constabulary" ("Essex Watch") is a hint for HR, not evidence. */
function countyHint(ctx: ExtractContext): string | null {
  for (const line of ctx.model.lines) {
    const m = COUNTIES.exec(line.text);
    if (m?.[1])
      return `Organisation not stated: the document mentions "${m[1]}" (line ${line.no}) but never names the force; add the force name to the document if it is ${m[1]}'s.`;
  }
  return null;
}
