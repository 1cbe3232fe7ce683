import { errorCode } from '../../shared/values/error-code';

/** Whether a process with this id still runs (a lock's holder, the owner of a temp folder). */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return errorCode(error) === 'EPERM';
  }
}
