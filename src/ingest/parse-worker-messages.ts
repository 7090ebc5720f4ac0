/**
 * What the parse pool and its worker threads say to each other. Both sides validate what they receive:
 * a message crosses a thread boundary, and a worker that misbehaves must give an error, not a bad profile.
 */
import { z } from 'zod';
import { RoleProfileSchema, SourceFormatSchema } from '../profile/role-profile.ts';

export const ParseJobSchema = z.object({
  id: z.number().int(),
  bytes: z.instanceof(Uint8Array),
  fileName: z.string(),
});
export type ParseJob = z.infer<typeof ParseJobSchema>;

const DocumentTextSchema = z.object({
  file: z.string(),
  text: z.string(),
  format: SourceFormatSchema,
  sha256: z.string(),
});

export const WorkerReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('parsed'),
    id: z.number().int(),
    parsed: z.object({
      doc: DocumentTextSchema,
      profile: RoleProfileSchema,
      warnings: z.array(z.string()),
      missing: z.array(z.string()),
    }),
  }),
  z.object({
    type: z.literal('failed'),
    id: z.number().int(),
    /** A RoleCallError's fields when the document was at fault; `code` absent for an unexpected error. */
    error: z.object({ code: z.string().optional(), message: z.string(), hint: z.string().optional() }),
  }),
]);
export type WorkerReply = z.infer<typeof WorkerReplySchema>;
