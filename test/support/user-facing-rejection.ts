/** Awaits a promise that must fail with a UserFacingError (the errors Roundtrip shows), and returns that error. */
import { UserFacingError } from '../../electron/services/app-error';

/** The UserFacingError `promise` rejects with; any other outcome fails the test. */
export async function userFacingRejection(promise: Promise<unknown>): Promise<UserFacingError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error('expected the promise to fail with a UserFacingError');
}
