/**
 * The assistant the Slack end-to-end tests talk to.
 * TEMPORARY: until the answering core (src/answer/assistant.ts) and the parser's index land, this returns the
 * Assistant TEST DOUBLE with values copied from the seed documents; it will build the real assistant from
 * data/sources/ instead.
 */
import type { Assistant } from '../../src/answer/assistant-api.ts';
import type { RoleRef } from '../../src/answer/types.ts';
import { createAssistantTestDouble, doubleCitation, type DoubleRole } from './assistant-test-double.ts';

const handler: RoleRef = { id: 'contact-handler', title: 'Contact Handler', organisation: 'Leicestershire Police' };
const pcso: RoleRef = { id: 'police-community-support-officer', title: 'Police Community Support Officer', organisation: 'Hertfordshire Constabulary' };
const cpt: RoleRef = { id: 'community-policing-team-pc', title: 'Community Policing Team PC', organisation: 'Essex Police' };

const ROLES: DoubleRole[] = [
  {
    ref: handler,
    staffType: 'staff',
    facts: [
      { roleId: handler.id, topic: 'vetting', label: 'Vetting', status: 'stated', value: 'CTC, RV', citations: [doubleCitation(handler, 'vetting', 66, 'CTC, RV')] },
      { roleId: handler.id, topic: 'driving', label: 'Driving', status: 'not-stated', value: null, citations: [] },
    ],
  },
  {
    ref: pcso,
    staffType: 'staff',
    facts: [
      { roleId: pcso.id, topic: 'vetting', label: 'Vetting', status: 'ambiguous', value: null, note: 'be vetted, as advised by the vetting unit', citations: [doubleCitation(pcso, 'vetting', 46, 'be vetted, as advised by the vetting unit.')] },
      { roleId: pcso.id, topic: 'driving', label: 'Driving', status: 'stated', value: 'Essential: full clean driving licence', citations: [doubleCitation(pcso, 'driving', 34, 'Full Clean Driving Licence')] },
    ],
  },
  {
    ref: cpt,
    staffType: 'officer',
    facts: [{ roleId: cpt.id, topic: 'vetting', label: 'Vetting', status: 'not-stated', value: null, citations: [] }],
  },
];

export interface SeedAssistantOptions {
  /** Extra role documents (name and text) to load beside the seeds. */
  documents?: Array<{ name: string; text: string }>;
}

export async function createSeedAssistant(options: SeedAssistantOptions = {}): Promise<Assistant> {
  const extra: DoubleRole[] = (options.documents ?? []).map((doc) => {
    const title = /^(?:Job title|Role Title):\s*(.+)$/im.exec(doc.text)?.[1]?.trim() ?? doc.name;
    const vetting = /^Vetting(?: level)?:\s*(.+)$/im.exec(doc.text)?.[1]?.trim() ?? null;
    const ref: RoleRef = { id: doc.name.replace(/\.\w+$/, ''), title, organisation: null };
    return {
      ref,
      staffType: 'unknown' as const,
      facts: [{ roleId: ref.id, topic: 'vetting', label: 'Vetting', status: vetting ? ('stated' as const) : ('not-stated' as const), value: vetting, citations: [doubleCitation(ref, 'vetting', 3, vetting ?? '')] }],
    };
  });
  return createAssistantTestDouble([...ROLES, ...extra]);
}
