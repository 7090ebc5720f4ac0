/**
 * UK police forces, matched in text tolerant of case and truncation ("HERTFORDS CONSTABUL" -> Hertfordshire
 * Constabulary). Only a force name counts (place + Police/Constabulary/...): a bare county ("Essex Watch")
 * does not say who the employer is.
 */

interface Force {
  name: string;
  /** Other ways documents write it; each is matched word by word. */
  aliases: readonly string[];
  /** Exact upper-case acronyms (PSNI, BTP). */
  acronyms?: readonly string[];
}

const territorial = (place: string, kind: 'Police' | 'Constabulary', extra: string[] = []): Force => ({
  name: `${place} ${kind}`,
  aliases: [`${place} ${kind}`, `${place} ${kind === 'Police' ? 'Constabulary' : 'Police'}`, ...extra],
});

export const FORCES: readonly Force[] = [
  territorial('Avon and Somerset', 'Constabulary'),
  territorial('Bedfordshire', 'Police', ['Beds Police']),
  territorial('Cambridgeshire', 'Constabulary', ['Cambs Police', 'Cambs Constabulary']),
  territorial('Cheshire', 'Constabulary'),
  { name: 'City of London Police', aliases: ['City of London Police'] },
  territorial('Cleveland', 'Police'),
  territorial('Cumbria', 'Constabulary'),
  territorial('Derbyshire', 'Constabulary'),
  territorial('Devon and Cornwall', 'Police'),
  territorial('Dorset', 'Police'),
  territorial('Durham', 'Constabulary'),
  { name: 'Dyfed-Powys Police', aliases: ['Dyfed-Powys Police', 'Dyfed Powys Police'] },
  territorial('Essex', 'Police'),
  territorial('Gloucestershire', 'Constabulary'),
  { name: 'Greater Manchester Police', aliases: ['Greater Manchester Police'], acronyms: ['GMP'] },
  territorial('Gwent', 'Police'),
  {
    name: 'Hampshire and Isle of Wight Constabulary',
    aliases: ['Hampshire and Isle of Wight Constabulary', 'Hampshire Constabulary', 'Hampshire Police', 'Hampshire and IOW Constabulary'],
  },
  territorial('Hertfordshire', 'Constabulary', ['Herts Police', 'Herts Constabulary']),
  territorial('Humberside', 'Police'),
  territorial('Kent', 'Police'),
  territorial('Lancashire', 'Constabulary'),
  territorial('Leicestershire', 'Police'),
  territorial('Lincolnshire', 'Police'),
  territorial('Merseyside', 'Police'),
  { name: 'Metropolitan Police Service', aliases: ['Metropolitan Police Service', 'Metropolitan Police', 'Met Police'] },
  territorial('Norfolk', 'Constabulary'),
  territorial('North Wales', 'Police'),
  territorial('North Yorkshire', 'Police'),
  territorial('Northamptonshire', 'Police'),
  territorial('Northumbria', 'Police'),
  territorial('Nottinghamshire', 'Police', ['Notts Police']),
  territorial('South Wales', 'Police'),
  territorial('South Yorkshire', 'Police'),
  territorial('Staffordshire', 'Police'),
  territorial('Suffolk', 'Constabulary'),
  territorial('Surrey', 'Police'),
  territorial('Sussex', 'Police'),
  { name: 'Thames Valley Police', aliases: ['Thames Valley Police'], acronyms: ['TVP'] },
  territorial('Warwickshire', 'Police'),
  { name: 'West Mercia Police', aliases: ['West Mercia Police', 'West Mercia Constabulary'] },
  territorial('West Midlands', 'Police'),
  territorial('West Yorkshire', 'Police'),
  territorial('Wiltshire', 'Police'),
  { name: 'Police Scotland', aliases: ['Police Scotland', 'Police Service of Scotland'] },
  { name: 'Police Service of Northern Ireland', aliases: ['Police Service of Northern Ireland'], acronyms: ['PSNI'] },
  { name: 'British Transport Police', aliases: ['British Transport Police'], acronyms: ['BTP'] },
  { name: 'Civil Nuclear Constabulary', aliases: ['Civil Nuclear Constabulary'], acronyms: ['CNC'] },
  { name: 'Ministry of Defence Police', aliases: ['Ministry of Defence Police', 'MOD Police', 'MoD Police'], acronyms: ['MDP'] },
  { name: 'National Crime Agency', aliases: ['National Crime Agency'], acronyms: ['NCA'] },
  { name: 'States of Jersey Police', aliases: ['States of Jersey Police'] },
  { name: 'Guernsey Police', aliases: ['Guernsey Police', 'States of Guernsey Police'] },
  { name: 'Isle of Man Constabulary', aliases: ['Isle of Man Constabulary', 'Isle of Man Police'] },
];

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

