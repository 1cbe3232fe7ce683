/** Asks the main process to write the shown request as code (request:snippet), again whenever it or the language changes. */
import { useEffect, useState } from 'react';
import type { RequestDescription } from '../../../shared/request/request-model';
import type { SnippetLanguage } from '../../../shared/request/snippet-languages';
import { api } from '../../lib/api';

export type CodeSnippetState = { readonly status: 'idle' | 'busy' } | { readonly status: 'done'; readonly code: string; readonly note?: string } | { readonly status: 'error'; readonly message: string };

/** The code for `request` in `language`; idle while `language` is undefined (curl is written in the window). */
export function useCodeSnippet(request: RequestDescription | undefined, language: SnippetLanguage | undefined): CodeSnippetState {
  const [state, setState] = useState<CodeSnippetState>({ status: 'idle' });
  // The request's content, not its identity: a re-render with the same request asks nothing again.
  const key = request === undefined || language === undefined ? undefined : JSON.stringify([language, request.method, request.url, request.headers, request.body, request.signing]);
  useEffect(() => {
    if (request === undefined || language === undefined || key === undefined) {
      setState({ status: 'idle' });
      return undefined;
    }
    let current = true;
    setState({ status: 'busy' });
    const { method, url, headers, body, signing } = request;
    void api['request:snippet']({ request: { method, url, headers: [...headers], ...(body === undefined ? {} : { body }), ...(signing === undefined ? {} : { signing }) }, language }).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'done', code: result.value.code, ...(result.value.note === undefined ? {} : { note: result.value.note }) } : { status: 'error', message: result.error.message });
    });
    return () => {
      current = false;
    };
    // `key` stands for the request and language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
