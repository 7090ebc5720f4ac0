/** What a parent message says was asked for: "the Contact Handler summary", "a comparison of A, B". */
import type { Answer } from '../answer/types.ts';

export function describeAnswer(answer: Answer): string {
  const titles = answer.roles.map((role) => role.title);
  switch (answer.kind) {
    case 'summary':
      return `the ${titles[0] ?? 'role'} summary`;
    case 'comparison':
      return `a comparison of ${titles.join(', ')}`;
    case 'list':
      return answer.title;
    case 'move':
      return `what moving from ${answer.checklist.from.title} to ${answer.checklist.to.title} would take`;
    default:
      return `"${answer.question}"`;
  }
}
