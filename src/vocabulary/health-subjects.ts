/**
 * Particular health subjects people ask about ("can I apply if I wear glasses?"), the words a question names
 * each with, and the words a profile's health lines state it in. The answer (src/answer/direct-answer.ts)
 * quotes the health line that states the subject asked, or says the profile does not mention it.
 *
 * Both sides match whole words through the phrase matcher, singular or plural ("ear" is "ears"). Neither
 * forgives a typo: the words are short and one letter from others ("sight" / "night", "hearing" /
 * "bearing"), and a wrong subject would quote the wrong line.
 */
import { words } from './normalise-text.ts';
import { PhraseTable } from './phrase-match.ts';

export interface HealthSubject {
  /** How an answer names it: "On eyesight, ...", "does not mention a fitness test". */
  label: string;
  /** Words a question names it with, normalised. */
  questionWords: readonly string[];
  /** Words a profile's health line states it in, normalised. */
  documentWords: readonly string[];
}

/** In order of precedence: a question naming two subjects is answered on the first here. */
export const HEALTH_SUBJECTS: readonly HealthSubject[] = [
  {
    label: 'eyesight',
    questionWords: ['glasses', 'spectacles', 'lens', 'lenses', 'eyesight', 'vision', 'eye', 'colour', 'sight'],
    documentWords: ['eyesight', 'vision', 'glasses', 'spectacles', 'lens', 'lenses', 'sight', 'eye', 'eyewear'],
  },
  {
    label: 'hearing',
    questionWords: ['hearing', 'deaf', 'ear'],
    documentWords: ['hearing'],
  },
  {
    label: 'a fitness test',
    questionWords: ['fitness', 'fit', 'bleep', 'beep', 'jrft', 'physical'],
    documentWords: ['fitness', 'fit', 'jrft', 'bleep', 'beep', 'physical', 'physically'],
  },
  {
    label: 'a medical',
    questionWords: ['medical'],
    documentWords: ['medical', 'medically', 'health screening', 'occupational health'],
  },
];

const ASKED = new PhraseTable<HealthSubject>(HEALTH_SUBJECTS.flatMap((subject) => subject.questionWords.map((phrase) => [phrase, subject] as const)));
const STATED = new Map(HEALTH_SUBJECTS.map((subject) => [subject, new PhraseTable<true>(subject.documentWords.map((phrase) => [phrase, true] as const))]));

/** The health subject a question's normalised words name, or null; the first in the table when several. */
export function healthSubjectAsked(questionWords: readonly string[]): HealthSubject | null {
  const named = new Set(ASKED.find(questionWords).map((hit) => hit.value));
  return HEALTH_SUBJECTS.find((subject) => named.has(subject)) ?? null;
}

/** Whether a line of a profile states the subject ("must meet the required standard of eyesight"). */
export function mentionsHealthSubject(subject: HealthSubject, text: string): boolean {
  return (STATED.get(subject)?.find(words(text)).length ?? 0) > 0;
}
