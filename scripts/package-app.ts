// `npm run package [-- --app-id <guid> --client-id <guid> --host <host> --scopes <s> --version <v> --out <file>]`:
// writes the Teams app package (default dist/appPackage.zip). Options fall back to environment
// variables and to the .env files Vite reads (APP_ID, CLIENT_ID or VITE_CLIENT_ID, HOST, …).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from 'vite';
import { buildAppPackage, PackageError, readPackageSettings } from './app-package';

const root = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    'app-id': { type: 'string' },
    'client-id': { type: 'string' },
    host: { type: 'string' },
    scopes: { type: 'string' },
    version: { type: 'string' },
    out: { type: 'string' },
  },
  strict: true,
});

try {
  const settings = readPackageSettings(
    {
      appId: values['app-id'],
      clientId: values['client-id'],
      host: values.host,
      scopes: values.scopes,
      version: values.version,
    },
    { ...loadEnv('production', root, ''), ...process.env },
  );
  const built = await buildAppPackage(settings);
  const out = resolve(root, values.out ?? 'dist/appPackage.zip');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, built.zip);
  console.log(
    `Wrote ${relative(process.cwd(), out)} (${built.zip.length} bytes): ${built.files.join(', ')}`,
  );
  console.log(`  app id ${settings.appId}, version ${settings.version}, host ${settings.host}`);
  console.log(
    '  Upload it in the Teams admin center (Manage apps → Upload new app), or in Teams under Apps → Manage your apps → Upload an app.',
  );
} catch (error) {
  console.error(error instanceof PackageError ? error.message : error);
  process.exitCode = 1;
}
