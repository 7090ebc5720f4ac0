/** The corpus questions file (questions.json), validated, and the checks that say what an answer must hold. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Answer } from '../../src/answer/types.ts';
import { CORPUS_DIR, includesText, normaliseText } from './expected-facts.ts';

const AlternativesSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const CorpusQuestionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  question: z.string().min(1),
  followUp: z.string().optional(),
  kind: z.array(z.enum(['answer', 'move', 'summary', 'comparison', 'list', 'clarify', 'not-found', 'help'])).min(1),
  roles: z.array(z.string().min(1)).default([]),
  mustContain: z.array(AlternativesSchema).default([]),
  mustNotContain: z.array(z.string().min(1)).default([]),
  notStated: z.boolean().default(false),
  listed: z.object({ include: z.array(z.string().min(1)), exclude: z.array(z.string().min(1)) }).optional(),
  /** Where the expected fact is in the corpus (document:line), for people reading a failure. */
  source: z.string().min(1),
  /** False for a definition answered from the glossary: no document line to cite. */
  citesDocument: z.boolean().default(true),
  /** In a named batch: held out from anyone changing the answer layer, so it keeps measuring first sight. */
  heldOut: z.boolean().default(false),
});
export type CorpusQuestion = z.infer<typeof CorpusQuestionSchema>;

const QuestionsFileSchema = z.object({
  /** A later batch names itself; questions.json (the first questions) has none. */
  batch: z.string().regex(/^[a-z0-9-]+$/).optional(),
  notes: z.array(z.string()),
  questions: z.array(CorpusQuestionSchema).min(30),
});

/** The question files, in the order they are asked: the first set, then each batch written after it. */
export const QUESTION_FILES = ['questions.json', 'questions-2026-12b.json', 'questions-2026-12c.json'] as const;

export type BatchedQuestion = CorpusQuestion & { batch: string | undefined };

/** Every question of every file, each with its file's batch; ids are unique across files and a follow-up comes after what it follows. */
export function loadCorpusQuestions(): BatchedQuestion[] {
  const ids = new Set<string>();
  const all: BatchedQuestion[] = [];
  for (const file of QUESTION_FILES) {
    const raw: unknown = JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8'));
    const result = QuestionsFileSchema.safeParse(raw);
    if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
    for (const q of result.data.questions) {
      if (ids.has(q.id)) throw new Error(`${file}: duplicate id ${q.id}`);
      if (q.followUp !== undefined && !ids.has(q.followUp)) {
        throw new Error(`${file}: ${q.id} follows up ${q.followUp}, which must come before it`);
      }
      ids.add(q.id);
      all.push({ ...q, batch: result.data.batch });
    }
  }
  return all;
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

/**
 * What is wrong with an answer to a corpus question, one message per failed check (empty when it is right).
 * The answer corpus test and the first-sight score both use it, so they never disagree.
 */
export function answerProblems(q: CorpusQuestion, answer: Answer): string[] {
  const problems: string[] = [];
  if (!q.kind.includes(answer.kind)) problems.push(`kind ${answer.kind}, expected ${q.kind.join('/')}`);
  for (const role of q.roles) {
    if (!answer.roles.some((r) => includesText(r.title, role))) problems.push(`roles should include "${role}"`);
  }
  if (q.roles.length > 0) {
    // A question about named roles is answered about those roles only, never with another role's facts beside them.
    const others = answer.roles.filter((r) => !q.roles.some((role) => includesText(r.title, role)));
    if (others.length > 0) problems.push(`roles nobody asked about: ${others.map((r) => r.title).join('; ')}`);
  }
  for (const entry of q.mustContain) {
    const alternatives = typeof entry === 'string' ? [entry] : entry;
    if (!alternatives.some((a) => containsPhrase(answer.text, a))) problems.push(`should contain ${alternatives.join(' | ')}`);
  }
  for (const word of q.mustNotContain) {
    if (containsWord(answer.text, word)) problems.push(`must not contain "${word}"`);
  }
  if (q.notStated && !NOT_STATED.test(answer.text)) problems.push('should say not stated');
  if (q.listed) {
    if (answer.kind !== 'list') problems.push(`should be a list, is ${answer.kind}`);
    const titles = answer.kind === 'list' ? answer.items.map((i) => i.role.title) : [];
    for (const role of q.listed.include) {
      if (!titles.some((t) => includesText(t, role))) problems.push(`list should include "${role}": ${titles.join('; ')}`);
    }
    for (const role of q.listed.exclude) {
      if (titles.some((t) => includesText(t, role))) problems.push(`list must not include "${role}": ${titles.join('; ')}`);
    }
  }
  if (answer.kind === 'answer' || answer.kind === 'summary' || answer.kind === 'comparison') {
    const ids = new Set(answer.roles.map((r) => r.id));
    for (const c of answer.citations) {
      if (!ids.has(c.roleId)) problems.push(`citation of ${c.roleId} (${c.field}, line ${c.line}) is not a role of the answer`);
    }
    if (!q.notStated && q.citesDocument && answer.citations.length === 0) problems.push('a stated fact is not cited');
  }
  return problems;
}
