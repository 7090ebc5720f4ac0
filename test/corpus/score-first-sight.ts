/**
 * Scores one corpus batch with the current parser, field by field, split into its held-out and development
 * parts: the figures FIRST-SIGHT.md records before any parser change is made for the batch.
 *
 *   npx tsx test/corpus/score-first-sight.ts <batch> [--gaps]
 *
 * --gaps also prints each failing fact with what the parser gave, in the shape of a parser-gaps.ts entry.
 * A document's own file is read (its .txt, or the .docx/.pdf made from its HTML source), exactly as the corpus tests
 * read it, so the score and the tests never disagree.
 */
import { corpusFiles, loadExpectedFacts, type ExpectedFacts } from './expected-facts.ts';
import { factChecks } from './fact-checks.ts';
import { parseCorpusDocument } from './load-parser.ts';

/** The field a fact check belongs to, from its name ('behaviour "x" level 1' -> behaviours). */
export function fieldOf(checkName: string): string {
  const rules: Array<[RegExp, string]> = [
    [/^title/, 'title'],
    [/^behaviour |^no behaviour/, 'behaviours'],
    [/^skill /, 'skills'],
    [/^shifts /, 'shifts'],
    [/^essential criteri/, 'essentialCriteria'],
    [/^desirable criteri/, 'desirableCriteria'],
    [/^vetting\./, 'vetting'],
    [/^(health|training|itSystems|values)\b/, checkName.split(/[ "]/)[0] ?? checkName],
  ];
  return rules.find(([pattern]) => pattern.test(checkName))?.[1] ?? checkName.split(' ')[0] ?? checkName;
}

interface Tally {
  right: number;
  total: number;
}

function add(tallies: Map<string, Tally>, field: string, right: boolean): void {
  const tally = tallies.get(field) ?? { right: 0, total: 0 };
  tally.total += 1;
  if (right) tally.right += 1;
  tallies.set(field, tally);
}

async function scoreDocument(expected: ExpectedFacts, file: string, path: string, tallies: Map<string, Tally>, gaps: string[]): Promise<void> {
  let parsed;
  try {
    parsed = await parseCorpusDocument(path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    for (const check of factChecks(expected)) add(tallies, fieldOf(check.name), false);
    gaps.push(`  '${file}': { [DOCUMENT_REFUSED]: ${JSON.stringify(message)} },`);
    return;
  }
  const failing: string[] = [];
  for (const check of factChecks(expected)) {
    let right = true;
    try {
      check.check(parsed.profile);
    } catch (error) {
      right = false;
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
      failing.push(`    ${JSON.stringify(check.name)}: ${JSON.stringify(message.slice(0, 160))},`);
    }
    add(tallies, fieldOf(check.name), right);
  }
  if (failing.length > 0) gaps.push(`  '${file}': {\n${failing.join('\n')}\n  },`);
}

function table(title: string, tallies: Map<string, Tally>): string {
  const fields = [...tallies.keys()].sort();
  const sum = [...tallies.values()].reduce((a, t) => ({ right: a.right + t.right, total: a.total + t.total }), { right: 0, total: 0 });
  const rows = fields.map((f) => {
    const t = tallies.get(f) ?? { right: 0, total: 0 };
    return `| ${f} | ${t.right}/${t.total} |`;
  });
  return [`### ${title}: ${sum.right}/${sum.total} facts right`, '', '| field | right/total |', '|---|---|', ...rows, ''].join('\n');
}

async function main(): Promise<void> {
  const [batch, ...flags] = process.argv.slice(2);
  if (batch === undefined) throw new Error('score-first-sight: name a batch, e.g. external-2026-12 (the "batch" of the expected-facts files)');
  const docs = loadExpectedFacts().filter((e) => e.batch === batch);
  if (docs.length === 0) throw new Error(`score-first-sight: no expected-facts file has batch "${batch}"`);
  const parts = { 'held out': new Map<string, Tally>(), development: new Map<string, Tally>() };
  const gaps: string[] = [];
  for (const expected of docs) {
    const tallies = expected.heldOut ? parts['held out'] : parts.development;
    for (const { file, path } of corpusFiles(expected)) await scoreDocument(expected, file, path, tallies, gaps);
  }
  const heldOut = docs.filter((d) => d.heldOut).flatMap((d) => corpusFiles(d).map((f) => f.file));
  console.log(`Batch ${batch}: ${docs.length} documents; held out: ${heldOut.join(', ')}\n`);
  console.log(table('Held out', parts['held out']));
  console.log(table('Development', parts.development));
  if (flags.includes('--gaps')) console.log(`Failing facts:\n${gaps.join('\n')}`);
}

await main();
