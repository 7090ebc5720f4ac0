/** Dress, location, department and travel. */
import { scalarFact, statedScalarFacts, type Topic } from './fact-builders.ts';

export const dressTopic: Topic = {
  key: 'dress',
  label: 'Dress',
  facts: (profile) => [scalarFact(profile, 'dress', 'Dress', 'dress')],
};

export const locationTopic: Topic = {
  key: 'location',
  label: 'Location and travel',
  facts: (profile) =>
    statedScalarFacts(profile, 'location', 'Location and travel', [
      ['Location', 'location'],
      ['Department', 'department'],
      ['Travel', 'travel'],
    ]),
};
