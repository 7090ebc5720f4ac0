/**
 * Long adversarial text (many "and"s, commas and "vs", long repeated role names, unicode, 10 kB and more) fed
 * to every entry point: the assistant's ask, the role resolver, the compare splitter, and through the real Bolt
 * app over signed HTTP /role, /compare, /post-role and a mention. Each call must finish within a generous bound
 * (the machine is shared and busy): far above what a polynomial path takes, far below what a 2^n path takes
 * (16 "and"s took over 3 s, 40 would take days), so an exponential search cannot come back unnoticed.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Assistant } from '../../src/answer/assistant-api.ts';
import { readQuestion } from '../../src/answer/question.ts';
import { Catalogue } from '../../src/catalogue/catalogue.ts';
import { parseCompareText } from '../../src/slack/compare-text.ts';
import { ANALYST_DOCUMENT, HR_USER, startPostingsBot, type PostingsBot } from '../postings/postings-bot.ts';
import { createSeedAssistant, seedProfiles } from '../support/seed-assistant.ts';
import { launchSlackApp, type SlackTestRig } from '../support/slack-app-harness.ts';
import { appMentionEvent } from '../support/slack-payloads.ts';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });

/** Per call, generous for a busy shared 2-core machine; an exponential path blows far past it. */
const BOUND_MS = 2000;

const ROLE_WORDS = ['pcso', 'contact handler', 'police constable', 'patrol and resolution officer', 'detective', 'community support officer', 'call handler', 'pc', 'dc', 'officer'];
const GLUE = ['and', 'and', 'and', ',', ', and', 'vs', 'v.', 'versus', 'or', '&', 'with', 'compare'];
const NOISE = ['nppv3', 'vetting', 'shifts?', 'what', 'needs', '🚓', 'Ünïcödé', 'ﷺ', '\u200b', '\u{1F46E}\u200d\u2640\ufe0f', 'naïve', 'سلام', '警察', '<!here>', '@channel', '&amp;', 'https://x.example/a'];

/** Role-list-shaped text: role names, glue and noise in any mix. */
const roleListText = fc.array(fc.constantFrom(...ROLE_WORDS, ...GLUE, ...GLUE, ...NOISE), { minLength: 20, maxLength: 400 }).map((parts) => parts.join(' '));
/** One role name repeated, or one word: the shapes that make resolvers and splitters work hardest. */
const repeated = fc
  .tuple(fc.constantFrom(...ROLE_WORDS, 'and', 'pcso and', 'contact handler, ', 'vs pcso '), fc.integer({ min: 50, max: 2500 }))
  .map(([unit, count]) => `${unit} `.repeat(count));
const unicodeText = fc.string({ unit: 'grapheme', minLength: 200, maxLength: 3000 });
/** Any of the above, padded with itself to 10 kB and more. */
const atLeast10kB = fc.oneof(roleListText, repeated, unicodeText).map((text) => {
  if (text.trim() === '') return 'pcso and '.repeat(1200);
  let out = text;
  while (out.length < 10_000) out += ` ${text}`;
  return out;
});
const anyAdversarial = fc.oneof(roleListText, repeated, unicodeText, atLeast10kB);

/** Text cut to just under a limit: the longest input the core really reads. */
const within = (limit: number) => anyAdversarial.map((text) => text.slice(0, limit - 1));

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

async function timedAsync<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

let assistant: Assistant;
let catalogue: Catalogue;
const resolveWith = (a: Assistant) => (query: string): string | null => {
  const summary = a.summary(query);
  return summary.kind === 'summary' ? (summary.roles[0]?.id ?? null) : null;
};

beforeAll(async () => {
  assistant = await createSeedAssistant();
  catalogue = new Catalogue(await seedProfiles());
});

describe('the core, called directly', () => {
  it('ask: any text, within the limit or 10 kB over it', () => {
    fc.assert(
      fc.property(fc.oneof(anyAdversarial, within(2000)), (text) => {
        expect(timed(() => assistant.ask(text)).ms).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 40 },
    );
  });

  it('the role resolver, with no length limit in front of it', () => {
    fc.assert(
      fc.property(anyAdversarial, (text) => {
        expect(timed(() => readQuestion(text, catalogue)).ms).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 30 },
    );
  });

  it('the compare splitter, with the real resolver, with no length limit in front of it', () => {
    const resolve = resolveWith(assistant);
    fc.assert(
      fc.property(fc.oneof(anyAdversarial, within(500)), (text) => {
        expect(timed(() => parseCompareText(text, resolve)).ms).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 40 },
    );
  });

  it('the worst shape the old splitter met: a comma, then 16 to 40 "and"s', () => {
    const resolve = resolveWith(assistant);
    for (const ands of [16, 24, 40]) {
      const text = `pcso, contact handler${' and pcso'.repeat(ands)}`;
      expect(timed(() => parseCompareText(text, resolve)).ms).toBeLessThan(BOUND_MS);
    }
  });
});

describe('through the real Bolt app over signed HTTP', () => {
  let rig: SlackTestRig;
  let bot: PostingsBot;
  let dataDir: string;

  beforeAll(async () => {
    rig = await launchSlackApp({ assistant });
    dataDir = await mkdtemp(join(tmpdir(), 'rolecall-adversarial-'));
    await mkdir(join(dataDir, 'sources'), { recursive: true });
    await writeFile(join(dataDir, 'sources', 'intelligence-analyst.txt'), ANALYST_DOCUMENT);
    bot = await startPostingsBot(dataDir);
  });
  afterAll(async () => {
    await rig.stop();
    await bot.rig.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Each request returns once its listener finished (processBeforeResponse): the time covers all the work. */
  it('/role, /compare and a mention: answered within the bound, every one acked', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyAdversarial, within(2000), within(500)), async (text) => {
        for (const send of [
          () => rig.sendCommand('/role', text),
          () => rig.sendCommand('/compare', text),
          () => rig.sendEvent(appMentionEvent({ text: `<@UROLECALL> ${text}` })),
        ]) {
          const { value, ms } = await timedAsync(send);
          expect(value.status).toBe(200);
          expect(ms).toBeLessThan(BOUND_MS);
        }
      }),
      { numRuns: 12 },
    );
  });

  it('/post-role with any text (HR): answered within the bound', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyAdversarial, within(500)), async (text) => {
        const { value, ms } = await timedAsync(() => bot.rig.sendCommand('/post-role', `edit ${text}`, { user_id: HR_USER, channel_id: 'CHRTEAM01' }));
        expect(value.status).toBe(200);
        expect(ms).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 12 },
    );
  });
});
