/** Binds every contract channel to ipcMain, refusing calls from any frame but the app's own. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { answersWithJsonText } from '../../shared/ipc/contract';
import { jsonValueResult, type JsonValueResult } from '../../shared/ipc/json-result';
import { fail, type Result } from '../../shared/ipc/result';
import type { Dispatch } from '../services/dispatch';

/** Registers one handler per channel; returns a function that removes them. */
export function registerIpc(dispatch: Dispatch, trustedUrl: string): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event, trustedUrl)) {
        return fail('untrusted-sender', 'This request did not come from Roundtrip\'s own window and was refused.');
      }
      return dispatch(channel, input).then((result) => asIpcAnswer(channel, result));
    });
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

// A channel declared to answer with JSON text (a loaded document's model) crosses as that text, in an
// envelope the page unwraps; a plain string value would reach the page as a string.
function asIpcAnswer(channel: Channel, result: Result<unknown>): Result<unknown> | JsonValueResult {
  return result.ok && typeof result.value === 'string' && answersWithJsonText(channel) ? jsonValueResult(result.value) : result;
}

function isTrustedSender(event: IpcMainInvokeEvent, trustedUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return frame.url.split('#')[0]?.split('?')[0] === trustedUrl;
}
