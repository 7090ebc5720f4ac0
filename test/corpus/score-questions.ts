/**
 * Scores one batch of corpus questions with the real assistant as it stands, split into its held-out and
 * development parts: the figures FIRST-SIGHT.md records before anything is changed for the batch.
 *
 *   npx tsx test/corpus/score-questions.ts <batch>
 *
 * A question is right when answerProblems() (the same checks the answer corpus test makes) finds nothing. A
 * follow-up is asked in the conversation its earlier question left, exactly as the test asks it. Failures are
 * listed with what was wrong and the first lines of the answer, to be read for the kind of failure.
 */
import type { ConversationContext } from '../../src/answer/types.ts';
import { answerProblems, loadCorpusQuestions, type BatchedQuestion } from './corpus-questions.ts';
import { createCorpusAssistant } from './load-assistant.ts';

const ANSWER_LINES_SHOWN = 4;

interface Scored {
  question: BatchedQuestion;
  problems: string[];
  answerHead: string;
}

async function main(): Promise<void> {
  const batch = process.argv[2];
  const all = loadCorpusQuestions();
  const batches = [...new Set(all.map((q) => q.batch).filter((b) => b !== undefined))];
  if (batch === undefined || !batches.includes(batch)) {
    console.error(`usage: npx tsx test/corpus/score-questions.ts <batch>; batches: ${batches.join(', ') || 'none'}`);
    process.exitCode = 2;
    return;
  }
  const { assistant, failures } = await createCorpusAssistant();
  for (const f of failures) console.log(`document refused: ${f.file}: ${f.message}`);

  // Every question is asked in file order, so a follow-up finds the context its earlier question left.
  const contexts = new Map<string, ConversationContext>();
  const scored: Scored[] = [];
  for (const q of all) {
    const context = q.followUp === undefined ? undefined : contexts.get(q.followUp);
    const { answer, context: next } = assistant.ask(q.question, context);
    contexts.set(q.id, next);
    if (q.batch !== batch) continue;
    const answerHead = answer.text.split('\n').slice(0, ANSWER_LINES_SHOWN).join('\n      ');
    scored.push({ question: q, problems: answerProblems(q, answer), answerHead: `[${answer.kind}] ${answerHead}` });
  }

  const part = (heldOut: boolean): Scored[] => scored.filter((s) => s.question.heldOut === heldOut);
  const right = (list: Scored[]): number => list.filter((s) => s.problems.length === 0).length;
  const pct = (n: number, d: number): string => (d === 0 ? '-' : `${Math.round((100 * n) / d)}%`);
  const held = part(true);
  const dev = part(false);
  console.log(`Batch ${batch}: ${scored.length} questions; held out: ${held.map((s) => s.question.id).join(', ')}`);
  console.log('');
  console.log(`Whole batch: ${right(scored)}/${scored.length} right (${pct(right(scored), scored.length)}); held out ${right(held)}/${held.length} (${pct(right(held), held.length)}), development ${right(dev)}/${dev.length} (${pct(right(dev), dev.length)}).`);
  const followUps = scored.filter((s) => s.question.followUp !== undefined);
  console.log(`Follow-ups: ${right(followUps)}/${followUps.length} right.`);
  console.log('');
  for (const s of scored.filter((x) => x.problems.length > 0)) {
    const mark = s.question.heldOut ? ' (held out)' : '';
    console.log(`FAIL ${s.question.id}${mark}: "${s.question.question}"`);
    for (const p of s.problems) console.log(`    - ${p}`);
    console.log(`    gives: ${s.answerHead}`);
    console.log(`    source: ${s.question.source}`);
  }
}

void main();
