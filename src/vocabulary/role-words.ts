/**
 * Police vocabulary for naming roles: which words are too generic to pick a role on their own, the
 * informal names staff use, and the abbreviations of forces. General knowledge about how people talk,
 * never facts about a role: a role only gets an informal name when its own title contains the words.
 */

/** Words that appear in many titles; a match on these alone never resolves a role. */
export const WEAK_ROLE_WORDS = new Set([
  'cop',
  'cops',
  'copper',
  'bobby',
  'police',
  'policing',
  'officer',
  'officers',
  'constable',
  'constables',
  'pc',
  'staff',
  'member',
  'team',
  'force',
  'worker',
  'person',
  'people',
  'grade',
  'level',
  'senior',
  'junior',
  'trainee',
  'student',
  'lead',
  'unit',
  'department',
  'dept',
  'service',
  'services',
]);

/**
 * Weak words so common in questions that a phrase of them alone ("police officer", "police staff") never
 * names a role; a phrase with another weak word ("student officer") may, when typed whole.
 */
export const EVERYDAY_ROLE_WORDS = new Set([
  'police', 'policing', 'officer', 'constable', 'pc', 'staff', 'member', 'force', 'person', 'people', 'worker', 'cop', 'copper', 'bobby', 'team',
]);

/**
 * Title words too common in questions to carry a partial title match ("what support ..." must not pick
 * Police Community Support Officer); they still count when the rest of the title matches too.
 */
export const GENERIC_TITLE_WORDS = new Set([
  'support',
  'management',
  'manager',
  'information',
  'general',
  'public',
  'protection',
  'operations',
  'operational',
  'safety',
  'assistant',
  'administrator',
  'admin',
  'resolution',
  'response',
  'local',
  'hub',
  'control',
  'contact',
  'training',
  'crime',
  'investigation',
  'investigator',
]);

/**
 * Informal names: `name` is given to every role whose title words include one word of each group in
 * `whenTitleHas`. "call handler" -> Contact Handler; "response officer" -> a patrol role.
 */
export interface InformalName {
  name: string;
  whenTitleHas: string[][];
}

export const INFORMAL_NAMES: InformalName[] = [
  { name: 'call handler', whenTitleHas: [['contact', 'call'], ['handler', 'handling', 'taker']] },
  { name: 'call taker', whenTitleHas: [['contact', 'call'], ['handler', 'handling', 'taker']] },
  { name: 'call handling', whenTitleHas: [['contact', 'call'], ['handler', 'handling', 'taker']] },
  { name: 'control room', whenTitleHas: [['contact', 'call', 'control'], ['handler', 'operator', 'room', 'dispatcher']] },
  { name: '999 operator', whenTitleHas: [['contact', 'call', 'control'], ['handler', 'operator', 'dispatcher']] },
  { name: 'response officer', whenTitleHas: [['patrol', 'response']] },
  { name: 'response pc', whenTitleHas: [['patrol', 'response']] },
  { name: 'response constable', whenTitleHas: [['patrol', 'response']] },
  { name: 'patrol officer', whenTitleHas: [['patrol', 'response']] },
  { name: 'pcso', whenTitleHas: [['community'], ['support'], ['officer']] },
  { name: 'community pc', whenTitleHas: [['community', 'neighbourhood'], ['pc', 'constable']] },
  { name: 'community constable', whenTitleHas: [['community', 'neighbourhood'], ['pc', 'constable']] },
  { name: 'neighbourhood pc', whenTitleHas: [['community', 'neighbourhood'], ['pc', 'constable']] },
  { name: 'neighbourhood officer', whenTitleHas: [['community', 'neighbourhood'], ['pc', 'constable', 'officer']] },
  { name: 'beat officer', whenTitleHas: [['community', 'neighbourhood', 'beat'], ['pc', 'constable']] },
  { name: 'dc', whenTitleHas: [['detective'], ['constable', 'pc']] },
  { name: 'ds', whenTitleHas: [['detective'], ['sergeant']] },
  { name: 'di', whenTitleHas: [['detective'], ['inspector']] },
  { name: 'sgt', whenTitleHas: [['sergeant']] },
  { name: 'insp', whenTitleHas: [['inspector']] },
  { name: 'mosovo', whenTitleHas: [['mosovo', 'offender', 'offenders']] },
  { name: 'sex offender manager', whenTitleHas: [['mosovo', 'offender', 'offenders']] },
  { name: 'offender manager', whenTitleHas: [['mosovo', 'offender', 'offenders']] },
  { name: 'afo', whenTitleHas: [['firearms', 'afo']] },
  { name: 'firearms officer', whenTitleHas: [['firearms', 'afo', 'arv']] },
  { name: 'armed officer', whenTitleHas: [['firearms', 'afo', 'arv', 'armed']] },
  { name: 'arv', whenTitleHas: [['arv', 'armed'], ['response', 'vehicle', 'arv']] },
  { name: 'csi', whenTitleHas: [['crime', 'scenes', 'scene'], ['investigator', 'examiner', 'officer']] },
  { name: 'soco', whenTitleHas: [['crime', 'scenes', 'scene'], ['investigator', 'examiner', 'officer']] },
  { name: 'cid', whenTitleHas: [['cid', 'detective', 'criminal']] },
  { name: 'detective', whenTitleHas: [['detective', 'cid']] },
  { name: 'dispatcher', whenTitleHas: [['dispatch', 'dispatcher', 'despatch', 'despatcher']] },
  { name: 'jailer', whenTitleHas: [['custody', 'detention']] },
  { name: 'custody officer', whenTitleHas: [['custody', 'detention']] },
  { name: 'dco', whenTitleHas: [['detention', 'custody'], ['officer']] },
  { name: 'special', whenTitleHas: [['special'], ['constable', 'pc']] },
  { name: 'traffic officer', whenTitleHas: [['roads', 'traffic']] },
  { name: 'comms', whenTitleHas: [['communications', 'communication']] },
  { name: 'intel', whenTitleHas: [['intelligence']] },
  { name: 'hr', whenTitleHas: [['human'], ['resources', 'resource']] },
  { name: 'roads policing', whenTitleHas: [['roads', 'traffic']] },
];

