import { describe, expect, it, vi } from 'vitest';

type Listener = (event: { preventDefault: () => void }) => void;
type OpenHandler = (details: { url: string }) => { action: string };

// vi.mock is hoisted above imports, so the fakes are defined inside vi.hoisted.
const fakes = vi.hoisted(() => {
  class FakeContents {
    readonly listeners = new Map<string, Listener>();
    openHandler?: OpenHandler;
    on(name: string, listener: Listener): void {
      this.listeners.set(name, listener);
    }
    setWindowOpenHandler(handler: OpenHandler): void {
      this.openHandler = handler;
    }
  }
  const created: { options: { webPreferences: Record<string, unknown> }; contents: FakeContents; loaded?: string }[] = [];
  const opened: string[] = [];
  class FakeWindow {
    static fromWebContents(): undefined {
      return undefined;
    }
    readonly webContents = new FakeContents();
    private readonly record: (typeof created)[number];
    constructor(options: { webPreferences: Record<string, unknown> }) {
      this.record = { options, contents: this.webContents };
      created.push(this.record);
    }
    once(): void {}
    loadFile(file: string): Promise<void> {
      this.record.loaded = file;
      return Promise.resolve();
    }
  }
  const dialogAnswers: number[] = [];
  return { created, opened, FakeWindow, dialogAnswers };
});
const { created, opened } = fakes;

vi.mock('electron', () => ({
  BrowserWindow: fakes.FakeWindow,
  session: {},
  dialog: { showMessageBoxSync: () => fakes.dialogAnswers.shift() ?? 1 },
  shell: { openExternal: (url: string) => fakes.opened.push(url) },
}));

const { createSecureWindow } = await import('../../../../electron/main/secure-window');

describe('secure-window', () => {
  it('creates an isolated, sandboxed window without Node and loads the renderer', () => {
    createSecureWindow({ preload: '/app/preload.cjs', rendererIndex: '/app/renderer/index.html' });
    const window = created[0];
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, preload: '/app/preload.cjs' });
    expect(window?.loaded).toBe('/app/renderer/index.html');
  });

  it('blocks navigation and new windows, sending only web links to the browser', () => {
    const contents = created[0]?.contents;
    let prevented = 0;
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) contents?.listeners.get(name)?.({ preventDefault: () => (prevented += 1) });
    expect(prevented).toBe(3);
    expect(contents?.openHandler?.({ url: 'https://example.com/docs' })).toEqual({ action: 'deny' });
    expect(contents?.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents?.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/docs']);
  });

  it('asks before a window with unsaved tabs closes, and closes only when told to', () => {
    const unload = created[0]?.contents.listeners.get('will-prevent-unload');
    let allowed = 0;
    fakes.dialogAnswers.push(1, 0);
    unload?.({ preventDefault: () => (allowed += 1) });
    expect(allowed).toBe(0);
    unload?.({ preventDefault: () => (allowed += 1) });
    expect(allowed).toBe(1);
  });
});
