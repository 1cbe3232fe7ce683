/**
 * The media type a file's name suggests: for a file sent without one (a multipart part, a file body),
 * and for the browser host's own files (the built renderer).
 */

// The types people upload most, and those of the renderer's build; anything else goes as application/octet-stream, as browsers do.
const BY_EXTENSION: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  csv: 'text/csv',
  html: 'text/html',
  js: 'text/javascript',
  mjs: 'text/javascript',
  css: 'text/css',
  htm: 'text/html',
  md: 'text/markdown',
  xml: 'application/xml',
  json: 'application/json',
  map: 'application/json',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/gzip',
  tar: 'application/x-tar',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  webm: 'video/webm',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const FALLBACK_MEDIA_TYPE = 'application/octet-stream';

/** The media type of `name` by its extension (any case); application/octet-stream when it has none known. */
export function mediaTypeByName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return FALLBACK_MEDIA_TYPE;
  return BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? FALLBACK_MEDIA_TYPE;
}
