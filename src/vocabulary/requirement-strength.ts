/**
 * Words that say how strongly something is asked for: essential ("must", "required") or only desirable
 * ("would be an advantage", "ideally"). One list for the parser's criteria and driving readings and for
 * classifying headings ("Qualifications you could have" is desirable, "... you must have" essential).
 */
export type Strength = 'essential' | 'desirable';

export const STRENGTH_WORDS: Readonly<Record<Strength, readonly string[]>> = {
  essential: ['essential', 'must', 'required', 'requirement', 'is needed', 'necessary', 'mandatory'],
  desirable: ['desirable', 'advantage', 'advantageous', 'preferred', 'preferable', 'beneficial', 'helpful', 'would be useful'],
};

/**
 * In a heading the modal says it too ("Qualifications you could have", "What would be nice"); in a sentence
 * it does not ("you would be required to drive").
 */
export const HEADING_STRENGTH_WORDS: Readonly<Record<Strength, readonly string[]>> = {
  essential: [...STRENGTH_WORDS.essential, 'need', 'needed', 'needs'],
  desirable: [...STRENGTH_WORDS.desirable, 'could', 'would', 'ideally', 'bonus', 'nice', 'plus'],
};

function wordPattern(phrases: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${phrases.map((phrase) => phrase.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
}

/** Text stating the strength in so many words. */
export const STRENGTH_PATTERN: Readonly<Record<Strength, RegExp>> = {
  essential: wordPattern(STRENGTH_WORDS.essential),
  desirable: wordPattern(STRENGTH_WORDS.desirable),
};
