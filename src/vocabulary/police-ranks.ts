/** Police ranks (officer roles) and abbreviations police staff use for roles and teams. */

export const RANKS = [
  'Police Constable',
  'Detective Constable',
  'Special Constable',
  'Student Officer',
  'Constable',
  'Detective Sergeant',
  'Sergeant',
  'Detective Inspector',
  'Chief Inspector',
  'Detective Chief Inspector',
  'Inspector',
  'Detective Superintendent',
  'Chief Superintendent',
  'Detective Chief Superintendent',
  'Superintendent',
  'Commander',
  'Assistant Chief Constable',
  'Deputy Chief Constable',
  'Chief Constable',
  'Commissioner',
] as const;

const RANK_WORDS = /\b(?:(?:police|detective|special|chief|assistant chief|deputy chief|detective chief)\s+)?(?:constable|sergeant|inspector|superintendent|commander|commissioner)\b|\bstudent officer\b/i;

/**
 * Rank abbreviations and the rank each stands for. Kept apart from the other abbreviations below: "DSU" as a
 * rank is a Detective Superintendent, while a team called DSU is a Dedicated Source Unit.
 */
export const RANK_ABBREVIATIONS: Readonly<Record<string, string>> = {
  PC: 'Police Constable',
  DC: 'Detective Constable',
  PS: 'Police Sergeant',
  SGT: 'Sergeant',
  DS: 'Detective Sergeant',
  INSP: 'Inspector',
  DI: 'Detective Inspector',
  CI: 'Chief Inspector',
  DCI: 'Detective Chief Inspector',
  SUPT: 'Superintendent',
  DSU: 'Detective Superintendent',
  DSI: 'Detective Superintendent',
  'CH SUPT': 'Chief Superintendent',
  CHSUPT: 'Chief Superintendent',
  DCS: 'Detective Chief Superintendent',
  ACC: 'Assistant Chief Constable',
  DCC: 'Deputy Chief Constable',
  SPC: 'Special Constable',
};

/** The rank a value names ("Constable", "Police Sergeant", "PC", "DSU"), or null. */
export function rankOf(value: string): string | null {
  const v = value.trim();
  const abbreviation = /^([A-Za-z]{2,4}(?: Supt)?)\.?$/.exec(v)?.[1]?.toUpperCase();
  if (abbreviation) return RANK_ABBREVIATIONS[abbreviation] ?? null;
  const m = RANK_WORDS.exec(v);
  if (!m) return null;
  // A rank only when the value is (mostly) the rank: "Constable", "Police Constable (or above)".
  const rest = v.replace(m[0], '').replace(/\([^)]*\)/g, '').replace(/[^A-Za-z]+/g, ' ').trim();
  if (rest.split(/\s+/).filter((w) => w.length > 0).length > 2) return null;
  return m[0].replace(/\b\w/g, (c) => c.toUpperCase()).replace(/\s+/g, ' ');
}

/**
 * A rank abbreviation with the role it is held in, as a Rank label writes it: "PC AFO", "DC PIP2", "PS (CID)".
 * The rank it names, or null. The abbreviation must be written in capitals, so "Pc" or "ps" in prose are not it.
 */
export function rankWithRole(value: string): string | null {
  const m = /^([A-Z]{2,4})\s+(?:\(?[A-Z][A-Z0-9/&-]{1,7}\)?)(?:\s+\(?[A-Z][A-Z0-9/&-]{1,7}\)?)?$/.exec(value.trim());
  return m?.[1] ? (RANK_ABBREVIATIONS[m[1]] ?? null) : null;
}

/** Police abbreviations of roles, teams and units, and what they stand for (used for aliases). */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  PC: 'Police Constable',
  DC: 'Detective Constable',
  PS: 'Police Sergeant',
  DS: 'Detective Sergeant',
  DI: 'Detective Inspector',
  DCI: 'Detective Chief Inspector',
  INSP: 'Inspector',
  SGT: 'Sergeant',
  SUPT: 'Superintendent',
  PCSO: 'Police Community Support Officer',
  CSO: 'Community Support Officer',
  SPC: 'Special Constable',
  CID: 'Criminal Investigation Department',
  MOSOVO: 'Management of Sexual or Violent Offenders',
  PPU: 'Public Protection Unit',
  CPT: 'Community Policing Team',
  NPT: 'Neighbourhood Policing Team',
  SNT: 'Safer Neighbourhood Team',
  RPU: 'Roads Policing Unit',
  ARV: 'Armed Response Vehicle',
  AFO: 'Authorised Firearms Officer',
  TSG: 'Territorial Support Group',
  PSU: 'Police Support Unit',
  CSI: 'Crime Scene Investigator',
  SOCO: 'Scenes of Crime Officer',
  DSU: 'Dedicated Source Unit',
  PIP: 'Professionalising Investigation Programme',
  MASH: 'Multi-Agency Safeguarding Hub',
  CAIT: 'Child Abuse Investigation Team',
  PSD: 'Professional Standards Department',
  HR: 'Human Resources',
  IT: 'Information Technology',
  CMC: 'Contact Management Centre',
  FCR: 'Force Control Room',
  OIC: 'Officer in Case',
  CCTV: 'Closed Circuit Television',
};
