import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { initialChunks } from './scripts/initial-chunk.ts';

// The emulator's address for the dev and preview servers: the tab calls Graph at
// `<its own origin>/v1.0` in demo mode, and this proxy forwards it (scripts/start.ts sets it).
const emulatorUrl = process.env.OPPF_EMULATOR_URL ?? 'http://localhost:4010';
const proxy = { '/v1.0': { target: emulatorUrl, changeOrigin: true } };
const startChunks = initialChunks(/[\\/]index\.html$/);

export default defineConfig({
  plugins: [react(), startChunks.plugin],
  server: { port: 5173, strictPort: false, proxy },
  preview: { proxy },
  build: {
    // No source maps in what is shipped: they would publish the sources next to the bundle.
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // The MSAL v5 redirect bridge is its own small page (popups and silent renewal land on it);
    // the host's authentication window has a start and an end page (src/platform/auth-window.ts).
    rollupOptions: {
      input: {
        main: 'index.html',
        'auth-redirect': 'auth-redirect.html',
        'auth-start': 'auth-start.html',
        'auth-end': 'auth-end.html',
      },
      // What the tab needs to start, in one file rather than some twenty (scripts/initial-chunk.ts).
      output: { codeSplitting: { groups: startChunks.groups } },
    },
  },
});
