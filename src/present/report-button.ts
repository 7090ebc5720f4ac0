/**
 * The "This is wrong" button under an answer. Its value carries what the report needs and the message
 * cannot give back: the question, and the role, field and line the answer cited (the answer's own text
 * comes with the button's message). Kept within Slack's button value limit.
 */
import { z } from 'zod';
import type { Answer } from '../answer/types.ts';
import { LIMITS } from './limits.ts';
import type { Block } from './message.ts';

export const REPORT_ACTION_ID = 'rolecall_report_wrong';

export const ReportValueSchema = z.object({
  q: z.string(),
  r: z.string().nullable(),
  f: z.string().nullable(),
  l: z.number().int().nonnegative().nullable(),
  /** The cited quote, cut to 300 characters. */
  x: z.string().nullable().default(null),
});
export type ReportValue = z.output<typeof ReportValueSchema>;

/** What an answer is about: its first citation, else its first role. */
export function reportValue(answer: Answer): ReportValue {
  const cited = answer.citations[0];
  const facts = answer.kind === 'answer' || answer.kind === 'summary' ? answer.facts : [];
  const fact = facts.find((f) => f.citations.length > 0) ?? facts[0];
  const citation = fact?.citations[0] ?? cited;
  return {
    q: answer.question,
    r: citation?.roleId ?? fact?.roleId ?? answer.roles[0]?.id ?? null,
    f: citation?.field ?? (fact ? fact.topic : null),
    l: citation ? citation.line : null,
    x: citation ? citation.quote.slice(0, 300) : null,
  };
}

export function encodeReportValue(value: ReportValue): string {
  const room = LIMITS.buttonValue - JSON.stringify({ ...value, q: '' }).length - 10;
  return JSON.stringify({ ...value, q: value.q.slice(0, Math.max(0, room)) });
}

export function reportButtonBlock(answer: Answer): Block {
  return {
    type: 'actions',
    block_id: 'rolecall_report',
    elements: [
      {
        type: 'button',
        action_id: REPORT_ACTION_ID,
        text: { type: 'plain_text', text: 'This is wrong', emoji: true },
        value: encodeReportValue(reportValue(answer)),
      },
    ],
  };
}
