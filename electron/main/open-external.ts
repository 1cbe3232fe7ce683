/** The one way the main process opens an address in the user's browser: http(s) only, never a file or app scheme. */
import { shell } from 'electron';

/** Opens `url` in the system browser; refuses anything but http and https. */
export async function openInSystemBrowser(url: string): Promise<void> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`Refused to open ${parsed.protocol} addresses in the browser; only http and https are opened.`);
  await shell.openExternal(parsed.href);
}
