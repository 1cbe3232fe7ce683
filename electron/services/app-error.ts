import type { ErrorCode } from '../../shared/ipc/result';

/** An error whose message is written for the user: dispatch passes it through as is. */
export class UserFacingError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
