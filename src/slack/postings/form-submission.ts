/**
 * The form's submission: checks the person is HR, validates the vacancy details and the choice of document
 * (errors inline, on the block they concern), reads the document, and answers with the preview
 * (response_action "update"). A slow document is acknowledged with a "Reading..." view within Slack's three
 * seconds and the preview follows with views.update.
 */
import type { App } from '@slack/bolt';
import { inputTooLong } from '../../answer/input-limits.ts';
import { refusalText } from '../../postings/authorise.ts';
import { validateVacancyDetails } from '../../postings/validate-posting.ts';
import { formView, messageView, PrivateMetadataSchema, readForm, ViewStateSchema, type FormDraft } from './form-view.ts';
import { FIELD_BLOCK, FORM_BLOCKS, POSTING_IDS } from './ids.ts';
import type { RoleProfile } from '../../profile/role-profile.ts';
import { withCorrections } from '../../store/override-store.ts';
import { previewView } from './preview-view.ts';
import { MODAL_HR_CHECK_MS, type PostingsRuntime } from './postings-runtime.ts';
import { readRoleDocument, type DocumentChoice, type ReadOutcome } from './read-role-document.ts';

const SLOW = Symbol('slow');

export const CHOOSE_ONE_SOURCE = 'Attach the role document, paste its text, or choose a role Role Call already knows.';
export const ONLY_ONE_SOURCE = 'Give just one of these: a file, pasted text, or a known role.';

function parseToken(privateMetadata: string): string | null {
  try {
    const parsed = PrivateMetadataSchema.safeParse(JSON.parse(privateMetadata));
    return parsed.success ? parsed.data.t : null;
  } catch {
    return null;
  }
}

/** The profile with the corrections its role already has; as parsed when there are none or they cannot be read. */
export async function correctedForPreview(runtime: PostingsRuntime, profile: RoleProfile): Promise<RoleProfile> {
  try {
    return (await withCorrections(runtime.overrides, profile)).profile;
  } catch {
    return profile;
  }
}

