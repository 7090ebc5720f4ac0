/**
 * The held-out corpus: role documents from other forces, in layouts the seeds do not use, parsed by the
 * real parser and checked fact by fact against what a careful HR adviser would read from them.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evidence, RoleProfile } from '../../src/profile/role-profile.ts';
import { DOCUMENTS_DIR, loadExpectedFacts } from './expected-facts.ts';
import { factChecks } from './fact-checks.ts';
import { parseCorpusDocument, type ParsedCorpusDocument } from './load-parser.ts';
import { PARSER_GAPS } from './parser-gaps.ts';

/** Every piece of evidence in a profile, with the field it supports. */
function allEvidence(p: RoleProfile): Array<{ field: string; evidence: Evidence }> {
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

const squash = (s: string): string => s.toLowerCase().replace(/[\s\u2010-\u2015-]+/g, '');

describe('held-out corpus: parser', () => {
  for (const expected of loadExpectedFacts()) {
    describe(expected.document, () => {
      let parsed: ParsedCorpusDocument;
      beforeAll(async () => {
        parsed = await parseCorpusDocument(join(DOCUMENTS_DIR, expected.document));
      });

      const gaps = PARSER_GAPS[expected.document] ?? {};
      for (const fact of factChecks(expected)) {
        const gap = gaps[fact.name];
        if (gap !== undefined) {
          it.todo(`${fact.name}: expected ${fact.expected}; parser gives ${gap}`);
        } else {
          it(fact.name, () => fact.check(parsed.profile));
        }
      }

      const citationGap = gaps['citations quote their lines'];
      if (citationGap !== undefined) {
        it.todo(`citations quote their lines: every evidence quote is on its cited line; parser gives ${citationGap}`);
      } else {
        it('citations quote their lines', () => {
          const lines = parsed.text.split(/\r?\n/);
          for (const { field, evidence } of allEvidence(parsed.profile)) {
            expect(evidence.line, `${field} cites line ${evidence.line} of ${lines.length}`).toBeLessThanOrEqual(lines.length);
            // A quote may join a value wrapped over a few lines; it must come from the cited line onwards.
            const window = squash(lines.slice(evidence.line - 1, evidence.line + 4).join(' '));
            const quote = squash(evidence.quote);
            expect(window.includes(quote.slice(0, 60)), `${field} quote ${JSON.stringify(evidence.quote)} is not at line ${evidence.line}`).toBe(true);
          }
        });
      }
    });
  }
});