interface Alias {
  force: Force;
  words: string[];
}

const BY_FIRST = new Map<string, Alias[]>();
for (const force of FORCES) {
  for (const alias of force.aliases) {
    const w = words(alias);
    const first = w[0]?.slice(0, 3) ?? '';
    const list = BY_FIRST.get(first) ?? [];
    list.push({ force, words: w });
    BY_FIRST.set(first, list);
  }
}

/** A written word matches a lexicon word when equal, or a truncation of it of at least 5 letters. */
function wordMatches(written: string, expected: string): boolean {
  if (written === expected) return true;
  return written.length >= Math.min(5, expected.length) && expected.startsWith(written) && written.length >= 4;
}

export interface ForceMention {
  force: string;
  /** Character offset of the match in the text. */
  at: number;
  text: string;
}

/** Force names mentioned in a line of text. */
const BY_ACRONYM = new Map<string, string>(FORCES.flatMap((force) => (force.acronyms ?? []).map((acronym) => [acronym, force.name] as [string, string])));
const ACRONYMS = new RegExp(`\\b(?:${[...BY_ACRONYM.keys()].join('|')})\\b`, 'g');
const MAY_NAME_A_FORCE = /polic|consta|agency|PSNI|BTP|CNC|MDP|NCA|GMP|TVP/i;
/** Where a force name can start: the first three letters of any alias's first word. */
const FIRST_WORD = new RegExp(`\\b(?:${[...BY_FIRST.keys()].filter((k) => k.length > 0).join('|')})[a-z]*`, 'gi');

export function findForces(text: string): ForceMention[] {
  const out: ForceMention[] = [];
  if (!MAY_NAME_A_FORCE.test(text)) return out;
  FIRST_WORD.lastIndex = 0;
  let start: RegExpExecArray | null;
  while ((start = FIRST_WORD.exec(text)) !== null) {
    // Words from the candidate start: at most as many as the longest alias.
    const tokens: { word: string; at: number; end: number }[] = [];
    const re = /[A-Za-z]+|&/g;
    re.lastIndex = start.index;
    let m: RegExpExecArray | null;
    while (tokens.length < 8 && (m = re.exec(text)) !== null)
      tokens.push({ word: m[0] === '&' ? 'and' : m[0].toLowerCase(), at: m.index, end: m.index + m[0].length });
    const token = tokens[0];
    if (!token) continue;
    const candidates = BY_FIRST.get(token.word.slice(0, 3)) ?? [];
    for (const alias of candidates) {
      let ok = true;
      let last = token;
      for (let k = 0; k < alias.words.length; k += 1) {
        const written = tokens[k];
        const expected = alias.words[k];
        if (!written || expected === undefined || !wordMatches(written.word, expected)) {
          ok = false;
          break;
        }
        last = written;
      }
      if (ok) out.push({ force: alias.force.name, at: token.at, text: text.slice(token.at, last.end) });
    }
  }
  ACRONYMS.lastIndex = 0;
  let a: RegExpExecArray | null;
  while ((a = ACRONYMS.exec(text)) !== null) {
    const force = BY_ACRONYM.get(a[0]);
    if (force) out.push({ force, at: a.index, text: a[0] });
  }
  // Prefer the longest match starting at each position ("Hampshire and Isle of Wight Constabulary").
  const longest = out.filter((a) => !out.some((b) => b !== a && b.at === a.at && b.text.length > a.text.length));
  // One mention per force per line ("Police Service of Northern Ireland (PSNI)").
  return longest.filter((a, i) => longest.findIndex((b) => b.force === a.force) === i);
}
