/**
 * IT systems (a labelled list, and well-known police systems named in the text) and National Occupational
 * Standards (code + title lines under their heading).
 */
import type { NamedItem, Standard } from '../profile/role-profile.ts';
import { textLines, type ExtractContext } from './extract-context.ts';
import { lineItems, proseSentences } from './prose.ts';
import { bodyLines, quote, quoteAll, sectionsFor, valueLine } from './sections.ts';

/** Police systems written the same way everywhere; case-sensitive so "storm" in prose does not count. */
const KNOWN_SYSTEMS: readonly [RegExp, string][] = [
  [/\bViSOR\b|\bVISOR\b/, 'ViSOR'],
  [/\bPNC\b/, 'PNC'],
  [/\bPND\b/, 'PND'],
  [/\bNICHE\b|\bNiche RMS\b|\bNiche\b(?= (?:RMS|system|records))/, 'Niche'],
  [/\bAthena\b|\bATHENA\b/, 'Athena'],
  [/\bSTORM\b/, 'STORM'],
  [/\bHOLMES\s*2?\b/, 'HOLMES'],
  [/\bControlWorks\b/, 'ControlWorks'],
  [/\bSmartStorm\b/, 'SmartStorm'],
  [/\bPentip\b|\bPENTIP\b/, 'PentiP'],
  [/\bCCTV\b(?= (?:system|systems))/, 'CCTV'],
  [/\bIDENT1\b/, 'IDENT1'],
  [/\bCONNECT\b/, 'Connect'],
  [/\bi2\b(?: Analyst'?s Notebook)?/, "i2 Analyst's Notebook"],
  [/\bArcGIS\b/, 'ArcGIS'],
  [/\bCellebrite\b/, 'Cellebrite'],
  [/\bAirwave\b/, 'Airwave'],
  [/\bGenie\b|\bGENIE\b/, 'Genie'],
  [/\bPOLE\b(?= (?:system|database))/, 'POLE'],
  [/\bPolice National Computer\b/, 'PNC'],
  [/\bPolice National Database\b/, 'PND'],
];

/** One pass over a line tells whether any known system is named at all (most lines name none). */
const ANY_KNOWN = new RegExp(KNOWN_SYSTEMS.map(([re]) => `(?:${re.source})`).join('|'));

function splitList(value: string, splitAnd = false): string[] {
  // ";" separates names when present; otherwise ",". "Command and Control" is one name, so "and" splits only
  // in prose ("IDENT1 and the bureau's system"). Separators inside brackets belong to the name.
  const separator = value.includes(';') ? /;(?![^(]*\))/ : splitAnd ? /,(?![^(]*\))|\s+and\s+(?![^(]*\))/ : /,(?![^(]*\))/;
  return value
    .split(separator)
    .map((part) => part.replace(/^[\s•\-*]+|[\s.]+$/g, '').trim())
    .filter((part) => part.length > 1 && part.length <= 60 && !/^(?:n\/?a|none|various)$/i.test(part));
}

export function extractItSystems(ctx: ExtractContext): NamedItem[] {
  const { model } = ctx;
  const out: NamedItem[] = [];
  const have = (name: string): boolean => out.some((item) => item.name.toLowerCase() === name.toLowerCase());
  for (const section of sectionsFor(model, 'itSystems')) {
    const anchor = valueLine(model, section);
    const value = section.entry?.value.trim();
    if (anchor && value) for (const name of splitList(value)) if (!have(name)) out.push({ name, evidence: quoteAll(anchor, name) });
    // One system per line, or a list over wrapped lines ("Police National Database" / "(PND)").
    for (const group of lineItems(model, section.bodyStart, section.bodyEnd, ctx.descriptive)) {
      const text = group.map((piece) => piece.text).join(' ');
      const evidence = group.flatMap((piece) => quoteAll(piece.line, piece.text));
      for (const name of splitList(text)) {
        if (have(name)) continue;
        const own = evidence.filter((e) => e.quote.includes(name) || name.includes(e.quote));
        out.push({ name, evidence: own.length > 0 ? own : evidence });
      }
    }
  }
  // "Systems used include IDENT1 and the bureau's case management system."
  for (const sentence of proseSentences(model)) {
    const m = /\b(?:systems?|software|applications?) (?:used )?(?:include|includes)\s+(.+?)\.?$/i.exec(sentence.text) ?? /\b(?:systems?|software) used (?:are|is)\s+(.+?)\.?$/i.exec(sentence.text);
    const first = sentence.indices[0] ?? -1;
    if (!m?.[1] || ctx.descriptive.has(first)) continue;
    for (const name of splitList(m[1], true)) {
      if (/^(?:the|a|an|our|their)\b/i.test(name) || have(name)) continue;
      out.push({ name, evidence: sentence.evidence });
    }
  }
  for (const { line, index } of textLines(ctx.model)) {
    if (ctx.descriptive.has(index) || !ANY_KNOWN.test(line.text)) continue;
    for (const [pattern, name] of KNOWN_SYSTEMS) {
      const m = pattern.exec(line.text);
      const upper = name.toUpperCase();
      const covered = out.some((item) => item.name.toUpperCase().includes(upper) || item.name.toUpperCase().split(/[^A-Z0-9]+/).includes(upper));
      if (m && !have(name) && !covered)
        out.push({ name, evidence: [quote(line, m[0])] });
    }
  }
  return out;
}

const NOS_LINE = /^([A-Z]{1,4}\d{1,3}[A-Z]?(?:\.\d+)?)(?:\s*[-–]\s*(?:\d{4})\b)?\s*[-–:]?\s+(.+)$/;

export function extractStandards(ctx: ExtractContext): Standard[] {
  const out: Standard[] = [];
  for (const section of sectionsFor(ctx.model, 'standards')) {
    const lines = bodyLines(ctx.model, section);
    if (section.entry?.value.trim()) {
      const anchor = ctx.model.lines[section.index];
      if (anchor) for (const item of section.entry.items) out.push(standardOf(item, anchor.no));
    }
    for (const line of lines) out.push(standardOf(line.text, line.no));
  }
  return out.filter((s) => s.title.length > 1);
}

function standardOf(text: string, line: number): Standard {
  const m = NOS_LINE.exec(text.trim());
  if (m?.[1] && m[2]) return { code: m[1], title: m[2].trim(), evidence: [{ line, quote: text.trim().slice(0, 300) }] };
  return { code: null, title: text.trim(), evidence: [{ line, quote: text.trim().slice(0, 300) }] };
}
