/**
 * JSON files saved by Windows Notepad start with a UTF-8 byte-order mark. A profile, a posting or the glossary
 * saved that way loads like any other, and the bot answers from it end to end.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/answer/glossary.ts';
import { openPostingStore } from '../../src/postings/posting-store.ts';
import { FileProfileStore } from '../../src/store/file-profile-store.ts';
import { makePosting } from '../postings/fixtures.ts';
import { startPostingsBot } from '../postings/postings-bot.ts';
import { startFakeSlackApi } from '../support/fake-slack-api.ts';
import { shownText } from '../support/slack-assertions.ts';
import { appMentionEvent } from '../support/slack-payloads.ts';

const ROLES = fileURLToPath(new URL('../../data/roles', import.meta.url));
const BOM = '\uFEFF';
const CONTACT_HANDLER = 'contact-handler-leicestershire.json';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rolecall-bom-'));
  await mkdir(join(dataDir, 'roles'), { recursive: true });
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Writes a shipped profile as Notepad would save it: a byte-order mark, then the JSON. */
async function writeWithBom(name: string): Promise<void> {
  const text = await readFile(join(ROLES, name), 'utf8');
  await writeFile(join(dataDir, 'roles', name), `${BOM}${text}`, 'utf8');
}

describe('a byte-order mark at the start of a JSON file', () => {
  it('a profile loads, with no problem reported', async () => {
    await writeWithBom(CONTACT_HANDLER);
    const raw = await readFile(join(dataDir, 'roles', CONTACT_HANDLER));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { profiles, problems } = await new FileProfileStore(dataDir).loadProfiles();
    expect(problems).toEqual([]);
    expect(profiles.map((profile) => profile.id)).toEqual(['contact-handler-leicestershire']);
  });

  it('a malformed profile with a mark still reports the line and column of the JSON itself', async () => {
    await writeFile(join(dataDir, 'roles', 'broken.json'), `${BOM}{\n  "id": "x",\n  oops\n}`, 'utf8');
    const { problems } = await new FileProfileStore(dataDir).loadProfiles();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/roles\/broken\.json.*line 3, column 3/);
  });

  it('a posting loads, with no warning', async () => {
    const posting = makePosting('contact-handler-leicestershire', 'Contact Handler');
    await mkdir(join(dataDir, 'postings'), { recursive: true });
    await writeFile(join(dataDir, 'postings', `${posting.id}.json`), `${BOM}${JSON.stringify(posting, null, 2)}`, 'utf8');
    const store = await openPostingStore(dataDir);
    expect(await store.reload()).toEqual({ warnings: [] });
    expect(store.get(posting.id)).toEqual(posting);
  });

  it('the glossary loads', () => {
    const { entries, problems } = parseGlossary(`${BOM}[{"term":"CTC","aliases":["counter terrorist check"],"definition":"A security check."}]`, 'glossary.json');
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.term)).toEqual(['CTC']);
  });

  it('end to end: the bot answers from a profile saved with a mark', async () => {
    await writeWithBom(CONTACT_HANDLER);
    const fake = await startFakeSlackApi();
    const bot = await startPostingsBot(dataDir, fake);
    try {
      await bot.rig.sendEvent(appMentionEvent({ text: '<@UROLECALL> what vetting does a Contact Handler need?' }));
      const [answer] = fake.sentMessages();
      expect(shownText(answer!)).toContain('CTC');
    } finally {
      await bot.rig.stop();
      await fake.close();
    }
  });
});
