/**
 * TEST DOUBLE of the Assistant interface, for Slack tests that need exact control over what the core says
 * (failures, a huge answer, hostile text). It is NOT the answering core: end-to-end tests of real answers use
 * the real assistant built from the seed documents (see seed-assistant.ts).
 */
import type { Assistant, AskResult } from '../../src/answer/assistant-api.ts';
import type { Answer, Citation, ConversationContext, Fact, RoleRef } from '../../src/answer/types.ts';
import type { RoleProfile } from '../../src/profile/role-profile.ts';

export interface DoubleRole {
  ref: RoleRef;
  staffType: 'officer' | 'staff' | 'unknown';
  facts: Fact[];
}

export function doubleCitation(role: RoleRef, field: string, line: number, quote: string): Citation {
  return { roleId: role.id, roleTitle: role.title, field, line, quote };
}

/** A double answering from a fixed table: `ask` finds a role title (or context) and a topic word. */
export function createAssistantTestDouble(roles: readonly DoubleRole[], overrides: Partial<Assistant> = {}): Assistant {
  // Titles are matched without any <...> markup a hostile document put in them.
  const plain = (title: string): string => title.replace(/<[^>]*>/g, '').trim().toLowerCase();
  const find = (text: string): DoubleRole[] => roles.filter((role) => text.toLowerCase().includes(plain(role.ref.title)));
  const summaryOf = (role: DoubleRole, question: string): Answer => ({
    kind: 'summary',
    question,
    roles: [role.ref],
    text: `${role.ref.title}: ${role.facts.map((fact) => `${fact.label}: ${fact.value ?? 'not stated'}`).join('; ')}`,
    citations: role.facts.flatMap((fact) => fact.citations),
    facts: role.facts,
  });
  const notFound = (question: string): Answer => ({
    kind: 'not-found',
    question,
    roles: [],
    text: `I could not find a role matching "${question}".`,
    citations: [],
    suggestions: roles.slice(0, 2).map((role) => role.ref),
  });
  const base: Assistant = {
    ask(question: string, context: ConversationContext = { roleIds: [] }): AskResult {
      const named = find(question);
      const role = named[0] ?? roles.find((candidate) => candidate.ref.id === context.roleIds[0]);
      if (!role) return { answer: notFound(question), context };
      const facts = role.facts.filter((fact) => question.toLowerCase().includes(fact.topic));
      const answer: Answer =
        facts.length === 0
          ? summaryOf(role, question)
          : { kind: 'answer', question, roles: [role.ref], text: facts.map((f) => `${f.label}: ${f.value ?? 'not stated'}`).join('\n'), citations: facts.flatMap((f) => f.citations), facts };
      return { answer, context: { roleIds: [role.ref.id] } };
    },
    summary(query: string): Answer {
      const role = find(query)[0];
      return role ? summaryOf(role, query) : notFound(query);
    },
    compare(queries: readonly string[]): Answer {
      const chosen = queries.map((query) => find(query)[0]);
      const missing = queries.find((_, i) => chosen[i] === undefined);
      if (missing !== undefined) return notFound(missing);
      const picked = chosen.filter((role): role is DoubleRole => role !== undefined);
      const topics = [...new Set(picked.flatMap((role) => role.facts.map((fact) => fact.topic)))];
      return {
        kind: 'comparison',
        question: queries.join(' vs '),
        roles: picked.map((role) => role.ref),
        text: picked.map((role) => role.ref.title).join(' vs '),
        citations: picked.flatMap((role) => role.facts.flatMap((fact) => fact.citations)),
        headline: picked.map((role) => role.ref.title).join(' vs '),
        rows: topics.map((topic) => {
          const cells = picked.map((role) => {
            const fact = role.facts.find((candidate) => candidate.topic === topic);
            return { roleId: role.ref.id, status: fact?.status ?? 'not-stated', value: fact?.value ?? null, citations: fact?.citations ?? [] };
          });
          const label = picked.flatMap((role) => role.facts).find((fact) => fact.topic === topic)?.label ?? topic;
          return { topic, label, same: new Set(cells.map((cell) => cell.value)).size === 1, cells, differences: [] };
        }),
      };
    },
    move: (fromQuery: string) => notFound(fromQuery),
    roles: () => roles.map((role) => role.ref),
    profile: (id: string) => {
      const role = roles.find((candidate) => candidate.ref.id === id);
      // Only the fields the Slack side reads (title, staffType) are meaningful in the double.
      return role ? ({ id: role.ref.id, title: role.ref.title, staffType: role.staffType } as unknown as RoleProfile) : undefined;
    },
    upsert: () => {},
    remove: () => false,
  };
  return { ...base, ...overrides };
}
