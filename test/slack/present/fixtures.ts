/** Answers shaped like the core's, for presenter tests (values as the seed documents state them). */
import type { Answer, Citation, Fact, RoleRef } from '../../../src/answer/types.ts';

export const handler: RoleRef = { id: 'contact-handler', title: 'Contact Handler', organisation: 'Leicestershire Police' };
export const pcso: RoleRef = { id: 'pcso', title: 'Police Community Support Officer', organisation: 'Hertfordshire Constabulary' };

export function cite(role: RoleRef, field: string, line: number, quote = '...'): Citation {
  return { roleId: role.id, roleTitle: role.title, field, line, quote };
}

export const vettingFact: Fact = {
  roleId: handler.id,
  topic: 'vetting',
  label: 'Vetting',
  status: 'stated',
  value: 'CTC, RV',
  citations: [cite(handler, 'vetting', 42, 'Counter Terrorist Check (CTC) and Recruitment Vetting (RV)')],
};

export const skillsFact: Fact = {
  roleId: handler.id,
  topic: 'skills',
  label: 'Skills',
  status: 'stated',
  value: null,
  items: [
    { text: 'Typing', detail: '3', citations: [cite(handler, 'skills', 60)] },
    { text: 'Communication', detail: 'Level 4', citations: [cite(handler, 'skills', 61)] },
    { text: 'First aid', detail: 'Accredited', citations: [cite(handler, 'skills', 62)] },
  ],
  citations: [cite(handler, 'skills', 60), cite(handler, 'skills', 61), cite(handler, 'skills', 62)],
};

export const drivingNotStated: Fact = {
  roleId: handler.id,
  topic: 'driving',
  label: 'Driving',
  status: 'not-stated',
  value: null,
  citations: [],
};

export function vettingAnswer(): Extract<Answer, { kind: 'answer' }> {
  return {
    kind: 'answer',
    question: 'what vetting does a contact handler need?',
    roles: [handler],
    text: 'Contact Handler: Vetting: CTC, RV',
    citations: vettingFact.citations,
    facts: [vettingFact],
  };
}

export function summaryAnswer(facts: Fact[] = [vettingFact, drivingNotStated, skillsFact]): Extract<Answer, { kind: 'summary' }> {
  return {
    kind: 'summary',
    question: 'Contact Handler',
    roles: [handler],
    text: 'Contact Handler summary',
    citations: facts.flatMap((fact) => fact.citations),
    facts,
  };
}
