/**
 * Concepts: one record per part of a profile, the one place its words are taught. A record holds the
 * headings and labels documents use for it (the parser's sections), the words questions use for it (the
 * question reader's topics), the topic that answers it and the profile field that holds it. Headings are
 * written in the normalised form `normaliseLabel` produces (lower case, "&" as "and"); question words in
 * the form `normaliseText` produces (lower case, no punctuation, "24/7" as "24x7").
 *
 * To teach a new heading: add it to `headings` of its concept. A new way of asking: add it to
 * `questionWords`. A new concept: a record here, a field in RoleProfile, an extractor and a topic; the
 * parity test (test/vocabulary/concepts.test.ts) says what is missing.
 */
import type { RoleProfile } from '../profile/role-profile.ts';
import type { TopicKey } from './topic-keys.ts';

export interface Concept {
  topic: TopicKey;
  /** The profile field that holds it; null only where no field does (see the record's comment). */
  field: keyof RoleProfile | null;
  headings: readonly string[];
  questionWords: readonly string[];
}

export const CONCEPTS = {
  reportsTo: {
    // Whom the post holder reports to.
    topic: 'reporting',
    field: 'reportsTo',
    headings: [
    'reporting to', 'reports to', 'report to', 'responsible to', 'line manager', 'supervision and control',
    'accountable to', 'reporting line', 'managed by', 'line managed by', 'line management', 'reporting',
    'immediate supervisor', 'supervisor', 'manager', 'reports into', 'reporting manager', 'report to',
  ],
    questionWords: [
    'report to', 'reports to', 'reporting', 'reporting line', 'line manager', 'manager', 'boss', 'supervisor',
    'supervised', 'responsible to', 'who do they report', 'manage', 'accountable to', 'accountable', 'answers to',
    'answer to', 'who manages', 'managed by', 'line managed', 'work for', 'works for', 'working for',
  ],
  },
  responsibleFor: {
    // Whom the post holder manages.
    topic: 'reporting',
    field: 'responsibleFor',
    headings: [
    'responsible for', 'staff supervised', 'direct reports', 'supervisory responsibility', 'staff responsibility',
    'line management responsibility', 'management responsibility', 'number of staff supervised',
  ],
    questionWords: [
    'supervises', 'responsible for', 'direct reports', 'staff supervised', 'how many staff',
  ],
  },
  hours: {
    // Weekly hours.
    topic: 'hours',
    field: 'weeklyHours',
    headings: [
    'weekly hours', 'hours', 'hours per week', 'working hours', 'contracted hours', 'hours of work',
    'weekly working hours', 'working week', 'hours of duty', 'full time hours', 'standard hours',
    'contractual hours', 'hours per week full time',
  ],
    questionWords: [
    'weekly hours', 'hours a week', 'hours per week', 'hours week', 'how many hours', 'full time', 'working week',
    'hours', 'hrs',
  ],
  },
  shifts: {
    // The shift or working pattern.
    topic: 'shifts',
    field: 'shifts',
    headings: [
    'shift pattern', 'shifts', 'shift', 'working pattern', 'work pattern', 'shift arrangements', 'rota',
    'duty pattern', 'shift work', 'working arrangements', 'shift times', 'shift arrangements',
    'when the job is done', 'hours and shifts', 'shift/working pattern', 'working pattern/shifts', 'shift details',
  ],
    questionWords: [
    'hours', 'hrs', 'shift', 'shifts', 'shift pattern', 'working pattern', 'pattern', 'rota', 'roster', 'earlies',
    'lates', 'when do',
  ],
  },
  vetting: {
    // The vetting level; its values are in vetting-levels.ts.
    topic: 'vetting',
    field: 'vetting',
    headings: [
    'vetting level', 'security check level', 'vetting', 'security clearance', 'vetting requirements',
    'vetting requirement', 'level of vetting', 'vetting clearance', 'security vetting', 'vetting status',
    'security check', 'clearance', 'clearance level', 'security level', 'vetting level required',
    'vetting and security', 'vetting requirement for the post', 'vetting required', 'security vetting level',
  ],
    questionWords: [
    'vetting', 'vetted', 'vet', 'clearance', 'security clearance', 'security check', 'security', 'nppv',
    'criminal record', 'convictions', 'conviction', 'cautions', 'background check',
  ],
  },
  driving: {
    // Whether driving is needed.
    topic: 'driving',
    field: 'driving',
    headings: [
    'car user', 'driving', 'driving licence', 'driving license', 'driving requirements', 'driving requirement',
    'essential car user', 'casual car user', 'driver', 'driving authority', 'car user status',
  ],
    questionWords: [
    'driving', 'drive', 'driver', 'licence', 'license', 'driving licence', 'car', 'car user', 'vehicle',
    'driving authority',
  ],
  },
  grade: {
    // Pay grade, scale or band.
    topic: 'grade',
    field: 'grade',
    headings: [
    'grade', 'scale', 'pay grade', 'salary grade', 'band', 'pay band', 'grade/scale', 'scale/grade', 'pay scale',
    'job grade', 'band level', 'grade level', 'pay band level',
  ],
    questionWords: [
    'grade', 'scale', 'band', 'pay grade', 'pay band', 'pay scale',
  ],
  },
  rank: {
    // Police rank; its values are in police-ranks.ts.
    topic: 'grade',
    field: 'rank',
    headings: [
    'rank', 'police rank', 'rank required',
  ],
    questionWords: [
    'rank',
  ],
  },
  rankGrade: {
    // A label giving rank or grade.
    topic: 'grade',
    field: 'grade',
    headings: [
    'rank/grade', 'grade/rank', 'rank or grade', 'rank / grade', 'rank/band', 'rank/scale',
  ],
    questionWords: [
    'rank or grade', 'grade or rank',
  ],
  },
  roleCode: {
    // The role or post reference.
    topic: 'grade',
    field: 'roleCode',
    headings: [
    'role code', 'post no', 'post number', 'job code', 'reference', 'ref', 'job reference', 'vacancy reference',
    'post reference', 'position number', 'role number', 'job number', 'post ref', 'reference number', 'job ref',
    'role reference', 'post id', 'role id', 'code', 'role profile ref', 'role profile reference', 'profile ref',
    'profile reference', 'job evaluation number', 'job evaluation reference', 'evaluation number',
  ],
    questionWords: [
    'role code', 'job code', 'post number', 'post no',
  ],
  },
  department: {
    // Department, unit or team.
    topic: 'location',
    field: 'department',
    headings: [
    'section', 'department', 'directorate', 'unit', 'command', 'team', 'business area', 'division', 'dept',
    'department/section', 'team/unit', 'business unit', 'branch', 'function', 'portfolio', 'lpa/department',
    'area/department',
  ],
    questionWords: [
    'department', 'directorate',
  ],
  },
  location: {
    // Where the post is based.
    topic: 'location',
    field: 'location',
    headings: [
    'location', 'area', 'base', 'work location', 'based at', 'station', 'place of work', 'work base',
    'base location', 'work base/location', 'location/base',
  ],
    questionWords: [
    'location', 'based', 'where',
  ],
  },
  travel: {
    // Travel the post needs.
    topic: 'location',
    field: 'travel',
    headings: [
    'travel', 'travel requirements', 'travelling',
  ],
    questionWords: [
    'travel',
  ],
  },
  contractType: {
    // Permanent, fixed term, secondment, ...
    topic: 'conditions',
    field: 'contractType',
    headings: [
    'contract type', 'contract', 'type of contract', 'employment type', 'tenure', 'contract status',
  ],
    questionWords: [
    'contract type', 'type of contract', 'fixed term', 'permanent post', 'permanent role',
  ],
  },
  status: {
    // Police officer or police staff.
    topic: 'staff-type',
    field: 'staffType',
    headings: [
    'status', 'employment status', 'officer/staff', 'staff type', 'role type', 'officer or staff post',
    'officer or staff', 'staff/officer', 'staff or officer', 'officer/staff post', 'staff category', 'post type',
    'police officer or police staff',
  ],
    questionWords: [
    'police staff', 'staff or officer', 'officer or staff', 'warranted', 'warranted officer', 'sworn officer',
    'civilian',
  ],
  },
  purpose: {
    // Why the role exists.
    topic: 'purpose',
    field: 'purpose',
    headings: [
    'main purpose of the role', 'main purpose', 'job purpose', 'role purpose', 'overall purpose',
    'purpose of the role', 'purpose', 'purpose of role', 'overall purpose of the role', 'primary role',
    'role summary', 'job summary', 'about the role', 'overview', 'role overview', 'main purpose of the job',
    'purpose of the job', 'purpose of the post', 'main purpose of post', 'main purpose of the post',
    'summary of role', 'the role', 'job overview', 'role profile summary', 'why the job exists', 'about the job',
    'purpose of the role',
  ],
    questionWords: [
    'purpose', 'main purpose', 'aim',
  ],
  },
  responsibilities: {
    // What the post holder does.
    topic: 'responsibilities',
    field: 'responsibilities',
    headings: [
    'main responsibilities', 'key responsibilities', 'duties', 'key accountabilities', 'responsibilities',
    'main duties', 'key duties', 'duties and responsibilities', 'principal accountabilities', 'accountabilities',
    'key tasks', 'main tasks', 'what you will do', "what you'll do", 'role', 'role responsibilities',
    'duties/responsibilities', 'principal duties', 'main accountabilities', 'key result areas', 'job description',
    'main duties and responsibilities', 'specific responsibilities', 'core responsibilities', 'the job', 'your role',
    'what the job involves', 'key duties and responsibilities', 'main activities', 'key activities',
    'what you will be doing',
  ],
    questionWords: [
    'responsibilities', 'responsibility', 'duties', 'duty', 'tasks', 'day to day', 'involve', 'what do they do',
  ],
  },
  criteria: {
    // Criteria not yet marked essential or desirable.
    topic: 'requirements',
    field: 'essentialCriteria',
    headings: [
    'criteria', 'person specification criteria', 'criterion',
  ],
    questionWords: [
    'requirements', 'requirement', 'criteria', 'criterion', 'person spec', 'person specification', 'what do i need',
    'what do you need', 'need to apply', 'to apply',
    // who may apply: "do you have to be a serving constable?", "am I eligible?"
    'serving', 'substantive', 'eligible', 'eligibility', 'who can apply',
  ],
  },
  essential: {
    // Essential criteria.
    topic: 'essential',
    field: 'essentialCriteria',
    headings: [
    'essential', 'essential criteria', 'essential criterion', 'essential requirements', 'essential requirement',
    'essential skills', 'essential qualifications', 'essential experience', 'essential skills and experience',
    'essential knowledge', 'must have', 'you must have', "what you'll need", 'what you will need',
    'what we are looking for', "what we're looking for", 'you will need', 'you will have', 'the ideal candidate',
    'essential knowledge skills and experience', 'minimum criteria', 'what you will need to apply',
    'essential requirements of the role',
  ],
    questionWords: [
    'essential', 'essentials', 'must have',
  ],
  },
  desirable: {
    // Desirable criteria.
    topic: 'desirable',
    field: 'desirableCriteria',
    headings: [
    'desirable', 'desirable criteria', 'desirable criterion', 'desirable requirements', 'desirable requirement',
    'desirable skills', 'desirable qualifications', 'desirable experience', 'nice to have', 'advantageous',
    'would be an advantage', 'desirable knowledge', 'desirable skills and experience', 'bonus points',
  ],
    questionWords: [
    'desirable', 'desirables', 'nice to have', 'preferred', 'advantage',
  ],
  },
  entryRequirements: {
    // Entry requirements (essential).
    topic: 'requirements',
    field: 'essentialCriteria',
    headings: [
    'entry requirements', 'entry criteria', 'eligibility', 'eligibility criteria', 'minimum requirements',
    'pre-requisites', 'prerequisites', 'pre requisites', 'qualifications required', 'requirements',
    'eligibility requirements', 'entry requirement', 'minimum entry requirements', 'mandatory requirements',
  ],
    questionWords: [
    'entry requirements', 'eligible', 'eligibility', 'prerequisites', 'prerequisite', 'pre requisites', 'how old',
    'minimum age', 'age limit',
  ],
  },
  experience: {
    // Knowledge, skills and experience asked for.
    topic: 'requirements',
    field: 'essentialCriteria',
    headings: [
    'necessary experience', 'experience required', 'knowledge skills and experience', 'skills and experience',
    'knowledge and experience', 'experience', 'qualifications', 'qualifications and experience',
    'skills knowledge and experience', 'knowledge, skills and experience', 'about you',
    'experience and qualifications', 'qualifications and training', 'knowledge', 'skills and abilities',
    'experience and knowledge', 'requirements of the role',
  ],
    questionWords: [
    'experience', 'qualifications', 'qualification', 'qualified',
  ],
  },
  behaviours: {
    // CVF or PPF behaviours; frameworks are in frameworks.ts.
    topic: 'behaviours',
    field: 'behaviours',
    headings: [
    'behaviours', 'competencies', 'personal qualities', 'cvf', 'behavioural competencies',
    'competency and values framework', 'cvf competencies', 'core competencies', 'behavioural framework',
    'behaviours required', 'competency framework', 'ppf', 'policing professional framework', 'key behaviours',
    'cvf behaviours', 'competencies and values', 'competency and values framework (cvf)', 'behavioural competences',
    'competences', 'behaviour', 'cvf competency', 'behaviours and values', 'competencies and behaviours',
    'behavioural competencies required',
  ],
    questionWords: [
    'behaviours', 'behaviour', 'behaviors', 'behavioural', 'competencies', 'competency', 'cvf', 'personal qualities',
  ],
  },
  values: {
    // CVF values.
    topic: 'values',
    field: 'values',
    headings: [
    'values', 'cvf values', 'our values', 'core values', 'values required', 'organisational values',
  ],
    questionWords: [
    'values', 'value',
  ],
  },
  skills: {
    // Technical skills with levels.
    topic: 'skills',
    field: 'skills',
    headings: [
    'technical skills', 'skills', 'specialist skills', 'technical skills required', 'skills required',
    'ppf technical skills', 'technical competencies', 'specialist knowledge and skills', 'technical knowledge',
    'specialist knowledge', 'technical skills and knowledge', 'skills and knowledge',
  ],
    questionWords: [
    'skills', 'skill', 'technical skills', 'skill level', 'competence',
  ],
  },
  standards: {
    // National Occupational Standards.
    topic: 'standards',
    field: 'nationalOccupationalStandards',
    headings: [
    'national occupational standards', 'nos', 'occupational standards', 'national occupational standards (nos)',
  ],
    questionWords: [
    'national occupational standards', 'occupational standards', 'nos',
  ],
  },
  training: {
    // Training the post holder needs or is given.
    topic: 'training',
    field: 'training',
    headings: [
    'training', 'training requirements', 'training required', 'mandatory training', 'training and development',
    'initial training', 'courses', 'accreditation', 'accreditations', 'training/accreditation', 'training needs',
    'training and accreditation', 'required training', 'learning and development', 'training provided',
    'development', 'training and development requirements', 'qualifications to be gained',
  ],
    questionWords: [
    'training', 'trained', 'course', 'courses', 'accredited', 'accreditation', 'induction',
  ],
  },
  health: {
    // Health, medical and fitness tests.
    topic: 'health',
    field: 'health',
    headings: [
    'health tests required', 'health', 'health requirements', 'medical', 'medical requirements', 'fitness',
    'fitness test', 'health and fitness', 'health tests', 'medical standards', 'occupational health',
    'physical requirements', 'medical and fitness', 'fitness requirements', 'health screening', 'medical/fitness',
    'fitness standard', 'fitness and health', 'health and fitness requirements', 'medical and fitness standards',
    'fitness test required',
  ],
    questionWords: [
    'health', 'fitness standard', 'medical standard', 'fitness', 'fitness test', 'fit', 'medical', 'eyesight',
    'hearing', 'eye test', 'bleep test', 'eyesight test', 'hearing test', 'medical test', 'drug test', 'drugs test',
    'vision', 'colour blind', 'jrft', 'physical', 'wear glasses', 'glasses', 'spectacles', 'contact lenses',
    'colour vision',
  ],
  },
  itSystems: {
    // IT systems used.
    topic: 'it-systems',
    field: 'itSystems',
    headings: [
    'it systems required', 'it systems', 'systems', 'it systems used', 'systems used', 'software',
    'computer systems', 'it requirements', 'systems knowledge', 'it applications', 'applications used',
    'software and it used', 'software used', 'it used', 'software and systems', 'systems and software',
    'it and systems', 'it systems and software',
  ],
    questionWords: [
    'it systems', 'it system', 'systems', 'computer', 'computers', 'software',
  ],
  },
  conditions: {
    // Other conditions of the post.
    topic: 'conditions',
    field: 'conditions',
    headings: [
    'any other general requirements/scope', 'general requirements', 'obligatory requirements',
    'additional requirements', 'special conditions', 'conditions', 'working conditions', 'other requirements',
    'additional information', 'special requirements', 'other information', 'any other general requirements',
    'general requirements/scope', 'terms and conditions', 'conditions of service', 'further information',
    'other conditions',
  ],
    questionWords: [
    'conditions', 'obligations',
  ],
  },
  dress: {
    // Uniform or dress code.
    topic: 'dress',
    field: 'dress',
    headings: [
    'dress code', 'dress', 'uniform', 'uniform/dress',
  ],
    questionWords: [
    'dress', 'dress code', 'uniform', 'uniformed', 'wear', 'clothes', 'plain clothes',
  ],
  },
  salary: {
    // Pay: the salary or rate as written, allowances and grade-to-pay lines.
    topic: 'pay',
    field: 'pay',
    headings: [
    'salary', 'pay', 'salary range', 'remuneration', 'starting salary', 'salary scale', 'allowances',
    'salary and benefits', 'pay and benefits', 'rate of pay', 'hourly rate', 'salary details', 'pay range',
    'salary/pay', 'salary band',
  ],
    questionWords: [
    'pay', 'salary', 'earn', 'earns', 'wage', 'paid', 'wages', 'salaries', 'money', 'pay rate', 'rate of pay',
    'allowance', 'allowances', 'hourly rate',
  ],
  },
  workingArrangements: {
    // Part time, job share, flexible and hybrid working; the words for each are in working-arrangements.ts.
    topic: 'working-arrangements',
    field: 'workingArrangements',
    headings: [
    'flexible working', 'hybrid working', 'agile working', 'working options', 'part time working',
    'job share', 'job share/part time', 'flexible working options', 'flexible working arrangements',
  ],
    questionWords: [
    'working arrangements', 'flexible working', 'flexible hours', 'flexi time', 'flexitime', 'hybrid',
    'hybrid working', 'agile working', 'work from home', 'working from home', 'home working', 'compressed hours',
    'wfh', 'remote working',
  ],
  },
  closingDate: {
    // When applications close.
    topic: 'closing-date',
    field: 'closingDate',
    headings: [
    'closing date', 'closing date for applications', 'application deadline', 'applications close', 'deadline',
    'closing', 'advert closes', 'vacancy closes', 'deadline for applications',
  ],
    questionWords: [
    'closing date', 'closing', 'closes', 'deadline', 'does it close', 'it close', 'applications close',
    'apply by', 'close date',
  ],
  },
  minimumService: {
    // Minimum service, probation or tenure; the words are in service-words.ts.
    topic: 'minimum-service',
    field: 'minimumService',
    headings: [
    'minimum service', 'service requirement', 'service requirements', 'length of service', 'tenure of post',
    'tenure policy', 'minimum service requirement', 'qualifying service',
  ],
    questionWords: [
    'served', 'minimum service', 'length of service', 'years service', 'years of service', 'probation',
    'tenure', 'how long served', 'service required', 'time served',
  ],
  },
  entryRoutes: {
    // Entry routes (PCDA, DHEP, transferee, ...); the routes are in entry-routes.ts.
    topic: 'entry-routes',
    field: 'entryRoutes',
    headings: [
    'entry routes', 'entry route', 'routes of entry', 'routes into the role', 'ways in', 'entry programmes',
    'routes into policing', 'entry pathways', 'ways to join', 'how to join', 'ways of joining', 'routes to join',
    'joining routes',
  ],
    questionWords: [
    'entry routes', 'entry route', 'entry programme', 'entry programmes', 'routes in', 'route in', 'routes into',
    'ways in', 'routes', 'pcda', 'dhep', 'pcep', 'ipldp', 'degree apprenticeship', 'apprenticeship', 'degree holder',
    'direct entry', 'transferee', 'transferees', 'rejoiner', 'rejoiners', 'rejoin',
  ],
  },
} as const satisfies Record<string, Concept>;

