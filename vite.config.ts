import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY_DIRECTIVES } from './shared/security/content-security-policy.ts';

// The page carries the same policy the hosts send as a header; a <meta> cannot hold
// frame-ancestors (browsers ignore it there and say so), so that one stays header-only.
function contentSecurityPolicyMeta(): Plugin {
  const content = CONTENT_SECURITY_POLICY_DIRECTIVES.filter((directive) => !directive.startsWith('frame-ancestors')).join('; ');
  return {
    name: 'roundtrip-csp-meta',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content }, injectTo: 'head-prepend' }],
  };
}

// The renderer is served from file:// in Electron and from the browser host's root,
// so every asset path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [contentSecurityPolicyMeta(), react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, target: 'es2022' },
});
