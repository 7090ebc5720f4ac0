/** The RoleCallError a promise rejects with; the test fails when it resolves or rejects with anything else. */
import { expect } from 'vitest';
import { RoleCallError } from '../../src/errors.ts';

export async function rejection(promise: Promise<unknown>): Promise<RoleCallError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(RoleCallError);
  return error as RoleCallError;
}
