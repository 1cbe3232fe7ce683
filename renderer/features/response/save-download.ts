/** Saves bytes the renderer already holds as a download (a save dialog in the desktop app). */

/** Offers `base64` as a file named `name`; the browser (or Electron) asks where to put it. */
export function saveBase64(base64: string, contentType: string | undefined, name: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  saveBlob(new Blob([bytes], { type: contentType ?? 'application/octet-stream' }), name);
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name for a response body from its URL and content type ("items.json"). */
export function bodyFileName(url: string, contentType: string | undefined): string {
  const last = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? 'response');
  const base = last.replace(/[^\w.-]+/g, '_') || 'response';
  if (/\.\w{1,5}$/.test(base)) return base;
  const subtype = (contentType ?? '').split(';')[0]?.split('/')[1]?.split('+').at(-1) ?? '';
  const extension = { json: 'json', xml: 'xml', html: 'html', plain: 'txt', png: 'png', jpeg: 'jpg', gif: 'gif', pdf: 'pdf', csv: 'csv' }[subtype] ?? 'bin';
  return `${base}.${extension}`;
}
