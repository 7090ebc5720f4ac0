/** The corpus questions file (questions.json), validated, and the checks that say what an answer must hold. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CORPUS_DIR, normaliseText } from './expected-facts.ts';

const AlternativesSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const CorpusQuestionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  question: z.string().min(1),
  followUp: z.string().optional(),
  kind: z.array(z.enum(['answer', 'summary', 'comparison', 'list', 'clarify', 'not-found', 'help'])).min(1),
  roles: z.array(z.string().min(1)).default([]),
  mustContain: z.array(AlternativesSchema).default([]),
  mustNotContain: z.array(z.string().min(1)).default([]),
  notStated: z.boolean().default(false),
  listed: z.object({ include: z.array(z.string().min(1)), exclude: z.array(z.string().min(1)) }).optional(),
  /** Where the expected fact is in the corpus (document:line), for people reading a failure. */
  source: z.string().min(1),
});
export type CorpusQuestion = z.infer<typeof CorpusQuestionSchema>;

const QuestionsFileSchema = z.object({
  notes: z.array(z.string()),
  questions: z.array(CorpusQuestionSchema).min(30),
});

export function loadCorpusQuestions(): CorpusQuestion[] {
  const raw: unknown = JSON.parse(readFileSync(join(CORPUS_DIR, 'questions.json'), 'utf8'));
  const result = QuestionsFileSchema.safeParse(raw);
  if (!result.success) throw new Error(`questions.json: ${z.prettifyError(result.error)}`);
  const ids = new Set<string>();
  for (const q of result.data.questions) {
    if (ids.has(q.id)) throw new Error(`questions.json: duplicate id ${q.id}`);
    if (q.followUp !== undefined && !ids.has(q.followUp)) {
      throw new Error(`questions.json: ${q.id} follows up ${q.followUp}, which must come before it`);
    }
    ids.add(q.id);
  }
  return result.data.questions;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An expected phrase: "re:..." is a case-insensitive regular expression, anything else a normalised phrase. */
export function containsPhrase(text: string, phrase: string): boolean {
  if (phrase.startsWith('re:')) {
    const re = new RegExp(phrase.slice(3), 'i');
    return re.test(text) || re.test(normaliseText(text));
  }
  return normaliseText(text).includes(normaliseText(phrase));
}

/** A forbidden word or phrase, matched as whole words so "SC" does not match "PSC" or "scale". */
export function containsWord(text: string, word: string): boolean {
  const re = new RegExp(`(^|[^a-z0-9])${escapeRegExp(normaliseText(word))}([^a-z0-9]|$)`);
  return re.test(normaliseText(text));
}

/** How an answer says a fact is absent from the profile. */
export const NOT_STATED = /\b(not stated|does not state|doesn't state|not specified|does not specify|doesn't specify|does not say|doesn't say|no .{0,30} (is )?stated)\b/i;
