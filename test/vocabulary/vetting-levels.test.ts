/**
 * Vetting levels are one table the parser and the question reader share: a level the parser can store is a
 * level a question can name, has a glossary entry, and is never answered "not stated" when stated.
 */
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { Glossary } from '../../src/answer/glossary.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import { words } from '../../src/catalogue/index.ts';
import { findVettingCodes, hasAlternatives, levelMatches, VETTING_LEVELS, vettingCodesAsked } from '../../src/vocabulary/vetting-levels.ts';
import { glossaryEntries } from '../answer/support/seed-assistant.ts';

function parse(file: string, lines: string[]) {
  return parseDocument({ file, text: lines.join('\n'), format: 'txt', sha256: '0'.repeat(64) }).profile;
}

describe('vetting levels in documents', () => {
  it.each([
    ['Vetting: BPSS', true, ['BPSS']],
    ['Enhanced Security Check (eSC) clearance', true, ['eSC']],
    ['Enhanced SC', true, ['eSC']],
    ['Developed Vetting', false, ['DV']],
    ['enhanced developed vetting required', false, ['eDV']],
    ['Vetting: EV2', true, ['EV2']],
    ['the post holder must hold EV 3 vetting', false, ['EV3']],
    ['four SC hubs across the county', false, []],
    ['NPPV level 2 and CTC', true, ['NPPV2', 'CTC']],
  ] as const)('"%s" (vetting context %s) -> %j', (text, context, codes) => {
    expect(findVettingCodes(text, context)).toEqual(codes);
  });

  it('knows alternatives on one ladder, and BPSS beside a level is not one', () => {
    expect(hasAlternatives(['SC', 'eSC'])).toBe(true);
    expect(hasAlternatives(['NPPV2', 'NPPV3'])).toBe(true);
    expect(hasAlternatives(['BPSS', 'SC'])).toBe(false);
    expect(hasAlternatives(['RV', 'NPPV3'])).toBe(false);
  });
});

describe('vetting levels in questions', () => {
  it.each([
    ['does it need bpss?', ['BPSS']],
    ['is EV2 needed', ['EV2']],
    ['do I need enhanced SC clearance', ['eSC']],
    ['need sc vetting?', ['SC']],
    ['what sc hubs are there', []],
    ['nppv 3 or mv?', ['NPPV3', 'MV']],
    ['any nppv?', ['NPPV']],
  ] as const)('"%s" -> %j', (question, codes) => {
    expect(vettingCodesAsked(words(question))).toEqual(codes);
  });

  it('a family matches every level in it, a code only itself', () => {
    expect(levelMatches('NPPV', 'NPPV2')).toBe(true);
    expect(levelMatches('NPPV2', 'NPPV2 (abbreviated)')).toBe(true);
    expect(levelMatches('SC', 'eSC')).toBe(false);
    expect(levelMatches('EV', 'EV1')).toBe(true);
  });

  it('every level can be named in a question and has a glossary entry', () => {
    const glossary = new Glossary(glossaryEntries());
    for (const level of VETTING_LEVELS) {
      expect(level.questionWords.length, level.code).toBeGreaterThan(0);
      for (const phrase of level.questionWords) expect(vettingCodesAsked(words(`does it need ${phrase} vetting`)), phrase).toContain(level.code);
      expect(glossary.lookup(level.code), `glossary entry for ${level.code}`).toBeDefined();
    }
  });
});

describe('a stated level is never answered "not stated"', () => {
  const profiles = [
    parse('archivist.txt', ['Job Title: Digital Archivist', 'Force: Northshire Police', 'Vetting: BPSS and EV2', 'Main purpose: Keep records.']),
    parse('estates.txt', ['Job Title: Estates Surveyor', 'Force: Southshire Police', 'Security clearance: Enhanced SC', 'Main purpose: Look after buildings.']),
  ];
  const assistant = createAssistant({ profiles, glossary: glossaryEntries() });

  it.each([
    ['what vetting does the digital archivist need?', /BPSS, EV2/],
    ['does the digital archivist need bpss', /^Yes — .*BPSS/],
    ['is EV2 needed for the digital archivist?', /^Yes — .*EV2/],
    ['does the estates surveyor need enhanced sc?', /^Yes — .*eSC/],
    ['does the estates surveyor need DV vetting?', /^Not as stated — .*eSC/],
    ['which roles need BPSS?', /Digital Archivist/],
    ['which roles need eSC vetting?', /Estates Surveyor/],
    ['what does eSC mean?', /Enhanced Security Check/i],
  ])('%s', (question, expected) => {
    const { answer } = assistant.ask(question);
    expect(answer.text).toMatch(expected);
    expect(answer.text).not.toMatch(/not stated/i);
  });
});
