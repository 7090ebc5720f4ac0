/**
 * Every piece of evidence a profile holds, and a check that its quote really is on its line. Quotes are
 * compared in a normalised form (HTML tags and entities removed, letters and digits only, lower case),
 * because the parser cleans what it quotes: "Weekly Hours: 37" quotes "<b>Weekly Hours:</b>\t37".
 */
import { decodeEntities } from '../../../src/ingest/html-fragments.ts';
import type { Evidence, RoleProfile } from '../../../src/profile/role-profile.ts';

export function allEvidence(p: RoleProfile): { field: string; evidence: Evidence }[] {
  const out: { field: string; evidence: Evidence }[] = [];
  const push = (field: string, list: readonly Evidence[]): void => {
    for (const evidence of list) out.push({ field, evidence });
  };
  for (const [field, list] of Object.entries(p.evidence)) push(field, list ?? []);
  push('shifts', p.shifts.evidence);
  push('vetting', p.vetting.evidence);
  push('driving', p.driving.evidence);
  const lists: Record<string, readonly { evidence: Evidence[] }[]> = {
    responsibilities: p.responsibilities,
    essentialCriteria: p.essentialCriteria,
    desirableCriteria: p.desirableCriteria,
    behaviours: p.behaviours,
    values: p.values,
    skills: p.skills,
    health: p.health,
    training: p.training,
    itSystems: p.itSystems,
    nationalOccupationalStandards: p.nationalOccupationalStandards,
    conditions: p.conditions,
  };
  for (const [field, items] of Object.entries(lists)) for (const item of items) push(field, item.evidence);
  return out;
}

export function squash(text: string): string {
  // A literal "\n" typed into a form field is read as a space by the parser.
  return decodeEntities(text.replace(/<\s*\/?\s*[a-z][a-z0-9]*\b[^<>]*>/gi, ' ').replace(/\\n/g, ' '))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Evidence whose quote is not on its line (empty when all are). */
export function misquoted(p: RoleProfile, text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const bad: string[] = [];
  for (const { field, evidence } of allEvidence(p)) {
    const line = lines[evidence.line - 1];
    if (line === undefined) {
      bad.push(`${field}: line ${evidence.line} does not exist`);
      continue;
    }
    if (!squash(line).includes(squash(evidence.quote))) bad.push(`${field}: line ${evidence.line} does not contain ${JSON.stringify(evidence.quote)}`);
  }
  return bad;
}
