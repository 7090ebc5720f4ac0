/**
 * An error nobody planned for: one line asking for a report. The stack trace only with ROLECALL_DEBUG=1,
 * because a person running a command cannot act on it. File-system refusals (permissions, a full disk, a
 * file where a folder should be) are the person's to fix, so they get a plain sentence instead.
 */
const SYSTEM_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EEXIST: 'a file is in the way',
  ENOTDIR: 'a file is where a folder should be',
  EISDIR: 'it is a folder, not a file',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
};

function systemErrorLine(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null;
  const reason = SYSTEM_REASONS[error.code];
  if (reason === undefined) return null;
  const path = 'path' in error && typeof error.path === 'string' ? ` ${error.path}` : '';
  const action = 'syscall' in error && typeof error.syscall === 'string' ? error.syscall : 'use';
  const verb = ['open', 'write', 'mkdir', 'rename', 'unlink', 'rm'].includes(action) ? 'write to' : 'read';
  return `Could not ${verb}${path}: ${reason}. Check the path and its permissions.`;
}

export function internalErrorLine(error: unknown, env: Readonly<Record<string, string | undefined>>): string {
  const debug = env.ROLECALL_DEBUG === '1';
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  const system = systemErrorLine(error);
  if (system !== null) return `${system}${stack}`;
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = (message.split('\n')[0] ?? '').replace(/\.$/, '');
  return `Internal error: ${firstLine}. Please report this (set ROLECALL_DEBUG=1 for details).${stack}`;
}
