export { Catalogue, type CatalogueEntry } from './catalogue.ts';
export { resolveRoles, rankCandidates, type RoleMention, type ResolveOptions } from './resolve-roles.ts';
export { namesOf, organisationWords, type RoleName } from './role-names.ts';
export { tokenize, normaliseText, words, singular, editDistance, allowedTypos, STOP_WORDS, type Token } from '../vocabulary/normalise-text.ts';
export { roleRef, type RoleRef } from './role-ref.ts';
export { FORCE_AREA_WORDS, WEAK_ROLE_WORDS } from '../vocabulary/role-words.ts';
