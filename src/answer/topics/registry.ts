/** Every topic by key, in the order a summary or a comparison shows them. */
import { behavioursTopic, skillsTopic, valuesTopic } from './competencies.ts';
import { drivingTopic } from './driving.ts';
import { purposeTopic, responsibilitiesTopic } from './duties.ts';
import type { Topic, TopicKey } from './fact-builders.ts';
import { conditionsTopic, healthTopic, itSystemsTopic, standardsTopic, trainingTopic } from './lists.ts';
import { gradeTopic, reportingTopic, staffTypeTopic } from './position.ts';
import { desirableTopic, essentialTopic, requirementsTopic } from './requirements.ts';
import { vettingTopic } from './vetting.ts';
import { payTopic } from './pay.ts';
import { closingDateTopic, entryRoutesTopic, minimumServiceTopic } from './recruitment.ts';
import { workingArrangementsTopic } from './working-arrangements.ts';
import { hoursTopic, shiftsTopic } from './working-time.ts';
import { dressTopic, locationTopic } from './workplace.ts';

export const TOPICS: Record<TopicKey, Topic> = {
  purpose: purposeTopic,
  responsibilities: responsibilitiesTopic,
  'staff-type': staffTypeTopic,
  grade: gradeTopic,
  pay: payTopic,
  reporting: reportingTopic,
  hours: hoursTopic,
  shifts: shiftsTopic,
  vetting: vettingTopic,
  driving: drivingTopic,
  requirements: requirementsTopic,
  essential: essentialTopic,
  desirable: desirableTopic,
  skills: skillsTopic,
  behaviours: behavioursTopic,
  values: valuesTopic,
  health: healthTopic,
  training: trainingTopic,
  'it-systems': itSystemsTopic,
  dress: dressTopic,
  location: locationTopic,
  conditions: conditionsTopic,
  standards: standardsTopic,
  'working-arrangements': workingArrangementsTopic,
  'closing-date': closingDateTopic,
  'minimum-service': minimumServiceTopic,
  'entry-routes': entryRoutesTopic,
};

export const TOPIC_KEYS = Object.keys(TOPICS) as TopicKey[];

export function topic(key: TopicKey): Topic {
  return TOPICS[key];
}
