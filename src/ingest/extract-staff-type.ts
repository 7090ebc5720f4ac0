/**
 * Officer or police staff. Officer: a rank, "Status: Police", a "POLICE OFFICER" header, a constable title.
 * Staff: a "POLICE – STAFF" header, a staff grade or scale, a PCSO / staff title, "Police Staff Handbook".
 * Unknown when the document gives no signal or the signals tie.
 */
import type { Evidence, StaffType } from '../profile/role-profile.ts';
import type { ExtractContext, Found } from './extract-context.ts';
import { hasCheckboxes, tickedText } from './checkboxes.ts';
import { entriesFor, quote } from './sections.ts';

interface Signals {
  officer: number;
  staff: number;
  officerEvidence: Evidence[];
  staffEvidence: Evidence[];
}

const STAFF_TITLE = /\b(?:PCSO|community support officer|police staff|investigator|analyst|handler|administrator|assistant|adviser|advisor|caseworker|clerk|coordinator|co-ordinator|technician|manager|officer \(staff\)|controller|dispatcher|call taker)\b/i;
const OFFICER_TITLE = /\b(?:[Cc]onstable|[Ss]ergeant|[Ii]nspector|[Ss]uperintendent|PC|DC|PS|DS|DI|DCI)\b/;

export function extractStaffType(
  ctx: ExtractContext,
  title: string,
  rank: Found<string> | null,
  grade: Found<string> | null,
): Found<StaffType> {
  const s: Signals = { officer: 0, staff: 0, officerEvidence: [], staffEvidence: [] };
  const officer = (weight: number, evidence: Evidence[]): void => {
    s.officer += weight;
    s.officerEvidence.push(...evidence);
  };
  const staff = (weight: number, evidence: Evidence[]): void => {
    s.staff += weight;
    s.staffEvidence.push(...evidence);
  };

  if (rank) officer(3, rank.evidence);
  if (grade && /^(?:[A-H]\d|scale|band|grade|SO\d|PO\d|S\d|level)\b/i.test(grade.value)) staff(2, grade.evidence);
  if (/\b(?:PCSO|community support officer)\b/i.test(title)) staff(4, []);
  else if (OFFICER_TITLE.test(title)) officer(2, []);

  for (const entry of entriesFor(ctx.model, 'status')) {
    const value = tickedText(entry.value) ?? entry.value;
    if (/\bpolice\s+staff\b|\bstaff\b/i.test(value)) staff(3, entry.evidence);
    else if (/\b(?:police|officer)\b/i.test(value)) officer(3, entry.evidence);
  }
  ctx.model.lines.forEach((line) => {
    const t = line.text;
    if (t.length === 0) return;
    const m = /\bpolice\s*[–—-]?\s*staff\b(?!\s+(?:handbook|terms|conditions|pay))/i.exec(t);
    const o = /\bpolice\s+officers?\b/i.exec(t);
    // Headers such as "POLICE – STAFF", "Role Profile – Police Staff", "ROLE DESCRIPTION - POLICE OFFICER".
    const header = t.length <= 60 && line.cells.length === 1 && !/[.;]$/.test(t) && !hasCheckboxes(t);
    if (header && m) staff(1, [quote(line, m[0])]);
    else if (header && o) officer(1, [quote(line, o[0])]);
    else if (/\bpolice staff (?:handbook|terms|conditions|pay|grade|role|post)\b/i.test(t)) staff(1, [quote(line, t.match(/police staff \w+/i)?.[0] ?? t)]);
    else if (/\b(?:open to|for) (?:serving )?police officers only\b/i.test(t)) officer(2, [quote(line, t.match(/police officers only/i)?.[0] ?? t)]);
  });
  if (s.officer === 0 && s.staff === 0 && STAFF_TITLE.test(title)) return { value: 'unknown', evidence: [] };
  if (s.officer > s.staff) return { value: 'officer', evidence: dedupe(s.officerEvidence) };
  if (s.staff > s.officer) return { value: 'staff', evidence: dedupe(s.staffEvidence) };
  return { value: 'unknown', evidence: [] };
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence
    .filter((e) => {
      const key = `${e.line}|${e.quote}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 4);
}
