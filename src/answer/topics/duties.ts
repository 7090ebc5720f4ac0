/** What the role is for and what the post holder does. */
import { cite, citeScalar } from '../citations.ts';
import { notStated, scalarFact, stated, type Topic } from './fact-builders.ts';

export const purposeTopic: Topic = {
  key: 'purpose',
  label: 'Purpose',
  facts: (profile) => [scalarFact(profile, 'purpose', 'Purpose', 'purpose')],
};

export const responsibilitiesTopic: Topic = {
  key: 'responsibilities',
  label: 'Responsibilities',
  facts: (profile) => {
    const facts = [];
    if (profile.purpose) {
      facts.push(stated(profile, 'responsibilities', 'Purpose', profile.purpose, citeScalar(profile, 'purpose')));
    }
    if (profile.responsibilities.length === 0) {
      facts.push(notStated(profile, 'responsibilities', 'Responsibilities'));
      return facts;
    }
    const items = profile.responsibilities.map((item) => ({
      text: item.text,
      citations: cite(profile, 'responsibilities', item.evidence),
    }));
    facts.push(
      stated(profile, 'responsibilities', 'Responsibilities', `${items.length} responsibilities`, items.flatMap((item) => item.citations), {
        items,
      }),
    );
    return facts;
  },
};
