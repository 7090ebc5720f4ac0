/**
 * The HR part of App Home: profiles needing review (each with a button that opens the correction modal),
 * the top unanswered subjects this month, and the open reports from staff. Shown above the usual Home,
 * to HR users only.
 */
import type { ReviewQueue } from '../../review/review-queue.ts';
import { context, divider, header, sections } from '../../present/block-builders.ts';
import { escapeMrkdwn } from '../../present/escape.ts';
import { LIMITS } from '../../present/limits.ts';
import type { Block } from '../../present/message.ts';

export const REVIEW_CORRECT_ACTION = 'rolecall_review_correct';
export const REVIEW_RESOLVE_ACTION = 'rolecall_review_resolve';

/** How many of each list Home shows (the view has 100 blocks; `rolecall review` shows them all). */
const MAX_PROFILES = 15;
const MAX_REPORTS = 10;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function reviewHomeBlocks(queue: ReviewQueue): Block[] {
  const blocks: Block[] = [...header('HR review'), ...sections('Only HR see this part of Home.')];
  blocks.push(...sections(`*Profiles needing review* (${queue.profiles.length})`));
  if (queue.profiles.length === 0) blocks.push(...sections('_None: every key field was read from a label or checked by HR, and nothing is reported._'));
  for (const profile of queue.profiles.slice(0, MAX_PROFILES)) {
    const why = [
      ...(profile.reports > 0 ? [`${profile.reports} open report${profile.reports === 1 ? '' : 's'}`] : []),
      ...profile.lowConfidence.map((f) => `${f.label} "${clip(f.value, 60)}" (confidence ${f.confidence})`),
    ].join('; ');
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clip(`*${escapeMrkdwn(profile.title)}*\n${escapeMrkdwn(why)}`, LIMITS.sectionText) },
      accessory: {
        type: 'button',
        action_id: REVIEW_CORRECT_ACTION,
        text: { type: 'plain_text', text: 'Check and correct', emoji: true },
        value: profile.roleId,
      },
    });
  }
  if (queue.profiles.length > MAX_PROFILES) blocks.push(...context([`${queue.profiles.length - MAX_PROFILES} more: run \`rolecall review\` for the full list.`]));

  blocks.push(divider(), ...sections(`*Top unanswered subjects in ${queue.month}*`));
  if (queue.unanswered.length === 0) blocks.push(...sections('_None counted this month._'));
  else
    blocks.push(
      ...sections(queue.unanswered.map((u) => `• ${escapeMrkdwn(u.subject)}${u.roleId ? ` _(${escapeMrkdwn(u.roleId)})_` : ''}: ${u.count}`).join('\n')),
    );

  blocks.push(divider(), ...sections(`*Open reports* (${queue.reports.length})`));
  if (queue.reports.length === 0) blocks.push(...sections('_No open reports._'));
  for (const report of queue.reports.slice(0, MAX_REPORTS)) {
    const where = report.field !== null ? `${report.roleTitle ?? report.roleId ?? '?'}, ${report.field}${report.line ? `, line ${report.line}` : ''}` : (report.roleTitle ?? 'no role');
    const notes = report.reporters.map((r) => r.note).filter((n): n is string => n !== null && n !== '');
    const lines = [
      `*${escapeMrkdwn(clip(report.question, 200))}* (${report.reporters.length} report${report.reporters.length === 1 ? '' : 's'})`,
      escapeMrkdwn(clip(where, 200)),
      ...(report.quote ? [`> ${escapeMrkdwn(clip(report.quote, 300))}`] : []),
      ...notes.slice(0, 3).map((n) => `_“${escapeMrkdwn(clip(n, 300))}”_`),
    ];
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clip(lines.join('\n'), LIMITS.sectionText) },
      accessory: {
        type: 'button',
        action_id: REVIEW_RESOLVE_ACTION,
        text: { type: 'plain_text', text: 'Mark resolved', emoji: true },
        value: report.id,
      },
    });
  }
  blocks.push(divider());
  return blocks;
}
