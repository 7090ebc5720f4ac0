/**
 * The role title: a title label ("Job title:", "Role Title", "Position", "Teitl y Swydd"); else a top heading
 * that names a role; else inferred from the content (a "we are recruiting a ..." phrase, a team acronym +
 * the document's own rank such as "MOSOVO Constable", the most frequent role noun phrase), marked inferred
 * with a warning; else, last, the file name when it reads as words. A rank the text only mentions in
 * passing (a reporting chain, a sign-off, "the Chief Constable's policy") is never the title.
 */
import type { TitleSource } from '../profile/role-profile.ts';
import type { DocLine } from './document-lines.ts';
import { sentencesOf, type ExtractContext, type Found } from './extract-context.ts';
import { lookupLabel } from '../vocabulary/document-headings.ts';
import { entriesFor, quote, valueOf } from './sections.ts';

export interface TitleResult {
  found: Found<string>;
  inferred: boolean;
  source: TitleSource;
  warning: string | null;
}

const ROLE_NOUN =
  /\b(?:officer|constable|handler|investigator|manager|analyst|sergeant|inspector|superintendent|adviser|advisor|assistant|co-?ordinator|supervisor|detective|PCSO|PC|DC|clerk|technician|specialist|administrator|controller|operator|dispatcher|examiner|caseworker|lead|head|director|engineer|developer|partner|researcher|trainer|instructor|practitioner|consultant|call taker|support worker|volunteer|special constable)s?\b/i;

/** "Home / Join us / Volunteering / Special Constable", "Careers > Police staff > Analyst": a web page's trail. */
const BREADCRUMB_SEPARATOR = /\s+[/>›»]\s+/;

export function isBreadcrumb(text: string): boolean {
  const parts = text.split(BREADCRUMB_SEPARATOR);
  return parts.length >= 3 || (parts.length === 2 && /^home$/i.test(parts[0]?.trim() ?? ''));
}

/**
 * Decoration around a title is no part of it: the slashes or bars of a cell border drawn in text
 * ("/ Digital Media Investigator (DMI) /"), asterisks, hashes, rules; and a breadcrumb trail leads to the
 * page's own name, its last step.
 */