/** Short or informal names of forces, so "the herts pcso" finds Hertfordshire. */
export const ORGANISATION_ALIASES: Record<string, string[]> = {
  herts: ['hertfordshire'],
  leics: ['leicestershire'],
  leicester: ['leicestershire'],
  met: ['metropolitan'],
  mps: ['metropolitan'],
  gmp: ['greater', 'manchester'],
  wmp: ['west', 'midlands'],
  tvp: ['thames', 'valley'],
  notts: ['nottinghamshire'],
  glos: ['gloucestershire'],
  hants: ['hampshire'],
  bucks: ['buckinghamshire'],
  beds: ['bedfordshire'],
  cambs: ['cambridgeshire'],
  lancs: ['lancashire'],
  yorks: ['yorkshire'],
  wilts: ['wiltshire'],
  staffs: ['staffordshire'],
  northants: ['northamptonshire'],
  oxon: ['oxfordshire'],
  btp: ['british', 'transport'],
  lincs: ['lincolnshire'],
  derbys: ['derbyshire'],
  worcs: ['worcestershire'],
  nyp: ['north', 'yorkshire'],
  devon: ['devon', 'cornwall'],
};

/** Words in a force's name that say nothing about which force it is. */
export const WEAK_ORGANISATION_WORDS = new Set([
  'police',
  'constabulary',
  'force',
  'service',
  'county',
  'and',
  'of',
  'the',
  'for',
  'city',
  'authority',
  'commissioner',
  'crime',
  'office',
]);

/** Rank words that, on their own, may ask for a clarifying list of the roles holding that rank. */
export const RANK_WORDS: Record<string, string> = {
  pc: 'constable',
  constable: 'constable',
  constables: 'constable',
  sergeant: 'sergeant',
  sgt: 'sergeant',
  inspector: 'inspector',
};

/**
 * Words naming a UK police force's area, so "the sussex call handler" is known to ask about Sussex even
 * when no Sussex profile is loaded (then the answer says so rather than giving another force's role).
 */
export const FORCE_AREA_WORDS = new Set([
  'avon', 'somerset', 'bedfordshire', 'beds', 'cambridgeshire', 'cambs', 'cheshire', 'london', 'cleveland', 'cumbria',
  'derbyshire', 'devon', 'cornwall', 'dorset', 'durham', 'dyfed', 'powys', 'essex', 'gloucestershire', 'glos',
  'manchester', 'gmp', 'gwent', 'hampshire', 'hants', 'hertfordshire', 'herts', 'humberside', 'kent', 'lancashire',
  'lancs', 'leicestershire', 'leics', 'lincolnshire', 'lincs', 'merseyside', 'metropolitan', 'met', 'mps', 'norfolk',
  'northamptonshire', 'northants', 'northumbria', 'nottinghamshire', 'notts', 'wales', 'yorkshire', 'staffordshire',
  'staffs', 'suffolk', 'surrey', 'sussex', 'thames', 'tvp', 'warwickshire', 'mercia', 'midlands', 'wmp', 'wiltshire',
  'wilts', 'scotland', 'psni', 'btp', 'northern', 'ireland',
]);

/**
 * Nouns that head a role's name. One typed right after a matched name but not part of it ("control room
 * supervisor" beside Control Room Operator) names a different role, which we do not hold.
 */
export const ROLE_HEAD_NOUNS = new Set([
  'supervisor', 'manager', 'coordinator', 'co', 'administrator', 'analyst', 'assistant', 'clerk', 'investigator',
  'examiner', 'technician', 'specialist', 'adviser', 'advisor', 'trainer', 'instructor', 'inspector', 'sergeant',
  'superintendent', 'chief', 'director', 'operator', 'handler', 'controller', 'dispatcher', 'leader', 'warden',
  'guard', 'keeper', 'receptionist', 'cleaner', 'mechanic', 'engineer', 'photographer', 'pilot', 'negotiator', 'chaplain',
]);
