/**
 * Entry routes into a role: one record per route, with the words a document names it by. The parser
 * (src/ingest/extract-entry-routes.ts) reads these, and the glossary explains the acronyms.
 */

export interface EntryRouteRecord {
  id: string;
  /** The route's usual name, for answers. */
  name: string;
  /** How a document names it. */
  words: RegExp;
}

/**
 * A sentence names a route into this role only when it speaks of applying or joining; "support student
 * officers on the PCDA" is a duty, not a way in.
 */
export const ENTRY_CONTEXT =
  /\b(?:apply|applying|applicants?|applications?|join(?:ing|ers?)?|entry|entrants?|routes?|pathways?|through the|via the|open to|welcomes?|eligible|recruit(?:ing|ment|s)?|intakes?|candidates?|transfer)\b/i;

export const ENTRY_ROUTES: readonly EntryRouteRecord[] = [
  { id: 'pcda', name: 'Police Constable Degree Apprenticeship (PCDA)', words: /\bPCDA\b|\b(?:police constable )?degree apprenticeship\b/i },
  { id: 'dhep', name: 'Degree Holder Entry Programme (DHEP)', words: /\bDHEP\b|\bdegree[- ]holder entry(?: programme| program| route)?\b/i },
  { id: 'pcep', name: 'Police Constable Entry Programme (PCEP)', words: /\bPCEP\b|\bpolice constable entry programme\b/i },
  { id: 'ipldp', name: 'Initial Police Learning and Development Programme (IPLDP)', words: /\bIPLDP\b|\binitial police learning and development programme\b/i },
  { id: 'pre-join-degree', name: 'Pre-join degree in Professional Policing', words: /\bpre[- ]join(?:ing)? degree\b|\bprofessional policing degree\b|\bdegree in professional policing\b(?! practice)/i },
  { id: 'detective-entry', name: 'Detective entry (direct to detective)', words: /\b(?:direct[- ]entry detective|detective (?:direct[- ]entry|entry (?:programme|route))|fast[- ]track detective|detective degree holder entry)\b/i },
  { id: 'direct-entry', name: 'Direct entry', words: /\bdirect[- ]entry(?! detective)\b/i },
  { id: 'transferee', name: 'Transferee', words: /\btransferees?\b|\btransfer(?:ring)? (?:in )?from (?:another|other) (?:police )?force\b/i },
  { id: 'rejoiner', name: 'Rejoiner', words: /\bre[- ]?joiners?\b|\bre[- ]?join(?:ing)? (?:the )?(?:police|service|force)\b/i },
  { id: 'special-to-regular', name: 'Special Constable to regular', words: /\bspecial(?:s| constables?)? (?:to|into) (?:regular|police constable)\b|\bspecials? pathway\b/i },
];
