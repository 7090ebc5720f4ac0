/** Every piece of evidence in a profile must quote the text at the line it cites. */
import { expect } from 'vitest';
import type { Evidence, RoleProfile } from '../../src/profile/role-profile.ts';

export function allEvidence(p: RoleProfile): Array<{ field: string; evidence: Evidence }> {
  const out: Array<{ field: string; evidence: Evidence }> = [];
  const push = (field: string, list: readonly Evidence[]): void => {
    for (const evidence of list) out.push({ field, evidence });
  };
  for (const [field, list] of Object.entries(p.evidence)) push(field, list ?? []);
  push('shifts', p.shifts.evidence);
  push('vetting', p.vetting.evidence);
  push('driving', p.driving.evidence);
  const lists = {
    responsibilities: p.responsibilities, essentialCriteria: p.essentialCriteria,
    desirableCriteria: p.desirableCriteria, behaviours: p.behaviours, values: p.values, skills: p.skills,
    health: p.health, training: p.training, itSystems: p.itSystems, conditions: p.conditions,
  };
  for (const [field, items] of Object.entries(lists)) for (const item of items) push(field, item.evidence);
  return out;
}

const squash = (s: string): string => s.toLowerCase().replace(/[\s\u2010-\u2015*-]+/g, '');

/** `text` is the document text the parser read (the extracted text for .docx and .pdf). */
export function expectCitationsQuoteTheirLines(profile: RoleProfile, text: string): void {
  const lines = text.split(/\r?\n/);
  for (const { field, evidence } of allEvidence(profile)) {
    expect(evidence.line, `${field} cites line ${evidence.line} of ${lines.length}`).toBeLessThanOrEqual(lines.length);
    // A quote may join a value wrapped over a few lines; it must come from the cited line onwards.
    const window = squash(lines.slice(evidence.line - 1, evidence.line + 4).join(' '));
    const quote = squash(evidence.quote);
    expect(window.includes(quote.slice(0, 60)), `${field} quote ${JSON.stringify(evidence.quote)} is not at line ${evidence.line}`).toBe(true);
  }
}
