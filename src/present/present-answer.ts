/** The one entry point transports use: any Answer -> the Slack messages to post, in order. */
import type { Answer, RoleRef } from '../answer/types.ts';
import { answerBlocks } from './answer-blocks.ts';
import { comparisonBlocks } from './comparison-blocks.ts';
import { moveBlocks } from './move-blocks.ts';
import { shareMoveActions, type ChooseRoleValue } from './interactive-blocks.ts';
import type { Block, SlackMessage } from './message.ts';
import { clarifyBlocks, helpBlocks, listBlocks, notFoundBlocks } from './other-blocks.ts';
import { reportButtonBlock } from './report-button.ts';
import { splitIntoMessages } from './split-messages.ts';
import { summaryBlocks } from './summary-blocks.ts';

export interface PresentOptions {
  /** What a "Did you mean" button does: re-answer the question ("ask") or show a summary ("summary"). */
  chooseMode?: ChooseRoleValue['m'];
  /** What the button carries as `q` instead of the answer's question (the other roles of a comparison). */
  chooseQuestion?: string;
  /** Roles offered in the "Compare with ..." menu under a summary. */
  compareCandidates?: readonly RoleRef[];
  /** Add the "This is wrong" button under an answer that states something (src/present/report-button.ts). */
  reportButton?: boolean;
  /**
   * A move checklist shown privately gets a "Share in thread" button at its end, posting in this thread (null:
   * a new thread, as a slash command's answer).
   */
  shareMove?: { threadTs: string | null };
}

/** Answers that say something about roles can be wrong; a clarification or help cannot. */
const REPORTABLE: ReadonlySet<Answer['kind']> = new Set(['answer', 'summary', 'comparison', 'list']);

export function answerToBlocks(answer: Answer, options: PresentOptions = {}): Block[] {
  const mode = options.chooseMode ?? 'ask';
  switch (answer.kind) {
    case 'answer':
      return answerBlocks(answer);
    case 'summary':
      return summaryBlocks(answer, options.compareCandidates ? { compareCandidates: options.compareCandidates } : {});
    case 'comparison':
      return comparisonBlocks(answer);
    case 'move':
      return options.shareMove
        ? [...moveBlocks(answer), ...shareMoveActions({ f: answer.checklist.from.id, t: answer.checklist.to.id, th: options.shareMove.threadTs })]
        : moveBlocks(answer);
    case 'list':
      return listBlocks(answer);
    case 'clarify':
      return clarifyBlocks(answer, mode, options.chooseQuestion);
    case 'not-found':
      return notFoundBlocks(answer, mode, options.chooseQuestion);
    case 'help':
      return helpBlocks(answer);
  }
}

export function presentAnswer(answer: Answer, options: PresentOptions = {}): SlackMessage[] {
  const blocks = answerToBlocks(answer, options);
  if (options.reportButton && REPORTABLE.has(answer.kind)) blocks.push(reportButtonBlock(answer));
  return splitIntoMessages(blocks);
}