function undecorate(value: string): string {
  const bare = value.replace(/^[\s/|*#=~_•>»]+|[\s/|*#=~_•<«]+$/g, '');
  return isBreadcrumb(bare) ? (bare.split(BREADCRUMB_SEPARATOR).pop() ?? bare) : bare;
}

function cleanTitle(value: string): string {
  return undecorate(value)
    .replace(/\s*[–—-]\s*(?:job description|role profile|person specification|role description|job advert).*$/i, '')
    .replace(/^(?:job description|role profile|role description|person specification|job advert)\s*[:–—-]\s*/i, '')
    .replace(/\s+/g, ' ')
    .replace(/[.:;,]+$/, '')
    .trim();
}

function firstSentence(text: string): string {
  const m = /^(.{3,80}?[a-z)])\.\s+[A-Z]/.exec(text);
  return m?.[1] ?? text;
}

function acceptTitle(text: string): boolean {
  const t = cleanTitle(text);
  return t.length >= 2 && t.length <= 100 && t.split(/\s+/).length <= 12 && lookupLabel(t) === null && !/^(?:n\/?a|tbc|none)$/i.test(t);
}

export function extractTitle(ctx: ExtractContext, rank: string | null): TitleResult | null {
  const { model } = ctx;
  for (const entry of entriesFor(model, 'title')) {
    // An answer may go on after the title: "Special Constable. Specials are volunteer police officers ...".
    const found = valueOf(model, entry, (t) => acceptTitle(firstSentence(t)), 2);
    if (found) return { found: { value: cleanTitle(firstSentence(found.value)), evidence: found.evidence }, inferred: false, source: 'label', warning: null };
  }
  // "Role: Neighbourhood Sergeant": a short role-noun value under a label that usually holds duties.
  for (const entry of model.entries) {
    if (!/^(?:role|post|the role|job|vacancy)$/i.test(entry.label.trim())) continue;
    const value = cleanTitle(entry.value);
    if (acceptTitle(value) && value.split(/\s+/).length <= 8 && !/[.;]/.test(value) && ROLE_NOUN.test(value))
      return { found: { value, evidence: entry.evidence }, inferred: false, source: 'label', warning: null };
  }
  const heading = topHeading(model.lines);
  if (heading) {
    return {
      found: { value: cleanTitle(heading.title), evidence: [quote(heading.line, heading.quote)] },
      inferred: false,
      source: 'heading',
      warning: `No "Job title" label: the title was read from the heading on line ${heading.line.no}.`,
    };
  }
  const inferred = inferTitle(ctx, rank);
  if (!inferred) return null;
  return {
    found: inferred,
    inferred: true,
    source: 'content',
    warning: `The document states no job title; "${inferred.value}" was inferred from its content. Add a "Job title:" line to the document.`,
  };
}

/** The first heading-like line near the top that names a role ("Detective Constable – Economic Crime"). */
function topHeading(lines: DocLine[]): { title: string; quote: string; line: DocLine } | null {
  let seen = 0;
  // A breadcrumb's last step names the page: the title unless a real heading (Heading 1, "#") below names the
  // role, as on a web page whose trail ends "Police officer" over its heading "Police Constable".
  let crumb: { title: string; quote: string; line: DocLine } | null = null;
  for (const line of lines) {
    if (line.text.length === 0 || line.noise) continue;
    seen += 1;
    if (seen > 6) break;
    const last = isBreadcrumb(line.text) ? line.text.split(BREADCRUMB_SEPARATOR).pop()?.trim() : undefined;
    if (last !== undefined) {
      if (crumb === null && ROLE_NOUN.test(last) && acceptTitle(last)) crumb = { title: last, quote: last, line };
      continue;
    }
    if (line.cells.length > 1 || line.bullet || /:\s*\S/.test(line.text)) continue;
    const headingLike = line.heading > 0 || line.emphasised || (line.text.length <= 70 && !/[.:;]$/.test(line.text));
    if (!headingLike || lookupLabel(line.text) !== null) continue;
    // A breadcrumb trail ends with the page's own name.
    const text = undecorate(line.text).replace(/^(?:job advert|vacancy|we are recruiting|role|post)\s*[:–—-]\s*/i, '');
    const main = text.split(/\s+[–—|]\s+|\s+-\s+/)[0] ?? text;
    if (ROLE_NOUN.test(main) && acceptTitle(main) && !/\b(?:force|constabulary)\b$/i.test(main)) {
      return crumb !== null && line.heading === 0 ? crumb : { title: main, quote: main, line };
    }
  }
  return crumb;
}

/** Lines that mention ranks in passing: reporting chains and sign-offs. */
const IN_PASSING_LINE =
  /\b(?:report(?:s|ing)?(?: directly)? (?:in)?to|line[- ]manage[ds]?|accountable to|responsible to|supervised by|approved by|authori[sz]ed by|signed(?: off)? by|on behalf of|issued by|owner)\b/i;

/** Chief officers are the force's leaders: a document names them as the authority, never as the post. */
const CHIEF_OFFICER = /\b(?:Chief Constable|Commissioner|Police and Crime Commissioner)\b/;

/**
 * The file name as a last resort, only when it reads as words that name a role ("neighbourhood-sergeant.txt"
 * -> "Neighbourhood Sergeant"); never a scan name, a reference or a date ("doc_00123.pdf", "JD v2 final").
 */
export function titleFromFileName(file: string): string | null {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.[a-z0-9]{2,4}$/i, '');
  // Words that name the kind of document or its version are not part of the title.
  const words = base
    .split(/[\s_.-]+/)
    .filter((w) => w.length > 0 && !/^(?:job|role|description|profile|specification|spec|jd|advert|draft|final|copy|v\d+)$/i.test(w));
  if (words.length < 1 || words.length > 8) return null;
  if (!words.every((w) => /^[A-Za-z][a-z]+$|^[A-Z]{2,6}$|^(?:of|and)$/.test(w))) return null;
  const title = words.map((w) => (/^[A-Z]{2,6}$/.test(w) || /^(?:of|and)$/.test(w) ? w : `${w.charAt(0).toUpperCase()}${w.slice(1)}`)).join(' ');
  return ROLE_NOUN.test(title) ? title : null;
}

const RECRUITING =
  /\b(?:recruiting (?:for )?(?:an?|the)|looking for (?:an?|the)|vacancy for (?:an?|the)|role of|post of|position of|join us as (?:an?|the)|become (?:an?|the)|as (?:an?|the) new)\s+((?:[A-Z][\w&/-]*|of|and|&)(?:\s+(?:[A-Z][\w&/-]*|of|and|&)){0,6})/;

