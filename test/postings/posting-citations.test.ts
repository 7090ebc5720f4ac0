import { describe, expect, it } from 'vitest';
import { presentAnswer } from '../../src/present/present-answer.ts';
import { citationLines } from '../../src/present/citations.ts';
import { createVacancyAnswerer } from '../../src/postings/vacancy-answerer.ts';
import { makePosting, makeProfile } from './fixtures.ts';

describe('posting citations in Slack', () => {
  const profile = makeProfile('detective-constable', 'Detective Constable');
  const posting = makePosting('detective-constable', 'Detective Constable');
  const answerer = createVacancyAnswerer({ postings: () => [posting], profile: () => profile, now: () => new Date('2026-11-23T10:00:00Z') });

  it('cite the posting by id, and the profile by its line, never "line 0"', () => {
    const answer = answerer('when does the detective constable posting close?', { roleIds: [] });
    expect(citationLines(answer?.citations ?? [])).toEqual([`Detective Constable vacancy posting ${posting.id}`, 'Detective Constable profile, line 1']);
    const shown = JSON.stringify(presentAnswer(answer!));
    expect(shown).toContain(`vacancy posting ${posting.id}`);
    expect(shown).not.toMatch(/line 0|lines 0/);
  });
});
