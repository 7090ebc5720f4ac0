/**
 * Vetting on the ladders of src/vocabulary/vetting-levels.ts: a higher rung covers a lower one on the same
 * ladder (MV covers RV), levels on different ladders are not comparable and the line says so, and a level
 * on no ladder (BPSS) only matches itself. One line per ladder the target asks for: a post needs a rung of
 * each.
 */
import { vettingLevel, vettingRung, type VettingRung } from '../../vocabulary/vetting-levels.ts';
import type { MoveLine, MoveStatus } from '../types.ts';
import { citeAll, listed, moveLine, type MovePair } from './move-line.ts';

const LADDER_NAMES: Record<string, string> = {
  police: 'police vetting',
  nppv: 'non-police personnel vetting',
  'national-security': 'national security vetting',
  ev: 'enhanced vetting',
};

function ladderName(rung: VettingRung): string {
  return rung.ladder ? (LADDER_NAMES[rung.ladder] ?? rung.ladder) : (vettingLevel(rung.code)?.name ?? rung.code);
}

/** The highest rung of each ladder (or each off-ladder code) a list of stored levels holds. */
function topRungs(levels: readonly string[]): Map<string, VettingRung> {
  const top = new Map<string, VettingRung>();
  for (const stored of levels) {
    const rung = vettingRung(stored);
    if (!rung) continue;
    const key = rung.ladder ?? rung.code;
    const held = top.get(key);
    if (!held || (rung.rung ?? 0) > (held.rung ?? 0)) top.set(key, rung);
  }
  return top;
}

export function vettingLines({ from, to }: MovePair): MoveLine[] {
  const toCites = citeAll(to, 'vetting', to.vetting.evidence);
  const fromCites = citeAll(from, 'vetting', from.vetting.evidence);
  if (to.vetting.status === 'ambiguous') {
    return [moveLine('vetting', 'Vetting', 'not-stated', `The ${to.title} profile's vetting is unclear: ${to.vetting.note ?? 'see the document'}`, fromCites, toCites)];
  }
  const wanted = topRungs(to.vetting.levels);
  if (to.vetting.status === 'not-stated' || wanted.size === 0) {
    return [moveLine('vetting', 'Vetting', 'not-stated', `The ${to.title} profile does not state a vetting level.`, fromCites, toCites)];
  }
  const held = from.vetting.status === 'stated' ? topRungs(from.vetting.levels) : new Map<string, VettingRung>();
  return [...wanted.entries()].map(([key, want]) => {
    const subject = `Vetting (${ladderName(want)}): ${want.code}`;
    if (from.vetting.status === 'ambiguous') {
      return moveLine('vetting', subject, 'not-stated', `${to.title} needs ${want.code}; the ${from.title} profile's vetting is unclear, so whether it covers ${want.code} is not stated.`, fromCites, toCites);
    }
    if (held.size === 0) {
      return moveLine('vetting', subject, 'not-stated', `${to.title} needs ${want.code}; the ${from.title} profile does not state a vetting level.`, fromCites, toCites);
    }
    const have = held.get(key);
    if (!have) {
      const others = [...held.values()].map((rung) => rung.code);
      const detail = want.ladder === null
        ? `${to.title} needs ${want.code}; ${from.title} states ${listed(others)}, which is not the same check, so the profiles do not say whether it is held.`
        : `${to.title} needs ${want.code} on the ${ladderName(want)} ladder; ${from.title} states ${listed(others)}, on a different ladder, so the two are not comparable.`;
      return moveLine('vetting', subject, 'not-stated', detail, fromCites, toCites);
    }
    let status: MoveStatus;
    let detail: string;
    if (have.code === want.code) {
      status = 'meet';
      detail = `Both profiles state ${want.code}.`;
    } else if ((have.rung ?? 0) > (want.rung ?? 0)) {
      status = 'meet';
      detail = `${from.title} states ${have.code}, which covers ${want.code}.`;
    } else {
      status = 'need';
      detail = `${to.title} needs ${want.code}; ${from.title} states ${have.code}, a lower level on the same ladder.`;
    }
    return moveLine('vetting', subject, status, detail, fromCites, toCites);
  });
}
