/**
 * Parity: every concept is taught on both sides. It has document headings the parser finds, question words
 * the question reader finds, a topic that answers it and a profile field that holds it; every value the
 * parser can emit is matchable in a question and has a glossary entry.
 */
import { describe, expect, it } from 'vitest';
import { detectTopics } from '../../src/answer/detect-topics.ts';
import { Glossary } from '../../src/answer/glossary.ts';
import { tokenize } from '../../src/catalogue/index.ts';
import { FEATURE_IDS, RoleProfileSchema } from '../../src/profile/role-profile.ts';
import { CONCEPTS, STRUCTURE_HEADINGS, type Concept } from '../../src/vocabulary/concepts.ts';
import { LEXICON, lookupLabel, SECTION_ORDER } from '../../src/vocabulary/document-headings.ts';
import { FEATURES, featuresAsked } from '../../src/vocabulary/features.ts';
import { CVF_BEHAVIOURS, CVF_VALUES, frameworkOf } from '../../src/vocabulary/frameworks.ts';
import { TOPIC_KEYS } from '../../src/vocabulary/topic-keys.ts';
import { VETTING_LEVELS } from '../../src/vocabulary/vetting-levels.ts';
import { glossaryEntries } from '../answer/support/seed-assistant.ts';

const concepts = Object.entries(CONCEPTS) as [string, Concept][];
const fields = new Set(Object.keys(RoleProfileSchema.shape));
/** Concepts no profile field holds, and why: their questions are answered without one. */
const WITHOUT_FIELD = new Set<string>([]);

describe('every concept is taught on both sides', () => {
  it.each(concepts)('%s has headings, question words, a topic and a field', (id, concept) => {
    expect(concept.headings.length).toBeGreaterThan(0);
    expect(concept.questionWords.length).toBeGreaterThan(0);
    expect(TOPIC_KEYS).toContain(concept.topic);
    if (WITHOUT_FIELD.has(id)) expect(concept.field).toBeNull();
    else expect(fields.has(concept.field ?? '')).toBe(true);
  });

  it.each(concepts)('%s: each heading is read as a section of its concept (or of an earlier one listing it too)', (id, concept) => {
    for (const heading of concept.headings) {
      const key = lookupLabel(heading);
      const firstOwner = SECTION_ORDER.find((section) => LEXICON[section].includes(heading));
      expect(key, heading).toBe(firstOwner);
      expect(SECTION_ORDER.indexOf(firstOwner ?? 'other')).toBeLessThanOrEqual(SECTION_ORDER.indexOf(id as never));
    }
  });

  it.each(concepts)('%s: each question word is read as its topic', (_id, concept) => {
    for (const words of concept.questionWords) {
      expect(detectTopics(tokenize(`what about ${words}?`)).topics, words).toContain(concept.topic);
    }
  });

  it('every topic is answered for some concept, and every section is a concept or a structure heading', () => {
    expect(new Set(concepts.map(([, concept]) => concept.topic))).toEqual(new Set(TOPIC_KEYS));
    expect(new Set(SECTION_ORDER)).toEqual(new Set([...Object.keys(CONCEPTS), ...Object.keys(STRUCTURE_HEADINGS)]));
  });
});

describe('every value the parser can emit is askable and explained', () => {
  const glossary = new Glossary(glossaryEntries());

  it.each(VETTING_LEVELS.map((level) => [level.code, level] as const))('vetting level %s', (code, level) => {
    for (const words of level.questionWords) expect(detectTopics(tokenize(`does it need ${words}?`)).topics, words).toContain('vetting');
    expect(glossary.lookup(code)).toBeDefined();
  });

  it.each(FEATURE_IDS.map((id) => [id] as const))('feature %s', (id) => {
    for (const words of FEATURES[id].questionWords) expect(featuresAsked(words.split(' ')), words).toContain(id);
  });

  it('frameworks: each name is recognised and each framework explained', () => {
    for (const name of CVF_BEHAVIOURS) expect(frameworkOf(name)).toBe('cvf-behaviour');
    for (const name of CVF_VALUES) expect(frameworkOf(name)).toBe('cvf-value');
    expect(glossary.lookup('CVF')).toBeDefined();
    expect(glossary.lookup('PPF')).toBeDefined();
  });
});
