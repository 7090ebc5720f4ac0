/**
 * The lexicon of headings and labels a role document uses, with synonyms. Every extractor reads sections by
 * key, never by position, so a new force's wording is supported by adding a synonym here.
 */

export type SectionKey =
  | 'title'
  | 'reportsTo'
  | 'responsibleFor'
  | 'hours'
  | 'shifts'
  | 'vetting'
  | 'driving'
  | 'grade'
  | 'rank'
  | 'rankGrade'
  | 'roleCode'
  | 'department'
  | 'location'
  | 'organisation'
  | 'contractType'
  | 'status'
  | 'purpose'
  | 'responsibilities'
  | 'criteria'
  | 'essential'
  | 'desirable'
  | 'entryRequirements'
  | 'experience'
  | 'behaviours'
  | 'values'
  | 'skills'
  | 'standards'
  | 'training'
  | 'health'
  | 'itSystems'
  | 'conditions'
  | 'contacts'
  | 'dress'
  | 'travel'
  | 'salary'
  | 'documentPart'
  | 'other';

/** Synonyms, written in the normalised form `normaliseLabel` produces (lower case, "&" as "and"). */
export const LEXICON: Readonly<Record<SectionKey, readonly string[]>> = {
  title: [
    'job title', 'role title', 'post title', 'position', 'position title', 'job role', 'role name', 'title of post',
    'title of role', 'title', 'vacancy', 'vacancy title', 'job', 'job name', 'post name', 'name of post',
  ],
  reportsTo: [
    'reporting to', 'reports to', 'report to', 'responsible to', 'line manager', 'supervision and control',
    'accountable to', 'reporting line', 'managed by', 'line managed by', 'line management', 'reporting',
    'immediate supervisor', 'supervisor', 'manager', 'reports into', 'reporting manager', 'report to',
  ],
  responsibleFor: [
    'responsible for', 'staff supervised', 'direct reports', 'supervisory responsibility', 'staff responsibility',
    'line management responsibility', 'management responsibility', 'number of staff supervised',
  ],
  hours: [
    'weekly hours', 'hours', 'hours per week', 'working hours', 'contracted hours', 'hours of work', 'weekly working hours',
    'working week', 'hours of duty', 'full time hours', 'standard hours', 'contractual hours', 'hours per week full time',
  ],
  shifts: [
    'shift pattern', 'shifts', 'shift', 'working pattern', 'work pattern', 'shift arrangements', 'rota', 'duty pattern',
    'shift work', 'working arrangements', 'shift times', 'shift arrangements', 'when the job is done', 'hours and shifts', 'shift/working pattern', 'working pattern/shifts', 'shift details',
  ],
  vetting: [
    'vetting level', 'security check level', 'vetting', 'security clearance', 'vetting requirements', 'vetting requirement',
    'level of vetting', 'vetting clearance', 'security vetting', 'vetting status', 'security check', 'clearance',
    'clearance level', 'security level', 'vetting level required', 'vetting and security', 'vetting requirement for the post', 'vetting required', 'security vetting level',
  ],
  driving: [
    'car user', 'driving', 'driving licence', 'driving license', 'driving requirements', 'driving requirement',
    'essential car user', 'casual car user', 'driver', 'driving authority', 'car user status',
  ],
  grade: ['grade', 'scale', 'pay grade', 'salary grade', 'band', 'pay band', 'grade/scale', 'scale/grade', 'pay scale', 'job grade'],
  rank: ['rank', 'police rank', 'rank required'],
  rankGrade: ['rank/grade', 'grade/rank', 'rank or grade', 'rank / grade', 'rank/band', 'rank/scale'],
  roleCode: [
    'role code', 'post no', 'post number', 'job code', 'reference', 'ref', 'job reference', 'vacancy reference',
    'post reference', 'position number', 'role number', 'job number', 'post ref', 'reference number', 'job ref',
    'role reference', 'post id', 'role id',
  ],
  department: [
    'section', 'department', 'directorate', 'unit', 'command', 'team', 'business area', 'division', 'dept',
    'department/section', 'team/unit', 'business unit', 'branch', 'function', 'portfolio', 'lpa/department', 'area/department',
  ],
  location: ['location', 'area', 'base', 'work location', 'based at', 'station', 'place of work', 'work base', 'base location', 'work base/location', 'location/base'],
  organisation: ['force', 'organisation', 'organization', 'employer', 'police force'],
  contractType: ['contract type', 'contract', 'type of contract', 'employment type', 'tenure', 'contract status'],
  status: ['status', 'employment status', 'officer/staff', 'staff type', 'role type', 'officer or staff post', 'officer or staff', 'staff/officer', 'staff or officer', 'officer/staff post', 'staff category', 'post type', 'police officer or police staff'],
  purpose: [
    'main purpose of the role', 'main purpose', 'job purpose', 'role purpose', 'overall purpose', 'purpose of the role',
    'purpose', 'purpose of role', 'overall purpose of the role', 'primary role', 'role summary', 'job summary',
    'about the role', 'overview', 'role overview', 'main purpose of the job', 'purpose of the job', 'purpose of the post',
    'main purpose of post', 'main purpose of the post', 'summary of role', 'the role', 'job overview', 'role profile summary', 'why the job exists', 'about the job', 'purpose of the role',
  ],
  responsibilities: [
    'main responsibilities', 'key responsibilities', 'duties', 'key accountabilities', 'responsibilities', 'main duties',
    'key duties', 'duties and responsibilities', 'principal accountabilities', 'accountabilities', 'key tasks', 'main tasks',
    'what you will do', "what you'll do", 'role', 'role responsibilities', 'duties/responsibilities', 'principal duties',
    'main accountabilities', 'key result areas', 'job description', 'main duties and responsibilities',
    'specific responsibilities', 'core responsibilities', 'the job', 'your role', 'what the job involves', 'key duties and responsibilities', 'main activities', 'key activities', 'what you will be doing',
  ],
  criteria: ['criteria', 'person specification criteria', 'criterion'],
  essential: [
    'essential', 'essential criteria', 'essential criterion', 'essential requirements', 'essential requirement', 'essential skills', 'essential qualifications',
    'essential experience', 'essential skills and experience', 'essential knowledge', 'must have', 'you must have',
    "what you'll need", 'what you will need', 'what we are looking for', "what we're looking for", 'you will need',
    'you will have', 'the ideal candidate', 'essential knowledge skills and experience', 'minimum criteria', 'what you will need to apply', 'essential requirements of the role',
  ],
  desirable: [
    'desirable', 'desirable criteria', 'desirable criterion', 'desirable requirements', 'desirable requirement', 'desirable skills', 'desirable qualifications',
    'desirable experience', 'nice to have', 'advantageous', 'would be an advantage',
    'desirable knowledge', 'desirable skills and experience', 'bonus points',
  ],
  entryRequirements: [
    'entry requirements', 'entry criteria', 'eligibility', 'eligibility criteria', 'minimum requirements', 'pre-requisites',
    'prerequisites', 'pre requisites', 'qualifications required', 'requirements', 'eligibility requirements',
    'entry requirement', 'minimum entry requirements', 'mandatory requirements',
  ],
  experience: [
    'necessary experience', 'experience required', 'knowledge skills and experience', 'skills and experience',
    'knowledge and experience', 'experience', 'qualifications', 'qualifications and experience',
    'skills knowledge and experience', 'knowledge, skills and experience', 'about you',
    'experience and qualifications', 'qualifications and training', 'knowledge', 'skills and abilities',
    'experience and knowledge', 'requirements of the role',
  ],
  behaviours: [
    'behaviours', 'competencies', 'personal qualities', 'cvf', 'behavioural competencies', 'competency and values framework',
    'cvf competencies', 'core competencies', 'behavioural framework', 'behaviours required', 'competency framework', 'ppf',
    'policing professional framework', 'key behaviours', 'cvf behaviours', 'competencies and values',
    'competency and values framework (cvf)', 'behavioural competences', 'competences', 'behaviour', 'cvf competency', 'behaviours and values', 'competencies and behaviours', 'behavioural competencies required',
  ],
  values: ['values', 'cvf values', 'our values', 'core values', 'values required', 'organisational values'],
  skills: [
    'technical skills', 'skills', 'specialist skills', 'technical skills required', 'skills required', 'ppf technical skills',
    'technical competencies', 'specialist knowledge and skills', 'technical knowledge', 'specialist knowledge',
    'technical skills and knowledge', 'skills and knowledge',
  ],
  standards: ['national occupational standards', 'nos', 'occupational standards', 'national occupational standards (nos)'],
  training: [
    'training', 'training requirements', 'training required', 'mandatory training', 'training and development',
    'initial training', 'courses', 'accreditation', 'accreditations', 'training/accreditation', 'training needs',
    'training and accreditation', 'required training', 'learning and development', 'training provided', 'development', 'training and development requirements', 'qualifications to be gained',
  ],
  health: [
    'health tests required', 'health', 'health requirements', 'medical', 'medical requirements', 'fitness', 'fitness test',
    'health and fitness', 'health tests', 'medical standards', 'occupational health', 'physical requirements',
    'medical and fitness', 'fitness requirements', 'health screening', 'medical/fitness', 'fitness standard', 'fitness and health', 'health and fitness requirements', 'medical and fitness standards', 'fitness test required',
  ],
  itSystems: [
    'it systems required', 'it systems', 'systems', 'it systems used', 'systems used', 'software', 'computer systems',
    'it requirements', 'systems knowledge', 'it applications', 'applications used', 'software and it used', 'software used', 'it used', 'software and systems', 'systems and software', 'it and systems', 'it systems and software',
  ],
  conditions: [
    'any other general requirements/scope', 'general requirements', 'obligatory requirements', 'additional requirements',
    'special conditions', 'conditions', 'working conditions', 'other requirements', 'additional information',
    'special requirements', 'other information', 'any other general requirements', 'general requirements/scope',
    'terms and conditions', 'conditions of service', 'further information', 'other conditions',
  ],
  contacts: ['contacts', 'key contacts', 'key relationships', 'working relationships', 'internal contacts', 'external contacts'],
  dress: ['dress code', 'dress', 'uniform', 'uniform/dress'],
  travel: ['travel', 'travel requirements', 'travelling'],
  salary: ['salary', 'pay', 'salary range', 'remuneration', 'starting salary', 'salary scale', 'allowances'],
  documentPart: [
    'role description', 'role profile', 'person specification', 'role details', 'job details', 'post details', 'selection criteria', 'how we will assess you', 'working for us', 'job profile', 'person spec', 'job advert', 'advert', 'job advertisement',
    'recruitment pack', 'about us', 'how to apply', 'closing date', 'interview date', 'equality and diversity',
  ],
  other: [
    'job family', 'home office code', 'limited duties category', 'risk assessment', 'job evaluation', 'version',
    'version date', 'date of last job evaluation exercise', 'post funding method', 'owner/source of funding',
    'budgetary management', 'people management', 'pdr activities and behaviours', 'allowance', 'financial',
    'date', 'contacts/relationships', 'financial e.g. limits/mandates', 'total number and level', 'authority to £ value',
  ],
};

