/** What HR reads after `parse` or `ingest`: what was found, what is missing, and warnings, per document. */
import type { RoleProfile } from '../profile/role-profile.ts';
import { checkTheseLine } from '../review/check-fields.ts';
import type { DocumentPreview, IngestOutcome } from '../store/ingest-documents.ts';

export function roleLine(profile: RoleProfile): string {
  const parts = [profile.organisation, profile.staffType === 'unknown' ? null : `police ${profile.staffType}`];
  const tail = parts.filter((part): part is string => part !== null).join(', ');
  return `${profile.title} [${profile.id}]${tail ? `, ${tail}` : ''}`;
}

export function formatPreview(preview: DocumentPreview, indent = ''): string[] {
  const lines = [`${indent}Found: ${preview.found.join('; ') || 'nothing'}`];
  if (preview.missing.length > 0) lines.push(`${indent}Missing: ${preview.missing.join('; ')}`);
  for (const warning of preview.warnings) lines.push(`${indent}Warning: ${warning}`);
  const check = checkTheseLine(preview.profile);
  if (check) lines.push(`${indent}${check}`);
  return lines;
}

export function formatIngestOutcome(outcome: IngestOutcome, prefix: string): string[] {
  const what = outcome.replaced ? 'replaced' : 'new';
  return [
    `${prefix}${outcome.file}: ${what} ${roleLine(outcome.profile)} -> roles/${outcome.profile.id}.json`,
    ...formatPreview(outcome, '    '),
  ];
}