function inferTitle(ctx: ExtractContext, rank: string | null): Found<string> | null {
  const { model } = ctx;
  // 1. "We are recruiting a Detective Constable ...".
  for (const line of model.lines) {
    if (line.text.length === 0) continue;
    const m = RECRUITING.exec(line.text);
    const phrase = m?.[1]?.replace(/\s+(?:of|and|&)$/, '');
    if (phrase && ROLE_NOUN.test(phrase)) return { value: phrase, evidence: [quote(line, phrase)] };
  }
  // 2. A team acronym used with "team"/"unit"/"work" + the rank: "MOSOVO Constable".
  const team = teamAcronym(ctx);
  if (team && rank) return { value: `${team.value} ${rank.replace(/^Police /, '')}`, evidence: team.evidence };
  // 3. The most frequent role noun phrase ("the Constable", "the Investigator").
  const counts = new Map<string, { n: number; line: DocLine; text: string }>();
  model.lines.forEach((line, index) => {
    if (line.text.length === 0 || ctx.descriptive.has(index)) return;
    // A line naming whom the post answers to, or who signed the document off, mentions ranks in passing.
    if (IN_PASSING_LINE.test(line.text)) return;
    const re = /\b(?:the|a|an)\s+((?:[A-Z][a-z]+\s+){0,3}(?:Constable|Officer|Investigator|Handler|Analyst|Sergeant|Inspector|Manager|Adviser|Advisor|Coordinator|Supervisor|Detective))\b/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line.text)) !== null) {
      const phrase = m[1] ?? '';
      // "the Chief Constable's policy": a possessive names the owner of something, not the post.
      if (/^['’]s\b/.test(line.text.slice(m.index + m[0].length)) || CHIEF_OFFICER.test(phrase)) continue;
      const c = counts.get(phrase) ?? { n: 0, line, text: phrase };
      c.n += 1;
      counts.set(phrase, c);
    }
  });
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (best) return { value: team ? `${team.value} ${best.text}` : best.text, evidence: [quote(best.line, best.text)] };
  // 4. The department plus the role noun the text uses: "Digital Forensics Unit" + "examiners" -> "Digital Forensics Examiner".
  const fromDepartment = departmentTitle(ctx);
  if (fromDepartment) return fromDepartment;
  if (rank) return { value: team ? `${team.value} ${rank}` : rank, evidence: team?.evidence ?? [] };
  return null;
}

const ROLE_WORDS = /\b(officer|examiner|investigator|analyst|handler|advisor|adviser|assistant|administrator|technician|coordinator|co-ordinator|supervisor|manager|specialist|caseworker|researcher|practitioner|engineer|developer|clerk|operator|controller|dispatcher|trainer|instructor)s?\b/gi;

function departmentTitle(ctx: ExtractContext): Found<string> | null {
  const entry = entriesFor(ctx.model, 'department').find((e) => e.value.trim().length > 0);
  if (!entry) return null;
  const core = (entry.value.split(/[,;–—]/)[0] ?? '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:unit|team|department|dept|section|bureau|command|hub|branch|directorate|division)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (core.length < 3) return null;
  const counts = new Map<string, number>();
  ctx.model.lines.forEach((line, index) => {
    if (ctx.descriptive.has(index)) return;
    for (const m of line.text.matchAll(ROLE_WORDS)) {
      // "reports for investigators", "advise investigators": the people served, not the post holder.
      const before = line.text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0);
      if (/\b(?:for|to|with|advise|advises|support|supports|brief|briefs|assist|assists|help|helps|inform|informs|by)\s+(?:the\s+|other\s+)?$/i.test(before)) continue;
      // A capitalised noun is usually part of a name ("Cellebrite Certified Operator"), a lower-case one the job.
      const written = m[1] ?? '';
      const word = written.toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + (written === word ? 1 : 0.2));
    }
  });
  const noun = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!noun) return null;
  const value = `${core} ${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  return { value, evidence: entry.evidence };
}

/** The acronym of the team the post works in: written before "team(s)", "unit", "work", "officers". */
function teamAcronym(ctx: ExtractContext): Found<string> | null {
  const counts = new Map<string, { n: number; team: number; line: DocLine }>();
  ctx.model.lines.forEach((line, index) => {
    if (line.text.length === 0 || ctx.descriptive.has(index)) return;
    for (const sentence of sentencesOf(line.text)) {
      const re = /\b([A-Z]{3,8})s?\b(\s+(?:teams?|units?|work|officers?|department|hub|squad|desk)\b)?/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sentence)) !== null) {
        const acronym = m[1] ?? '';
        const c = counts.get(acronym) ?? { n: 0, team: 0, line };
        c.n += 1;
        if (m[2]) c.team += 1;
        counts.set(acronym, c);
      }
    }
  });
  const ranked = [...counts.entries()].filter(([, c]) => c.team > 0).sort((a, b) => b[1].team - a[1].team || b[1].n - a[1].n);
  const best = ranked[0];
  if (!best) return null;
  return { value: best[0], evidence: [quote(best[1].line, best[0])] };
}
