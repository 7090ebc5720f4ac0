/**
 * Values a form writes in a field it has nothing for: "N/A", "Not applicable", "None", "TBC", a dash. Such a
 * value states nothing about the field, so an extractor reads it as no value, never as the fact itself
 * ("Shift pattern: N/A" is no shift pattern). Whether it also says "not required" is for the field to judge.
 */
export const EMPTY_VALUE = /^(?:n\s?\/\s?a|n\.a\.?|not applicable|none|nil|tbc|tba|-+|—|–)\.?$/i;

export function isEmptyValue(text: string): boolean {
  return EMPTY_VALUE.test(text.trim());
}
