/**
 * Purpose, responsibilities and other stated conditions of the post: text under a heading, as bullets,
 * numbered items, table rows of list items, or paragraphs.
 */
import type { Item } from '../profile/role-profile.ts';
import type { DocLine } from './document-lines.ts';
import type { ExtractContext, Found } from './extract-context.ts';
import { lookupLabel } from '../vocabulary/document-headings.ts';
import { bodyLines, extentLines, quote, quoteAll, sectionsFor, valueLine, type Section } from './sections.ts';

function stripNumber(text: string): string {
  return text.replace(/^\(?\d{1,2}[.)]\s+/, '').trim();
}

export function extractPurpose(ctx: ExtractContext): Found<string> | null {
  for (const section of sectionsFor(ctx.model, 'purpose')) {
    const parts: string[] = [];
    const evidence = [];
    if (section.entry?.value.trim()) {
      // "Primary Role: <p>intro</p><ul><li>...</li></ul>": the intro is the purpose, the list the duties.
      const items = section.entry.items;
      parts.push(items.length > 1 ? (items[0] ?? '').trim() : section.entry.value.trim());
      evidence.push(...section.entry.evidence);
    }
    const body = bodyLines(ctx.model, section);
    // A purpose written as paragraphs under a heading; stop at a list (that is usually the duties).
    if (parts.length === 0 || body.every((line) => line.cells.length === 1)) {
      for (const line of body) {
        if (line.cells.length > 1 || line.noise) break;
        parts.push(line.text);
        evidence.push(quote(line, line.text));
        if (parts.join(' ').length > 1200) break;
      }
    }
    // "This JD is subject to HAY quality assurance and consultation." is about the document, not the role.
    const value = parts
      .join(' ')
      .replace(/\s+/g, ' ')
      .replace(/^this (?:jd|job description|role profile|role description|document) is subject to [^.]*\.\s*/i, '')
      .trim();
    if (value.length > 0) return { value, evidence };
  }
  return null;
}

function itemsOfLines(lines: DocLine[], ctx: ExtractContext): Item[] {
  const items: Item[] = [];
  const hasBullets = lines.some((line) => line.bullet);
  let last: Item | null = null;
  let lastLine: DocLine | null = null;
  for (const line of lines) {
    const index = ctx.model.indexOf.get(line) ?? -1;
    if (ctx.descriptive.has(index)) continue;
    if (line.cells.length > 1) {
      // A row "Operational: | <ol><li>...</li></ol>": the list items are responsibilities.
      for (const cell of line.cells.slice(lookupLabelCell(line) ? 1 : 0)) {
        for (const item of cell.items) {
          const text = stripNumber(item);
          if (text.length > 3 && lookupLabel(text) === null) items.push((last = { text, evidence: [quote(line, item)] }));
        }
      }
      lastLine = line;
      continue;
    }
    if (hasBullets && !line.bullet) {
      // A wrapped bullet continues on the next (indented) line; anything else ends the list.
      if (last && lastLine && line.indent > 0 && !/[.;]$/.test(last.text)) {
        last.text = `${last.text} ${line.text}`;
        last.evidence.push(quote(line, line.text));
        continue;
      }
      if (items.length > 0) break;
      continue;
    }
    if (line.heading > 0 || line.emphasised) continue;
    const text = stripNumber(line.text);
    if (text.length > 3) items.push((last = { text, evidence: [quote(line, line.text)] }));
    lastLine = line;
  }
  return items;
}

function lookupLabelCell(line: DocLine): boolean {
  const first = line.cells[0]?.text ?? '';
  return /:$/.test(first) || lookupLabel(first) !== null || first.length < 50;
}

function sectionItems(ctx: ExtractContext, section: Section, wide: boolean): Item[] {
  const items: Item[] = [];
  const anchor = valueLine(ctx.model, section);
  if (section.entry && anchor) {
    for (const item of section.entry.items) {
      const text = stripNumber(item);
      // "Role: Neighbourhood Sergeant" names the role; it is not a duty.
      const titleLike = text.split(/\s+/).length <= 5 && !/[.;]/.test(text) && section.entry.items.length === 1;
      if (text.length > 3 && !titleLike && lookupLabel(text) === null) items.push({ text, evidence: quoteAll(anchor, item) });
    }
  }
  const lines = wide ? extentLines(ctx.model, section) : bodyLines(ctx.model, section);
  items.push(...itemsOfLines(lines, ctx));
  return items;
}

export function extractResponsibilities(ctx: ExtractContext): Item[] {
  const out: Item[] = [];
  for (const section of sectionsFor(ctx.model, 'responsibilities')) out.push(...sectionItems(ctx, section, true));
  // A purpose heading followed by a list ("Primary Role: ... including: • ...") also lists duties.
  for (const section of sectionsFor(ctx.model, 'purpose')) {
    const items = section.entry?.items ?? [];
    const anchor = valueLine(ctx.model, section);
    if (items.length > 1 && anchor)
      for (const item of items.slice(1)) out.push({ text: stripNumber(item), evidence: [quote(anchor, item)] });
  }
  return dedupeItems(out);
}

export function extractConditions(ctx: ExtractContext): Item[] {
  const out: Item[] = [];
  for (const section of sectionsFor(ctx.model, 'conditions')) {
    for (const item of sectionItems(ctx, section, false)) {
      if (/^(?:the post holder (?:may|will) be required to;?|yes\s*\/\s*no)$/i.test(item.text)) continue;
      out.push(item);
    }
  }
  return dedupeItems(out);
}

function dedupeItems(items: Item[]): Item[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
