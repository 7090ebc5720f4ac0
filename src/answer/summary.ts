/** "Tell me about X": the role's main facts, each cited, with the gaps that matter said out loud. */
import type { RoleProfile } from '../profile/role-profile.ts';
import { alsoKnownAs } from '../profile/role-aliases.ts';
import { titleSourceNote } from '../profile/title-source.ts';
import { uniqueCitations } from './citations.ts';
import { roleFactsText } from './render-text.ts';
import { NO_FOCUS, type TopicKey } from './topics/fact-builders.ts';
import { topic } from './topics/registry.ts';
import { roleRef, type Answer, type Fact } from './types.ts';

/** Topics shown in a summary, and whether a "not stated" for them is worth showing. */
const SUMMARY_TOPICS: [TopicKey, boolean][] = [
  ['purpose', false],
  ['staff-type', true],
  ['grade', true],
  ['pay', false],
  ['reporting', true],
  ['hours', true],
  ['shifts', true],
  ['working-arrangements', false],
  ['vetting', true],
  ['driving', true],
  ['essential', true],
  ['desirable', false],
  ['skills', false],
  ['behaviours', false],
  ['values', false],
  ['health', false],
  ['training', false],
  ['it-systems', false],
  ['dress', false],
  ['location', false],
  ['minimum-service', false],
  ['entry-routes', false],
  ['closing-date', false],
  ['conditions', false],
];

export function summaryFacts(profile: RoleProfile): Fact[] {
  const facts: Fact[] = [];
  for (const [key, showGap] of SUMMARY_TOPICS) {
    for (const fact of topic(key).facts(profile, NO_FOCUS)) {
      if (key === 'behaviours' && fact.label === 'Values') continue;
      // The pay topic repeats the grade beside "pay not stated"; the grade topic already shows it.
      if (key === 'pay' && !fact.label.startsWith('Pay')) continue;
      if (fact.status === 'not-stated' && !showGap) continue;
      facts.push(fact);
    }
  }
  return facts;
}

export function summaryAnswer(question: string, profile: RoleProfile): Answer {
  const facts = summaryFacts(profile);
  const role = roleRef(profile);
  const [label = '', ...factLines] = roleFactsText(role, facts).split('\n');
  const aliases = alsoKnownAs(profile);
  // The other names right under the role's name, before its facts.
  const lines = [[label, ...(aliases ? [aliases] : []), ...factLines].join('\n')];
  const titleNote = titleSourceNote(profile);
  if (titleNote !== null) lines.push(`(The title "${profile.title}" was ${titleNote}.)`);
  return {
    kind: 'summary',
    question,
    roles: [role],
    facts,
    ...(aliases ? { alsoKnownAs: aliases } : {}),
    text: lines.join('\n'),
    citations: uniqueCitations(facts.flatMap((fact) => fact.citations)),
  };
}
