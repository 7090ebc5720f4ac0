/**
 * Vetting level. Read from a vetting label's value (same line, next cell or the lines below), or from prose
 * that talks about vetting. Honest about gaps: an empty label is not-stated; a list of every check under a
 * "strike through the checks not applicable" instruction (the strike-through is lost in text) is ambiguous.
 */
import type { Evidence, Vetting } from '../profile/role-profile.ts';
import { sentencesOf, textLines, type ExtractContext } from './extract-context.ts';
import { bodyLines, entriesFor, quote, sectionsFor, type Entry } from './sections.ts';
import { tickedText } from './checkboxes.ts';
import { findVettingCodes, hasAlternatives, VETTING_WORDS } from '../vocabulary/vetting-levels.ts';

const STRIKE = /strike[\s-]*(?:through|out)|strikethrough|delete as (?:appropriate|applicable)|cross out/i;

interface Reading {
  codes: string[];
  evidence: Evidence[];
  strike: boolean;
  label: string;
}

function readEntry(ctx: ExtractContext, entry: Entry): Reading {
  const { model } = ctx;
  const reading: Reading = { codes: [], evidence: [], strike: STRIKE.test(entry.label), label: entry.label };
  const add = (raw: string, evidence: Evidence): void => {
    if (STRIKE.test(raw)) reading.strike = true;
    // A tick-box list: only the ticked levels are stated. A code run into the next word by text extraction
    // ("CTCVetting Level") is split from it first.
    const text = unglueCodes(withoutHeldAlready(tickedText(raw) ?? raw));
    const codes = findVettingCodes(text, true);
    if (codes.length > 0) {
      reading.codes.push(...codes.filter((c) => !reading.codes.includes(c)));
      reading.evidence.push(evidence);
    }
  };
  if (entry.value.trim()) {
    for (const ev of entry.evidence) add(ev.quote, ev);
    if (reading.codes.length === 0) add(entry.value, entry.evidence[0] ?? quote(model.lines[entry.index]!, entry.value));
  }
  const found = model.sectionAt.get(entry.index);
  const section = found?.entry === entry ? found : undefined;
  const ownsBody = section && model.lastEntryAt.get(entry.index) === entry;
  if (reading.codes.length === 0 && section && ownsBody) {
    // The value may be a few lines down, after a note such as "(Strike through checks not applicable)".
    for (const line of bodyLines(model, section).slice(0, 5)) {
      if (STRIKE.test(line.text)) reading.strike = true;
      add(line.text, quote(line, line.text));
    }
  }
  return reading;
}

export function extractVetting(ctx: ExtractContext): Vetting {
  const entries = entriesFor(ctx.model, 'vetting');
  const readings = entries.map((entry) => readEntry(ctx, entry));
  const stated = readings.filter((r) => r.codes.length > 0);

  if (stated.length > 0) {
    const codes = [...new Set(stated.flatMap((r) => r.codes))];
    const evidence = stated.flatMap((r) => r.evidence);
    const strike = stated.some((r) => r.strike);
    if (strike && (hasAlternatives(codes) || codes.length >= 5)) {
      return {
        status: 'ambiguous',
        levels: codes,
        note:
          `The document lists ${codes.join(', ')} under an instruction to strike through the checks that do not ` +
          'apply; the strike-through formatting is lost in the text, so which of these checks the role needs ' +
          'cannot be told. Check the original document or ask the vetting unit.',
        evidence,
      };
    }
    // "Vetting: RV" at the top and "... subject to MV vetting" further down: two rungs of one ladder, each stated
    // on its own, say two different things about one post. Which applies is not for us to pick.
    const elsewhere = proseVetting(ctx, new Set(evidence.map((item) => item.line)));
    const places = [...stated.map((r) => ({ codes: r.codes, evidence: r.evidence })), ...(elsewhere.codes.length > 0 ? [{ codes: elsewhere.codes, evidence: elsewhere.evidence }] : [])];
    const conflicting = places.length >= 2 && places.every((place) => !hasAlternatives(place.codes)) && hasAlternatives([...new Set(places.flatMap((place) => place.codes))]);
    if (conflicting) {
      const all = [...new Set(places.flatMap((place) => place.codes))];
      const where = places.map((place) => `${place.codes.join(', ')} (line ${place.evidence[0]?.line ?? '?'})`).join(' and ');
      return {
        status: 'ambiguous',
        levels: all,
        note: `The document states ${where} for this post, two different levels of one kind of vetting; which one the post needs cannot be told from it. Ask HR or the vetting unit.`,
        evidence: places.flatMap((place) => place.evidence),
      };
    }
    return { status: 'stated', levels: codes, note: null, evidence };
  }

  // No label with a level: look for prose about vetting.
  const prose = proseVetting(ctx);
  if (prose.codes.length > 0) return { status: 'stated', levels: prose.codes, note: null, evidence: prose.evidence };

  const firstEntry = entries[0];
  if (firstEntry) {
    const line = ctx.model.lines[firstEntry.index];
    return {
      status: 'not-stated',
      levels: [],
      note: `The document has a "${firstEntry.label}" heading but gives no level under it.`,
      evidence: line ? [quote(line, firstEntry.label)] : [],
    };
  }
  if (prose.mention) {
    return {
      status: 'not-stated',
      levels: [],
      note: `The document says the post holder must be vetted but does not state the level ("${prose.mention.quote}").`,
      evidence: [prose.mention],
    };
  }
  return { status: 'not-stated', levels: [], note: null, evidence: [] };
}

/** @param skipLines source lines already read under a vetting label: not read again as prose. */
function proseVetting(ctx: ExtractContext, skipLines: ReadonlySet<number> = new Set()): { codes: string[]; evidence: Evidence[]; mention: Evidence | null } {
  const codes: string[] = [];
  const evidence: Evidence[] = [];
  let mention: Evidence | null = null;
  // Duties and purpose speak of vetting other people ("Process RV, MV and CTC applications").
  const others = new Set<number>();
  for (const section of sectionsFor(ctx.model, 'responsibilities', 'purpose'))
    for (let i = section.index; i < section.bodyEnd; i += 1) others.add(i);
  for (const { line, index } of textLines(ctx.model)) {
    if (ctx.descriptive.has(index) || others.has(index) || skipLines.has(line.no) || !VETTING_WORDS.test(line.text)) continue;
    for (const sentence of sentencesOf(line.text)) {
      if (!VETTING_WORDS.test(sentence)) continue;
      const found = findVettingCodes(withoutHeldAlready(sentence), false);
      if (found.length > 0) {
        codes.push(...found.filter((c) => !codes.includes(c)));
        evidence.push(quote(line, sentence));
      } else if (!mention && /\bvetted\b|\bvetting\b/i.test(sentence)) {
        mention = quote(line, sentence);
      }
    }
  }
  return { codes, evidence, mention };
}

/** "CTCVetting Level" -> "CTC Vetting Level": capitals run into a capitalised word. */
function unglueCodes(text: string): string {
  return text.replace(/\b([A-Z]{2,6}\d?)(?=[A-Z][a-z]{2,})/g, '$1 ');
}

/**
 * "If you already hold NPPV Level 3 through your job ..., it does not transfer": a clearance the applicant may
 * hold already is no level the post asks for. The clause up to its comma or dash is left out.
 */
function withoutHeldAlready(sentence: string): string {
  return sentence.replace(/\bif you (?:already )?(?:hold|have)\b[^,;–—]*/gi, ' ');
}
