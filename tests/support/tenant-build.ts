// A tenant-mode build of the tab (sign-in with MSAL, Graph at graph.microsoft.com), next to the
// demo build in dist/: Vite reads VITE_ settings from the environment, as an administrator's
// .env would give them. The browser tests route Entra ID and Graph (teams-host/microsoft-cloud.ts).
import { resolve } from 'node:path';
import { build } from 'vite';

export const TENANT_SETTINGS = {
  VITE_CLIENT_ID: '5a6b7c8d-1111-4222-8333-444455556666',
  VITE_TENANT_ID: '9b1c2d3e-aaaa-4bbb-8ccc-dddddddddddd',
} as const;

const root = resolve(import.meta.dirname, '../..');

export async function buildTenantTab(outDir: string): Promise<string> {
  const saved = Object.fromEntries(
    Object.keys(TENANT_SETTINGS).map((key) => [key, process.env[key]]),
  );
  Object.assign(process.env, TENANT_SETTINGS);
  try {
    await build({
      root,
      configFile: resolve(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    process.env = saved;
  }
  return outDir;
}
