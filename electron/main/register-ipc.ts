/** Binds every contract channel to ipcMain, refusing calls from any frame but the app's own. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels';
import { jsonValueResult, type JsonValueResult } from '../../shared/ipc/json-result';
import { fail, type Result } from '../../shared/ipc/result';
import { preSerializedJson } from '../services/spec/pre-serialized';
import type { Dispatch } from '../services/dispatch';

/** Registers one handler per channel; returns a function that removes them. */
export function registerIpc(dispatch: Dispatch, trustedUrl: string): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event, trustedUrl)) {
        return fail('untrusted-sender', 'This request did not come from Roundtrip\'s own window and was refused.');
      }
      return dispatch(channel, input).then(asIpcAnswer);
    });
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

// A value the services already hold as JSON text (a loaded document's model) crosses as that text;
// reading it here would parse 6 MB and structured-clone the result on the main thread.
function asIpcAnswer(result: Result<unknown>): Result<unknown> | JsonValueResult {
  const text = result.ok ? preSerializedJson(result.value) : undefined;
  return text === undefined ? result : jsonValueResult(text);
}

function isTrustedSender(event: IpcMainInvokeEvent, trustedUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return frame.url.split('#')[0]?.split('?')[0] === trustedUrl;
}
