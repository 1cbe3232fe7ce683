/** An error whose message is written for the user: dispatch passes it through as is. */
export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
