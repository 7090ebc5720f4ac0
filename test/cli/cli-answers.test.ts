/**
 * `rolecall ask | chat | show | compare` as real processes over a data dir built with `rolecall ingest`:
 * the JSON contract (question, kind, text, roles, citations), independent questions for `ask`, one
 * conversation for `chat`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Each case starts real processes; on a busy 2-core machine that can take a while (this is no speed test).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
import { rolecall, seedFiles } from './run-rolecall.ts';

interface AnswerJson {
  question: string;
  kind: string;
  text: string;
  roles: Array<{ id: string; title: string }>;
  citations: Array<{ roleId: string; field: string; line: number; quote: string }>;
}

let data: string;
beforeAll(async () => {
  data = join(await mkdtemp(join(tmpdir(), 'rolecall-answers-')), 'data');
  const ingest = await rolecall(['ingest', ...seedFiles(), '--data', data]);
  expect(ingest.code).toBe(0);
});
afterAll(async () => {
  await rm(join(data, '..'), { recursive: true, force: true });
});

function jsonLines(stdout: string): AnswerJson[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AnswerJson);
}

function expectContract(answer: AnswerJson): void {
  expect(typeof answer.question).toBe('string');
  expect(typeof answer.kind).toBe('string');
  expect(typeof answer.text).toBe('string');
  for (const role of answer.roles) expect(role).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String) }));
  for (const citation of answer.citations) {
    expect(citation).toEqual(
      expect.objectContaining({ roleId: expect.any(String), field: expect.any(String), line: expect.any(Number), quote: expect.any(String) }),
    );
  }
}

describe('rolecall ask', () => {
  it('one question, --json: one object with the fact and its citation', async () => {
    const result = await rolecall(['ask', 'what vetting does a contact handler need?', '--data', data, '--json']);
    expect(result.code).toBe(0);
    const [answer, ...rest] = jsonLines(result.stdout);
    expect(rest).toEqual([]);
    if (!answer) throw new Error('no answer');
    expectContract(answer);
    expect(answer.question).toBe('what vetting does a contact handler need?');
    expect(answer.kind).toBe('answer');
    expect(answer.text).toMatch(/CTC/);
    expect(answer.roles.map((r) => r.title)).toEqual(['Contact Handler']);
    const vetting = answer.citations.find((c) => c.field === 'vetting');
    expect(vetting?.line).toBeGreaterThan(0);
    expect(vetting?.quote).toMatch(/CTC/);
  });

  it('plain text names the source', async () => {
    const result = await rolecall(['ask', 'who does the pcso report to', '--data', data]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Neighbourhood Sergeant/);
    expect(result.stdout).toMatch(/line \d+/);
  });

  it('no question argument: each stdin line is a separate question, one JSON line each, no context carried', async () => {
    const input = 'hours for a contact handler\nwhat does NPPV3 mean?\nand who do they report to?\n';
    const answers = jsonLines((await rolecall(['ask', '--data', data, '--json'], { input })).stdout);
    expect(answers.map((a) => a.question)).toEqual(['hours for a contact handler', 'what does NPPV3 mean?', 'and who do they report to?']);
    for (const answer of answers) expectContract(answer);
    expect(answers[0]?.text).toMatch(/37/);
    // Independent: the follow-up is not answered about the contact handler.
    expect(answers[2]?.roles.map((r) => r.title)).not.toEqual(['Contact Handler']);
  });
});

describe('rolecall chat', () => {
  it('stdin is one conversation: a follow-up is about the role last discussed', async () => {
    const input = 'hours for a contact handler\nand who do they report to?\n';
    const answers = jsonLines((await rolecall(['chat', '--data', data, '--json'], { input })).stdout);
    expect(answers).toHaveLength(2);
    expect(answers[1]?.roles.map((r) => r.title)).toEqual(['Contact Handler']);
    expect(answers[1]?.text).toMatch(/Team Leader/);
  });

  it('plain text: each answer under its question', async () => {
    const result = await rolecall(['chat', '--data', data], { input: 'pcso grade\nwhat about its driving?\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^> pcso grade$/m);
    expect(result.stdout).toMatch(/A3/);
    expect(result.stdout).toMatch(/^> what about its driving\?$/m);
    expect(result.stdout).toMatch(/driving licence/i);
  });
});

describe('rolecall show and compare', () => {
  it('show --json: a summary of the role', async () => {
    const result = await rolecall(['show', 'pcso', '--data', data, '--json']);
    expect(result.code).toBe(0);
    const [answer] = jsonLines(result.stdout);
    expect(answer?.kind).toBe('summary');
    expect(answer?.roles.map((r) => r.title)).toEqual(['Police Community Support Officer']);
  });

  it('compare --json: two roles side by side', async () => {
    const result = await rolecall(['compare', 'contact handler', 'pcso', '--data', data, '--json']);
    expect(result.code).toBe(0);
    const [answer] = jsonLines(result.stdout);
    expect(answer?.kind).toBe('comparison');
    expect(answer?.roles).toHaveLength(2);
    expect(answer?.text).toMatch(/37/);
  });

  it('an unknown role: not-found, exit 1', async () => {
    const result = await rolecall(['show', 'chief wizard', '--data', data, '--json']);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)[0]?.kind).toBe('not-found');
  });
});
