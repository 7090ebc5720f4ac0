/** Dress, location, department and travel. */
import { scalarFact, notStated, type Topic } from './fact-builders.ts';

export const dressTopic: Topic = {
  key: 'dress',
  label: 'Dress',
  facts: (profile) => [scalarFact(profile, 'dress', 'Dress', 'dress')],
};

export const locationTopic: Topic = {
  key: 'location',
  label: 'Location and travel',
  facts: (profile) => {
    const facts = [
      scalarFact(profile, 'location', 'Location', 'location'),
      scalarFact(profile, 'location', 'Department', 'department'),
      scalarFact(profile, 'location', 'Travel', 'travel'),
    ].filter((fact) => fact.status === 'stated');
    return facts.length > 0 ? facts : [notStated(profile, 'location', 'Location and travel')];
  },
};
