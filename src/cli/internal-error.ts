/**
 * An error nobody planned for: one line asking for a report. The stack trace only with ROLECALL_DEBUG=1,
 * because a person running a command cannot act on it.
 */
export function internalErrorLine(error: unknown, env: Readonly<Record<string, string | undefined>>): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0] ?? '';
  const line = `Internal error: ${firstLine}. Please report this (set ROLECALL_DEBUG=1 for details).`;
  if (env.ROLECALL_DEBUG === '1' && error instanceof Error && error.stack) return `${line}\n${error.stack}`;
  return line;
}
