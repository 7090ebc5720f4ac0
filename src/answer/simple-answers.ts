/** Help, clarifying questions, unknown roles and glossary answers: short, friendly, consistent wording. */
import type { RoleProfile } from '../profile/role-profile.ts';
import type { GlossaryEntry } from './glossary.ts';
import { roleLabel } from './render-text.ts';
import { roleRef, type Answer, type RoleRef } from './types.ts';

export function helpAnswer(question: string, roles: readonly RoleRef[], lead?: string): Answer {
  const first = roles[0]?.title ?? 'Contact Handler';
  const second = roles[1]?.title ?? roles[0]?.title ?? 'PCSO';
  const examples = [
    `What vetting does a ${first} need?`,
    `Hours and shifts for a ${second}?`,
    `Tell me about the ${first}`,
    `Compare ${first} and ${second}`,
    'Which roles need a driving licence?',
    'What does NPPV3 mean?',
  ];
  const intro =
    lead ??
    "I answer questions about the force's role profiles: requirements, hours and shifts, vetting, driving, skills and behaviours, fitness, training and reporting lines, each with the line of the profile it comes from.";
  const text = [intro, roles.length === 0 ? 'No role profiles are loaded yet.' : `I know ${roles.length} role${roles.length === 1 ? '' : 's'}.`, 'Try:', ...examples.map((example) => `- ${example}`)].join('\n');
  return { kind: 'help', question, roles: [], text, citations: [], examples };
}

export function clarifyAnswer(question: string, candidates: readonly RoleProfile[], words?: string): Answer {
  const refs = candidates.map(roleRef);
  const text = [words ? `Which role do you mean by "${words}"?` : 'Which role do you mean?', ...refs.map((ref) => `- ${roleLabel(ref)}`)].join('\n');
  return { kind: 'clarify', question, roles: [], text, citations: [], candidates: refs };
}

export function notFoundAnswer(question: string, asked: string, suggestions: readonly RoleRef[]): Answer {
  const lines = [
    asked ? `I could not find a role matching "${asked}" in the profiles I hold.` : 'I could not tell which role you mean.',
  ];
  if (suggestions.length > 0) lines.push(`Nearest roles: ${suggestions.map(roleLabel).join('; ')}.`);
  else lines.push('Ask "what roles are there?" to see the roles I know.');
  return { kind: 'not-found', question, roles: [], text: lines.join('\n'), citations: [], suggestions: [...suggestions] };
}

export function glossaryAnswer(question: string, entry: GlossaryEntry): Answer {
  const also = entry.aliases.length > 0 ? ` (also: ${entry.aliases.join(', ')})` : '';
  const text = [
    `${entry.term}${also}: ${entry.definition}`,
    `Source: ${entry.source ?? 'Role Call glossary'}. A general definition, not a requirement of any role: ask about a role to see what its profile says.`,
  ].join('\n');
  return {
    kind: 'answer',
    question,
    roles: [],
    text,
    citations: [],
    facts: [
      {
        roleId: '',
        topic: 'glossary',
        label: entry.term,
        status: 'stated',
        value: entry.definition,
        note: entry.source ?? 'Role Call glossary',
        citations: [],
      },
    ],
  };
}

export function unknownTermAnswer(question: string, term: string): Answer {
  const text = `"${term}" is not in my glossary, and I do not guess at abbreviations. Your vetting unit or HR can say what it means.`;
  return { kind: 'not-found', question, roles: [], text, citations: [], suggestions: [] };
}

/** "does the PCSO get a pension?": the profile says nothing about it, and we say so rather than guess. */
export function notMentionedAnswer(question: string, profile: RoleProfile, subject: string): Answer {
  const role = roleRef(profile);
  const text = [
    roleLabel(role),
    `${subject}: not stated in the ${profile.title} profile; it does not mention "${subject}".`,
    `Ask "tell me about the ${profile.title}" for what the profile does say.`,
  ].join('\n');
  return {
    kind: 'answer',
    question,
    roles: [role],
    text,
    citations: [],
    facts: [
      {
        roleId: profile.id,
        topic: 'other',
        label: subject,
        status: 'not-stated',
        value: null,
        note: `The ${profile.title} profile does not mention "${subject}".`,
        citations: [],
      },
    ],
  };
}

/** "what's the difference between MV and NPPV3?": each term's general definition, one after the other. */
export function glossaryAnswerMany(question: string, entries: readonly GlossaryEntry[]): Answer {
  const lines = entries.map((entry) => `${entry.term}: ${entry.definition}`);
  lines.push('Source: Role Call glossary (general definitions, not requirements of any role). Ask about a role to see which levels its profile states.');
  return {
    kind: 'answer',
    question,
    roles: [],
    text: lines.join('\n'),
    citations: [],
    facts: entries.map((entry) => ({
      roleId: '',
      topic: 'glossary',
      label: entry.term,
      status: 'stated' as const,
      value: entry.definition,
      note: entry.source ?? 'Role Call glossary',
      citations: [],
    })),
  };
}
