/**
 * IT systems (a labelled list, and well-known police systems named in the text) and National Occupational
 * Standards (code + title lines under their heading).
 */
import type { NamedItem, Standard } from '../profile/role-profile.ts';
import { textLines, type ExtractContext } from './extract-context.ts';
import { bodyLines, entriesFor, quote, sectionsFor, valueOf } from './sections.ts';

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
];

function splitList(value: string): string[] {
  return value
    .split(/[,;]|\s+and\s+|\s+&\s+/)
    .map((part) => part.replace(/^[\s•\-*]+|[\s.]+$/g, '').trim())
    .filter((part) => part.length > 1 && part.length <= 60 && !/^(?:n\/?a|none|various)$/i.test(part));
}

export function extractItSystems(ctx: ExtractContext): NamedItem[] {
  const out: NamedItem[] = [];
  const have = (name: string): boolean => out.some((item) => item.name.toLowerCase() === name.toLowerCase());
  for (const entry of entriesFor(ctx.model, 'itSystems')) {
    const found = valueOf(ctx.model, entry, (t) => t.trim().length > 1 && !/:$/.test(t), 1);
    if (!found) continue;
    for (const name of splitList(found.value)) if (!have(name)) out.push({ name, evidence: found.evidence });
  }
  for (const { line, index } of textLines(ctx.model)) {
    if (ctx.descriptive.has(index)) continue;
    for (const [pattern, name] of KNOWN_SYSTEMS) {
      const m = pattern.exec(line.text);
      if (m && !have(name) && !out.some((item) => item.name.toUpperCase().split(/[/\s]+/).includes(name.toUpperCase())))
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
