/**
 * Names of the national behaviour frameworks, so a behaviour can be recognised (and its framework named)
 * even where a document lists them without a heading.
 */

/** Competency and Values Framework (College of Policing, 2016): six competencies. */
export const CVF_BEHAVIOURS = [
  'Emotionally Aware',
  'Take Ownership',
  'Collaborative',
  'Deliver, Support and Inspire',
  'Analyse Critically',
  'Innovative and Open-minded',
] as const;

/** The four CVF values. */
export const CVF_VALUES = ['Integrity', 'Impartiality', 'Public Service', 'Transparency'] as const;

/** Policing Professional Framework personal qualities (the framework before the CVF). */
export const PPF_QUALITIES = [
  'Serving the public',
  'Openness to change',
  'Service delivery',
  'Professionalism',
  'Decision making',
  'Working with others',
  'Leading strategic change',
  'Leading the workforce',
] as const;

function key(name: string): string {
  return name.toLowerCase().replace(/&/g, 'and').replace(/[^a-z]+/g, '');
}

const CVF_B = new Set(CVF_BEHAVIOURS.map(key));
const CVF_V = new Set(CVF_VALUES.map(key));
const PPF = new Set(PPF_QUALITIES.map(key));

export type FrameworkKind = 'cvf-behaviour' | 'cvf-value' | 'ppf-quality' | null;

export function frameworkOf(name: string): FrameworkKind {
  const k = key(name);
  if (CVF_B.has(k)) return 'cvf-behaviour';
  if (CVF_V.has(k)) return 'cvf-value';
  if (PPF.has(k)) return 'ppf-quality';
  return null;
}
