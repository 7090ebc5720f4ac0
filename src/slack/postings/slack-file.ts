/**
 * Fetch a file HR uploaded to Slack: files.info for its name, size and private URL, then a GET of
 * url_private with the bot token (Slack's files need `Authorization: Bearer`). Size and type are checked
 * before downloading, and again while reading, so a huge file is never pulled into memory.
 *
 * The bot token goes only to Slack: a remote file's URL (Google Drive, Dropbox, ...) can point anywhere,
 * so the token is sent only to files.slack.com over https, or to the host of the Web API the bot is
 * configured with (a proxy, or the fake on loopback in tests). Redirects are followed by hand, and only
 * to those same hosts, so a redirect can never carry the token elsewhere.
 */
import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { RoleCallError } from '../../errors.ts';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_EXTENSIONS = ['docx', 'pdf', 'txt', 'md'] as const;
/** Where Slack serves url_private downloads. */
export const SLACK_FILE_HOSTS = ['files.slack.com'] as const;
const MAX_REDIRECTS = 5;

const FileInfoSchema = z.object({
  file: z
    .object({
      id: z.string(),
      name: z.string().min(1),
      size: z.number().int().nonnegative().optional(),
      url_private: z.string().url().optional(),
      url_private_download: z.string().url().optional(),
      is_external: z.boolean().optional(),
      mode: z.string().optional(),
    })
    .loose(),
});

export interface DownloadedFile {
  name: string;
  bytes: Uint8Array;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(name: string, size: number): RoleCallError {
  return new RoleCallError(
    'FILE_TOO_LARGE',
    `${name} is ${megabytes(size)}; the limit is 10 MB.`,
    'Save a smaller copy (text only, no images) or paste the text instead.',
  );
}

/** What HR are told when a file is not held by Slack itself (the modal shows it on the file's block). */
export function notFromSlack(name: string): RoleCallError {
  return new RoleCallError(
    'FILE_NOT_FROM_SLACK',
    `${name} is stored outside Slack (a linked or remote file), so Role Call cannot download it.`,
    'Please attach the document itself (upload the file to Slack), or paste its text.',
  );
}

/**
 * Whether the bot token may be sent to `url`: https to Slack's file hosts, or the configured Web API's own
 * host with that URL's scheme (http only when the API itself is configured as http, as in tests).
 */
export function mayCarryToken(url: string, slackApiUrl: string): boolean {
  let target: URL;
  let api: URL;
  try {
    target = new URL(url);
    api = new URL(slackApiUrl);
  } catch {
    return false;
  }
  if (target.username !== '' || target.password !== '') return false;
  if (target.protocol === 'https:' && (SLACK_FILE_HOSTS as readonly string[]).includes(target.host)) return true;
  return target.host === api.host && target.protocol === api.protocol && (api.protocol === 'https:' || api.protocol === 'http:');
}

export interface DownloadOptions {
  fetch?: typeof fetch;
  /** The Web API base the bot is configured with (default: the client's own, e.g. https://slack.com/api/). */
  slackApiUrl?: string;
}

/** GET with the token, following redirects only while they stay on hosts allowed to see it. */
async function fetchWithToken(url: string, name: string, botToken: string, slackApiUrl: string, fetchImpl: typeof fetch): Promise<Response> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    if (!mayCarryToken(current, slackApiUrl)) throw notFromSlack(name);
    const response = await fetchImpl(current, { headers: { Authorization: `Bearer ${botToken}` }, redirect: 'manual' });
    if (response.status < 300 || response.status >= 400) return response;
    const location = response.headers.get('location');
    await response.body?.cancel();
    if (!location)
      throw new RoleCallError('UNREADABLE_DOCUMENT', `Slack redirected the download of ${name} without saying where.`, 'Upload it again, or paste the text instead.');
    current = new URL(location, current).toString();
  }
  throw new RoleCallError('UNREADABLE_DOCUMENT', `The download of ${name} was redirected too many times.`, 'Upload it again, or paste the text instead.');
}

export async function downloadSlackFile(
  client: webApi.WebClient,
  fileId: string,
  botToken: string,
  options: DownloadOptions = {},
): Promise<DownloadedFile> {
  const fetchImpl = options.fetch ?? fetch;
  const slackApiUrl = options.slackApiUrl ?? client.slackApiUrl;
  const info = FileInfoSchema.safeParse(await client.files.info({ file: fileId }));
  if (!info.success)
    throw new RoleCallError('UNREADABLE_DOCUMENT', 'Slack did not describe the uploaded file.', 'Upload it again, or paste the text instead.');
  const file = info.data.file;
  // A remote file is only a link Slack shows; its URL is wherever its owner says.
  if (file.is_external === true || file.mode === 'external') throw notFromSlack(file.name);
  const extension = file.name.includes('.') ? file.name.split('.').pop()?.toLowerCase() ?? '' : '';
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension))
    throw new RoleCallError(
      'UNSUPPORTED_TYPE',
      `${file.name} is not a type Role Call can read.`,
      'Upload the role document as .docx, .pdf, .txt or .md.',
    );
  if (file.size !== undefined && file.size > MAX_FILE_BYTES) throw tooLarge(file.name, file.size);
  const url = file.url_private_download ?? file.url_private;
  if (!url) throw new RoleCallError('UNREADABLE_DOCUMENT', `Slack gave no download link for ${file.name}.`, 'Upload it again.');

  const response = await fetchWithToken(url, file.name, botToken, slackApiUrl, fetchImpl);
  if (!response.ok || !response.body)
    throw new RoleCallError(
      'UNREADABLE_DOCUMENT',
      `Slack refused the download of ${file.name} (HTTP ${response.status}).`,
      'Check the app has the files:read scope, or paste the text instead.',
    );
  // Without a valid token Slack answers 200 with its sign-in page: that is not the document.
  const type = response.headers.get('content-type') ?? '';
  if (/text\/html/i.test(type) && extension !== 'txt' && extension !== 'md')
    throw new RoleCallError('UNREADABLE_DOCUMENT', `Slack sent a web page instead of ${file.name}.`, 'Check the app has the files:read scope.');

  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_FILE_BYTES) {
      await reader.cancel();
      throw tooLarge(file.name, total);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { name: file.name, bytes };
}
