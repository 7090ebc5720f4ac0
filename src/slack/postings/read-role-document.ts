/**
 * Turn what HR gave in the form (an uploaded file, a file from the shortcut's message, pasted text, or a role
 * already known) into a parsed preview. Problems a person can fix come back as a message for the form block
 * they concern; nothing is stored here.
 */
import type { webApi } from '@slack/bolt';
import { isRoleCallError } from '../../errors.ts';
import { parseDocumentBytes } from '../../ingest/index.ts';
import type { RoleProfile } from '../../profile/role-profile.ts';
import { previewOf } from '../../store/ingest-documents.ts';
import { FORM_BLOCKS } from './ids.ts';
import type { PreviewSource } from './pending-postings.ts';
import type { PostingsRuntime } from './postings-runtime.ts';
import { downloadSlackFile } from './slack-file.ts';

export type DocumentChoice =
  | { kind: 'file'; id: string; name: string | null; block: string }
  | { kind: 'text'; text: string }
  | { kind: 'existing'; roleId: string };

export type ReadOutcome =
  | { ok: true; source: PreviewSource; profile: RoleProfile; origin: string; warnings: string[] }
  | { ok: false; block: string; message: string };

function pastedFileName(now: Date): string {
  return `pasted-role-document-${now.toISOString().slice(0, 10)}.txt`;
}

function blockOf(choice: DocumentChoice): string {
  return choice.kind === 'file' ? choice.block : choice.kind === 'text' ? FORM_BLOCKS.text : FORM_BLOCKS.role;
}

/** "New role" or "Replaces the profile already held for X": the same title and organisation replaces. */
function originOf(runtime: PostingsRuntime, profile: RoleProfile): string {
  const same = runtime.deps.assistant
    .roles()
    .find((role) => role.title.toLowerCase() === profile.title.toLowerCase() && (role.organisation ?? '') === (profile.organisation ?? ''));
  return same ? `Replaces the profile already held for ${same.title}` : 'New role';
}

export async function readRoleDocument(
  runtime: PostingsRuntime,
  client: webApi.WebClient,
  botToken: string,
  choice: DocumentChoice,
): Promise<ReadOutcome> {
  try {
    if (choice.kind === 'existing') {
      const profile = runtime.deps.assistant.profile(choice.roleId);
      if (!profile) return { ok: false, block: FORM_BLOCKS.role, message: 'That role is no longer known to Role Call; choose another or give its document.' };
      return { ok: true, source: { kind: 'existing', roleId: profile.id }, profile, origin: 'A role Role Call already knows', warnings: [] };
    }
    let bytes: Uint8Array;
    let name: string;
    if (choice.kind === 'text') {
      bytes = new TextEncoder().encode(choice.text);
      name = pastedFileName(runtime.now());
    } else {
      const file = await downloadSlackFile(client, choice.id, botToken, runtime.options.fetch ? { fetch: runtime.options.fetch } : {});
      bytes = file.bytes;
      name = file.name;
    }
    const parsed = await (runtime.options.parse ?? parseDocumentBytes)(bytes, name);
    const preview = previewOf(parsed);
    return {
      ok: true,
      // The preview is kept so Confirm stores what HR saw without reading the document a second time.
      source: { kind: 'document', doc: parsed.doc, bytes, preview },
      profile: preview.profile,
      origin: originOf(runtime, preview.profile),
      warnings: preview.warnings,
    };
  } catch (error) {
    if (isRoleCallError(error)) {
      // The parser names the file; pasted text has only the name we made up for it.
      const message = choice.kind === 'text' ? error.toUserText().replace(/^pasted-role-document-[\d-]+\.txt:\s*/, 'The pasted text: ') : error.toUserText();
      return { ok: false, block: blockOf(choice), message };
    }
    runtime.log.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'reading a role document failed');
    return {
      ok: false,
      block: blockOf(choice),
      message: 'Sorry, something went wrong reading that document. Please try again, or paste the text instead.',
    };
  }
}