export function registerFormSubmission(app: App, runtime: PostingsRuntime): void {
  app.view(POSTING_IDS.formView, async ({ ack, body, view, client, context }) => {
    const userId = body.user.id;
    const started = performance.now();
    const decision = await runtime.hr.check(userId, { withinMs: MODAL_HR_CHECK_MS });
    if (!decision.allowed) {
      // A failed check is shown on the form, as it was filled in, so the person can submit it again.
      if (decision.reason === 'lookup-failed') await ack({ response_action: 'errors', errors: { [FORM_BLOCKS.text]: refusalText(decision.reason) } });
      else await ack({ response_action: 'update', view: messageView('Not allowed', refusalText(decision.reason)) });
      return;
    }
    const state = ViewStateSchema.safeParse(view.state.values);
    if (!state.success) {
      await ack({ response_action: 'update', view: messageView('Something went wrong', 'Slack sent a form I could not read. Please run /post-role again.') });
      return;
    }
    const form = readForm(state.data);
    // A token that is unknown, expired or someone else's starts a fresh draft rather than touching theirs.
    const given = parseToken(view.private_metadata);
    const previous = given ? runtime.pending.get(given, userId) : undefined;
    const token = given && previous ? given : runtime.pending.create(userId, {});
    const sharedFile = previous?.draft.sharedFile;

    const errors: Record<string, string> = {};
    const validation = validateVacancyDetails(form.details, { now: runtime.now(), ...(runtime.options.timeZone ? { timeZone: runtime.options.timeZone } : {}) });
    if (!validation.ok) {
      for (const [field, message] of Object.entries(validation.errors)) errors[FIELD_BLOCK[field as keyof typeof FIELD_BLOCK]] = message;
    }
    // Something given in the form now wins over the file the form was opened with.
    const choices: DocumentChoice[] = [
      ...(form.file ? [{ kind: 'file' as const, id: form.file.id, name: form.file.name, block: FORM_BLOCKS.file }] : []),
      ...(form.text ? [{ kind: 'text' as const, text: form.text }] : []),
      ...(form.roleId ? [{ kind: 'existing' as const, roleId: form.roleId }] : []),
    ];
    const hasFileBlock = !sharedFile;
    if (choices.length === 0 && sharedFile) choices.push({ kind: 'file', id: sharedFile.id, name: sharedFile.name, block: FORM_BLOCKS.text });
    if (choices.length === 0) errors[FORM_BLOCKS.text] = CHOOSE_ONE_SOURCE;
    // Slack caps the box, but a payload is only as good as its sender: the limit holds here too.
    const pastedTooLong = form.text ? inputTooLong('pastedDocument', form.text) : null;
    if (pastedTooLong) errors[FORM_BLOCKS.text] = pastedTooLong.toUserText();
    if (choices.length > 1) errors[form.roleId ? FORM_BLOCKS.role : FORM_BLOCKS.text] = ONLY_ONE_SOURCE;
    if (Object.keys(errors).length > 0 || !validation.ok) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    const choice = choices[0];
    if (!choice) return;

    const draft: FormDraft = {
      details: form.details,
      ...(form.text ? { text: form.text } : {}),
      ...(form.roleId ? { roleId: form.roleId } : {}),
      // After "Back", an uploaded file is shown as chosen rather than asked for again.
      ...(choice.kind === 'file' ? { sharedFile: { id: choice.id, name: choice.name ?? 'uploaded document' } } : sharedFile ? { sharedFile } : {}),
    };
    runtime.pending.set(token, { userId, draft });
    const reading = readRoleDocument(runtime, client, context.botToken ?? '', choice);
    // The HR check has used part of Slack's three seconds.
    const budget = Math.max(0, (runtime.options.ackBudgetMs ?? 2000) - (performance.now() - started));
    let timer: NodeJS.Timeout | undefined;
    const first = await Promise.race([reading, new Promise<typeof SLOW>((resolve) => (timer = setTimeout(() => resolve(SLOW), budget)))]);
    clearTimeout(timer);

    const viewFor = async (outcome: Exclude<ReadOutcome, { ok: false }>) => {
      runtime.pending.set(token, { userId, draft, ready: { source: outcome.source, details: validation.details } });
      // A new document for a role HR already corrected: the preview shows the corrections that will apply.
      const profile = await correctedForPreview(runtime, outcome.profile);
      return previewView(token, { profile, origin: outcome.origin, warnings: outcome.warnings, details: validation.details });
    };
    if (first !== SLOW) {
      if (first.ok) await ack({ response_action: 'update', view: await viewFor(first) });
      else {
        // The shortcut's form has no file block: its file's problems are shown on the text block.
        const block = first.block === FORM_BLOCKS.file && !hasFileBlock ? FORM_BLOCKS.text : first.block;
        await ack({ response_action: 'errors', errors: { [block]: first.message } });
      }
      return;
    }
    await ack({ response_action: 'update', view: messageView('Reading...', 'Reading the role document... the preview will appear here in a moment.') });
    const outcome = await reading;
    try {
      await client.views.update({
        view_id: view.id,
        view: outcome.ok ? await viewFor(outcome) : messageView('Cannot use document', `${outcome.message}`, { backToken: token }),
      });
    } catch (error) {
      runtime.log.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'could not show the preview');
    }
  });

  // "Back to edit" (on the preview or an error view): the form again, as it was filled in.
  app.action(POSTING_IDS.back, async ({ ack, body, client, action }) => {
    await ack();
    if (body.type !== 'block_actions' || !body.view || action.type !== 'button') return;
    const userId = body.user.id;
    if (!(await runtime.hr.check(userId)).allowed) return;
    const entry = runtime.pending.get(action.value ?? '', userId);
    const token = entry ? (action.value ?? '') : runtime.pending.create(userId, {});
    await client.views.update({ view_id: body.view.id, view: formView(token, runtime.deps.assistant.roles(), entry?.draft ?? {}) });
  });
}
