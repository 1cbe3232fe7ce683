/**
 * Delivers hub events to one window, holding them until its page has subscribed, so
 * an event raised at launch (open this file) is not lost while the page still loads.
 */
import { ipcMain, type BrowserWindow, type IpcMainEvent } from 'electron';
import { EVENT_CHANNEL, EVENTS_READY_CHANNEL, type AppEvent } from '../../shared/ipc/events';
import type { EventHub } from '../services/event-hub';

/** Connects `window` to the hub until it closes. */
export function connectWindowEvents(window: BrowserWindow, hub: EventHub): void {
  const contents = window.webContents;
  let subscribed = false;
  const queued: AppEvent[] = [];
  const onReady = (event: IpcMainEvent): void => {
    if (event.sender !== contents) return;
    subscribed = true;
    for (const pending of queued.splice(0)) contents.send(EVENT_CHANNEL, pending);
  };
  ipcMain.on(EVENTS_READY_CHANNEL, onReady);
  // A reload starts a new page that must subscribe again.
  contents.on('did-start-loading', () => {
    subscribed = false;
  });
  const disconnect = hub.connect((event) => {
    if (subscribed) contents.send(EVENT_CHANNEL, event);
    else queued.push(event);
  });
  window.on('closed', () => {
    disconnect();
    ipcMain.off(EVENTS_READY_CHANNEL, onReady);
  });
}
