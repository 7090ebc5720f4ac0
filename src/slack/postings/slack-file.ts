/**
 * Fetch a file HR uploaded to Slack: files.info for its name, size and private URL, then a GET of
 * url_private with the bot token (Slack's files need `Authorization: Bearer`). Size and type are checked
 * before downloading, and again while reading, so a huge file is never pulled into memory.
 */
import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { RoleCallError } from '../../errors.ts';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_EXTENSIONS = ['docx', 'pdf', 'txt', 'md'] as const;

const FileInfoSchema = z.object({
  file: z
    .object({
      id: z.string(),
      name: z.string().min(1),
      size: z.number().int().nonnegative().optional(),
      url_private: z.string().url().optional(),
      url_private_download: z.string().url().optional(),
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

export async function downloadSlackFile(
  client: webApi.WebClient,
  fileId: string,
  botToken: string,
  fetchImpl: typeof fetch = fetch,
): Promise<DownloadedFile> {
  const info = FileInfoSchema.safeParse(await client.files.info({ file: fileId }));
  if (!info.success)
    throw new RoleCallError('UNREADABLE_DOCUMENT', 'Slack did not describe the uploaded file.', 'Upload it again, or paste the text instead.');
  const file = info.data.file;
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

  const response = await fetchImpl(url, { headers: { Authorization: `Bearer ${botToken}` } });
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
