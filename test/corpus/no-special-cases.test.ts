/**
 * The corpus stands in for documents nobody on the team sees, so the code must not know it: no file names,
 * post numbers, places or phrases that only these documents contain. (Force names and common role words
 * are fine: they belong in general lexicons.) Comments may quote the corpus as examples; code may not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, DOCUMENTS_DIR, OFFICE_DIR, loadExpectedFacts } from './expected-facts.ts';

const SRC_DIR = join(CORPUS_DIR, '..', '..', 'src');

/** Places, people-facing phrases and codes found only in the corpus documents. */
const DISTINCTIVE = [
  'Durranhill', 'Nettleham', 'Hindlip', 'Leek Wootton', 'Smithdown', 'Harrogate', 'Carmarthen', 'Newtown',
  'Enhanced Trauma Beyond', 'ARV Sergeant', 'OCC Team Leader', 'Control Room Supervisor', 'Core-Vet',
  'Principal Intelligence Analyst', 'Digital Forensics Team Leader', 'Crime Scene Manager', 'Vetting Manager',
  'Newly Promoted Sergeants', 'our four SC hubs', 'Saturday morning rota', 'bureau manager',
  'Rhingyll', 'Swyddog Cymorth', 'Oriau', 'Fetio', 'Mount Browne', 'Head of Corporate Communications',
  'Financial Investigation Team Manager', 'Response Sergeant', 'Who you\'ll work for', 'Wymondham', 'Ripley',
  'Workshop Supervisor', 'Intelligence Supervisor', 'Tranman', 'Devizes', 'Head of Information Management',
  'Special Sergeant', 'licensee of a pub', 'Senior Collision Investigator', 'PC-Crash', 'SCAIDP',
];

/** Code without its comments (a rough strip: block comments, then line comments not inside a URL). */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs|json)$/.test(entry.name) ? [path] : [];
  });
}

describe('held-out corpus: the code does not know it', () => {
  const sources = sourceFiles(SRC_DIR).map((path) => ({ path, text: withoutComments(readFileSync(path, 'utf8')).toLowerCase() }));
  const documentNames = [...new Set([...readdirSync(DOCUMENTS_DIR), ...readdirSync(OFFICE_DIR).filter((f) => f.endsWith('.html'))].map((f) => f.replace(/\.\w+$/, '')))];
  const codes = loadExpectedFacts().flatMap((e) => (e.roleCode ? [e.roleCode] : []));

  for (const needle of [...documentNames, ...codes, ...DISTINCTIVE]) {
    it(`src/ never mentions "${needle}"`, () => {
      const hits = sources.filter((s) => s.text.includes(needle.toLowerCase())).map((s) => s.path.slice(SRC_DIR.length + 1));
      expect(hits).toEqual([]);
    });
  }
});
