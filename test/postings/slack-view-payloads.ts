/** view_submission and message_action payloads as Slack sends them, for the postings end-to-end tests. */
import { APP_ID, TEAM_ID } from '../support/slack-payloads.ts';

export interface FormValues {
  text?: string;
  fileId?: string;
  fileName?: string;
  roleId?: string;
  location?: string;
  posts?: string;
  closingDate?: string | null;
  howToApply?: string;
  note?: string;
}

/** view.state.values of the /post-role form (or the edit form, which has the detail blocks only). */
export function formValues(values: FormValues): Record<string, Record<string, Record<string, unknown>>> {
  return {
    doc_file: {
      value: {
        type: 'file_input',
        files: values.fileId ? [{ id: values.fileId, name: values.fileName ?? 'role.txt', mimetype: 'text/plain', filetype: 'text' }] : [],
      },
    },
    doc_text: { value: { type: 'plain_text_input', value: values.text ?? null } },
    existing_role: { value: { type: 'static_select', selected_option: values.roleId ? { text: { type: 'plain_text', text: values.roleId }, value: values.roleId } : null } },
    location: { value: { type: 'plain_text_input', value: values.location ?? 'Northgate Custody Suite' } },
    posts: { value: { type: 'number_input', value: values.posts ?? '2' } },
    closing_date: { value: { type: 'datepicker', selected_date: values.closingDate === undefined ? '2026-12-18' : values.closingDate } },
    how_to_apply: { value: { type: 'plain_text_input', value: values.howToApply ?? 'https://jobs.wessexvale.example/cdo-2026' } },
    note: { value: { type: 'plain_text_input', value: values.note ?? null } },
  };
}

export function viewSubmission(fields: {
  user: string;
  callbackId: string;
  viewId: string;
  privateMetadata: string;
  values: Record<string, unknown>;
}): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: TEAM_ID, domain: 'police' },
    user: { id: fields.user, username: 'hr.person', name: 'hr.person', team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: 'verification-token-unused',
    trigger_id: `${Date.now()}.3.ghi`,
    view: {
      id: fields.viewId,
      team_id: TEAM_ID,
      type: 'modal',
      blocks: [],
      private_metadata: fields.privateMetadata,
      callback_id: fields.callbackId,
      state: { values: fields.values },
      hash: '1700000000.abcdef',
      title: { type: 'plain_text', text: 'Post a vacancy' },
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: null,
      previous_view_id: null,
      root_view_id: fields.viewId,
      app_id: APP_ID,
      external_id: '',
      app_installed_team_id: TEAM_ID,
      bot_id: 'BROLECALL',
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

export function messageShortcut(fields: { user: string; channel: string; responseUrl: string; files?: Array<{ id: string; name: string }> }): Record<string, unknown> {
  return {
    type: 'message_action',
    token: 'verification-token-unused',
    action_ts: '1700000001.000200',
    team: { id: TEAM_ID, domain: 'police' },
    user: { id: fields.user, username: 'hr.person', name: 'hr.person', team_id: TEAM_ID },
    channel: { id: fields.channel, name: 'hr-team' },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: 'post_as_vacancy',
    trigger_id: `${Date.now()}.4.jkl`,
    response_url: fields.responseUrl,
    message_ts: '1700000001.000100',
    message: {
      type: 'message',
      user: fields.user,
      ts: '1700000001.000100',
      text: 'New role profile for the vacancy',
      ...(fields.files ? { files: fields.files } : {}),
    },
  };
}
