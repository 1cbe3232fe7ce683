/**
 * The names of every channel between the renderer and the main process, declared once.
 * The preload imports only this list, so it stays free of schema code.
 */
export const CHANNELS = ['spec:load', 'request:send', 'demo:start', 'request:cancel', 'spec:cancel', 'spec:operation', 'spec:recent', 'files:stage', 'auth:token', 'auth:discover', 'auth:login-start', 'auth:login-wait', 'auth:login-cancel', 'auth:token-status', 'auth:token-use', 'auth:token-refresh', 'auth:token-clear', 'auth:token-allow-origin', 'auth:token-revoke-origin', 'env:load', 'env:save', 'history:list', 'history:get', 'history:clear', 'response:read-file', 'idempotency:check', 'collection:list', 'collection:create', 'collection:create-folder', 'collection:save', 'collection:rename', 'collection:duplicate', 'collection:delete', 'collection:restore', 'collection:set-root', 'collection:import', 'collection:import-preview', 'collection:export', 'collection:move', 'collection:recent', 'collection:forget-recent', 'runner:start', 'runner:stop', 'verify:start', 'verify:stop', 'tls:load', 'tls:save', 'cookies:list', 'cookies:set', 'cookies:delete', 'cookies:clear', 'request:snippet'] as const;

export type Channel = (typeof CHANNELS)[number];

/** True when `name` is one of the contract's channels. */
export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name);
}
