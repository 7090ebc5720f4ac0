/**
 * Why the HTTP receiver could not listen, as one line a person can act on (instead of Node's "listen
 * EADDRINUSE: address already in use :::3000" reported as an internal error).
 */
import { RoleCallError } from '../errors.ts';

function systemCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** A RoleCallError for a listen failure; null when the error is not one (it is then reported as it is). */
export function listenError(error: unknown, port: number, host: string | undefined): RoleCallError | null {
  if (!(error instanceof Error) || !('syscall' in error) || error.syscall !== 'listen') return null;
  const where = host ? `${host}:${port}` : `port ${port}`;
  switch (systemCode(error)) {
    case 'EADDRINUSE':
      return new RoleCallError('STARTUP_FAILED', `Could not start the Slack app: ${where} is already in use.`, 'Stop the program using it, or set PORT to a free port.');
    case 'EACCES':
      return new RoleCallError('STARTUP_FAILED', `Could not start the Slack app: not allowed to listen on ${where}.`, 'Ports below 1024 need privileges: set PORT to 1024 or above.');
    case 'EADDRNOTAVAIL':
      return new RoleCallError('STARTUP_FAILED', `Could not start the Slack app: ${where} is not an address of this machine.`, 'Check the host and PORT settings.');
    default:
      return new RoleCallError('STARTUP_FAILED', `Could not start the Slack app on ${where}: ${error.message}.`, 'Check PORT and that nothing else is listening there.');
  }
}
