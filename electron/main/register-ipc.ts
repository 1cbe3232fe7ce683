/** Binds every contract channel to ipcMain, refusing calls from any frame but the app's own. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels';
import { fail } from '../../shared/ipc/result';
import type { Dispatch } from '../services/dispatch';

/** Registers one handler per channel; returns a function that removes them. */
export function registerIpc(dispatch: Dispatch, trustedUrl: string): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event, trustedUrl)) {
        return fail('untrusted-sender', 'This request did not come from Roundtrip\'s own window and was refused.');
      }
      return dispatch(channel, input);
    });
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

function isTrustedSender(event: IpcMainInvokeEvent, trustedUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return frame.url.split('#')[0]?.split('?')[0] === trustedUrl;
}
