import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from file:// in Electron and from the browser host's root,
// so every asset path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, target: 'es2022' },
});