/** Lower-case, "&" as "and", brackets and trailing punctuation removed, whitespace collapsed. */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[’‘`]/g, "'")
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z][.)])\s+/, '')
    .replace(/^section\s+[a-z0-9]{1,3}\s*[–—:.-]\s*/, '')
    .replace(/\s*\/\s*/g, '/')
    .replace(/[\s:;.,*#_–—-]+$/g, '')
    .replace(/^[\s:;.,*#_–—-]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const LOOKUP: ReadonlyMap<string, SectionKey> = (() => {
  const map = new Map<string, SectionKey>();
  for (const [key, synonyms] of Object.entries(LEXICON) as [SectionKey, readonly string[]][]) {
    for (const synonym of synonyms) {
      const norm = normaliseLabel(synonym);
      if (!map.has(norm)) map.set(norm, key);
    }
  }
  return map;
})();

/** The section key a label or heading names, or null when the lexicon does not know it. */
export function lookupLabel(text: string): SectionKey | null {
  // Labels are short; long lines are prose (and normalising every prose line is the parser's hot spot).
  if (text.length > 120) return null;
  const cached = CACHE.get(text);
  if (cached !== undefined) return cached;
  const key = lookupNormalised(normaliseLabel(text));
  if (CACHE.size > 20_000) CACHE.clear();
  CACHE.set(text, key);
  return key;
}

const CACHE = new Map<string, SectionKey | null>();

const QUESTIONS: readonly [RegExp, SectionKey][] = [
  [/^what is the (?:role|job|post|position)(?: title| called)?\?$|^what is the (?:job|role) title\?$/, 'title'],
  [/\bwho (?:will|would|do|does) (?:i|you|the post holder) (?:answer|report|work) (?:to|for)\b|\bwho is my (?:line )?manager\b/, 'reportsTo'],
  [/\bhow many hours\b|\bwhat hours\b/, 'hours'],
  [/\bdriving licen[cs]e\b|\bneed (?:a|to) (?:car|drive)\b/, 'driving'],
  [/\bwhat (?:vetting|checks|security)\b/, 'vetting'],
  [/\bwhat training\b|\btraining will\b/, 'training'],
  [/\bwho can apply\b|\bwhat do i need\b|\bam i eligible\b/, 'entryRequirements'],
  [/\bwhat (?:will|would) i (?:do|be doing)\b/, 'responsibilities'],
  [/\bwhat shifts\b|\bwhen will i work\b/, 'shifts'],
];

/** A label that ends by naming whom the post holder answers to. */
const REPORTS_PHRASE = /\b(?:report(?:s|ing)?(?: in)?(?: directly)? to|work(?:ing)? for|(?:line )?managed by|accountable to|responsible to|supervised by)$/;
/** A heading that introduces what is only a plus. */
const DESIRABLE_PHRASE = /^(?:it would be (?:great|nice|good|useful|helpful|an advantage|a bonus)|ideally|bonus points|you may also have)\b/;

function lookupNormalised(norm: string): SectionKey | null {
  if (norm.length === 0 || norm.length > 80) return null;
  const direct = LOOKUP.get(norm) ?? LOOKUP.get(norm.replace(/^(?:the|our|your) /, ''));
  if (direct) return direct;
  // PDF text loses spaces ("Hours perweek", "Vettinglevel"): compare without them.
  const squashed = SQUASHED.get(norm.replace(/[\s'’-]+/g, ''));
  if (squashed) return squashed;
  // Questions in an FAQ-style document: "What is the role?", "Who will I answer to?".
  if (norm.endsWith('?')) {
    for (const [pattern, key] of QUESTIONS) if (pattern.test(norm)) return key;
    return null;
  }
  // Headings written as phrases: "Who you will report to", "It would be great if you also have".
  if (REPORTS_PHRASE.test(norm)) return 'reportsTo';
  if (DESIRABLE_PHRASE.test(norm)) return 'desirable';
  // Plurals: "Working Patterns".
  if (norm.endsWith('s')) {
    const singular = LOOKUP.get(norm.slice(0, -1));
    if (singular) return singular;
  }
  // "Vetting requirement for this post", "Skills required for the role".
  const trimmed = norm.replace(/\s+(?:for|of|in) (?:this|the) (?:post|role|job|position|vacancy)$/, '');
  if (trimmed !== norm) return lookupNormalised(trimmed);
  // "BEHAVIOURS – COMPETENCY AND VALUES FRAMEWORK": the part before a dash names the section.
  const dash = /^(.{3,40}?)\s+[–—-]\s+/.exec(norm);
  if (dash?.[1]) return LOOKUP.get(dash[1]) ?? null;
  // Bilingual labels "Teitl y Swydd / Job Title": any part the lexicon knows (the English one).
  if (norm.includes('/')) {
    for (const part of norm.split('/').reverse()) {
      const key = part.trim().length > 2 ? lookupNormalised(part.trim()) : null;
      if (key) return key;
    }
  }
  return null;
}

const SQUASHED: ReadonlyMap<string, SectionKey> = (() => {
  const map = new Map<string, SectionKey>();
  for (const [norm, key] of LOOKUP) {
    const squashed = norm.replace(/[\s'’-]+/g, '');
    if (squashed.length >= 6 && !map.has(squashed)) map.set(squashed, key);
  }
  return map;
})();

/** Every word used by a lexicon label: lets the normaliser split PDF run-together words ("WeeklyHours"). */
export const LEXICON_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  for (const synonyms of Object.values(LEXICON)) {
    for (const synonym of synonyms) for (const word of synonym.split(/[^a-z]+/)) if (word.length > 1) words.add(word);
  }
  return words;
})();
