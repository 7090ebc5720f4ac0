/**
 * The topics a question can ask about. Each names one part of a profile (one field or a group of fields);
 * the answer stage has one topic file per key, and the vocabulary's question words point at these keys.
 */
export const TOPIC_KEYS = [
  'requirements',
  'essential',
  'desirable',
  'hours',
  'shifts',
  'vetting',
  'driving',
  'skills',
  'behaviours',
  'values',
  'responsibilities',
  'purpose',
  'reporting',
  'grade',
  'pay',
  'staff-type',
  'health',
  'training',
  'it-systems',
  'dress',
  'location',
  'conditions',
  'standards',
  'working-arrangements',
  'closing-date',
  'minimum-service',
  'entry-routes',
] as const;

export type TopicKey = (typeof TOPIC_KEYS)[number];
