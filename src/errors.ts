/**
 * Errors a person can act on: a stable code, a message that says what went wrong and where, and a hint
 * saying what to do. Transports print `message` (and `hint`) and never a stack trace.
 */
export type ErrorCode =
  | 'FILE_NOT_FOUND'
  | 'FILE_EMPTY'
  | 'FILE_TOO_LARGE'
  | 'FILE_BINARY'
  | 'FILE_NOT_FROM_SLACK'
  | 'UNSUPPORTED_TYPE'
  | 'UNREADABLE_DOCUMENT'
  | 'DOCUMENT_OVER_LIMIT'
  | 'PARSE_FAILED'
  | 'NO_ROLE_TITLE'
  | 'PROFILE_INVALID'
  | 'PROFILE_JSON_MALFORMED'
  | 'OVERRIDE_INVALID'
  | 'REVIEW_FILE_INVALID'
  | 'CONFIG_INVALID'
  | 'ROLE_NOT_FOUND'
  | 'POSTING_INVALID'
  | 'POSTING_NOT_FOUND'
  | 'NOT_AUTHORISED'
  | 'INPUT_TOO_LONG'
  | 'STARTUP_FAILED'
  | 'USAGE';

export class RoleCallError extends Error {
  override readonly name = 'RoleCallError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }

  /** One line for a person: what, where, and what to do. */
  toUserText(): string {
    return this.hint ? `${this.message} ${this.hint}` : this.message;
  }
}

export function isRoleCallError(error: unknown): error is RoleCallError {
  return error instanceof RoleCallError;
}