export type ConceptId = keyof typeof CONCEPTS;

/**
 * Headings that structure a document without being a fact a question asks about by topic: the title and
 * force (read by their own extractors, asked about by name), contacts, parts of a pack, and labels whose
 * sections are skipped.
 */
export const STRUCTURE_HEADINGS = {
  title: [
    'job title', 'role title', 'post title', 'position', 'position title', 'job role', 'role name', 'title of post',
    'title of role', 'title', 'vacancy', 'vacancy title', 'job', 'job name', 'post name', 'name of post',
    // Welsh: "Teitl y Swydd" (title of the post).
    'teitl y swydd', 'teitl swydd',
  ],
  organisation: [
    'force', 'organisation', 'organization', 'employer', 'police force',
  ],
  contacts: [
    'contacts', 'key contacts', 'key relationships', 'working relationships', 'internal contacts',
    'external contacts',
  ],
  documentPart: [
    'role description', 'role profile', 'person specification', 'role details', 'job details', 'post details',
    'selection criteria', 'how we will assess you', 'working for us', 'job profile', 'person spec', 'job advert',
    'advert', 'job advertisement', 'recruitment pack', 'about us', 'how to apply', 'interview date',
    'equality and diversity',
  ],
  other: [
    'job family', 'home office code', 'limited duties category', 'risk assessment', 'job evaluation', 'version',
    'version date', 'date of last job evaluation exercise', 'post funding method', 'owner/source of funding',
    'budgetary management', 'people management', 'pdr activities and behaviours', 'allowance', 'financial', 'date',
    'contacts/relationships', 'financial e.g. limits/mandates', 'total number and level', 'authority to £ value',
  ],
} as const satisfies Record<string, readonly string[]>;

export type StructureId = keyof typeof STRUCTURE_HEADINGS;
