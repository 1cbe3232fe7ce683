/** The languages a request can be copied as, besides curl (which has its own exact writer, curl-command.ts). */
export const SNIPPET_LANGUAGES = [
  { id: 'javascript-fetch', label: 'JavaScript fetch', target: 'javascript', client: 'fetch' },
  { id: 'node-axios', label: 'Node axios', target: 'node', client: 'axios' },
  { id: 'python-requests', label: 'Python requests', target: 'python', client: 'requests' },
  { id: 'httpie', label: 'HTTPie', target: 'shell', client: 'httpie' },
  { id: 'go-native', label: 'Go net/http', target: 'go', client: 'native' },
  { id: 'java-httpclient', label: 'Java HttpClient', target: 'java', client: 'nethttp' },
  { id: 'csharp-httpclient', label: 'C# HttpClient', target: 'csharp', client: 'httpclient' },
  { id: 'powershell', label: 'PowerShell', target: 'powershell', client: 'restmethod' },
] as const;

export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number]['id'];

/** The ids, for an input schema. */
export const SNIPPET_LANGUAGE_IDS = SNIPPET_LANGUAGES.map((language) => language.id) as [SnippetLanguage, ...SnippetLanguage[]];
