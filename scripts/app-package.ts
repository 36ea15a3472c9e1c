// The Teams app package: manifest/ with its placeholders filled, checked against Microsoft's
// own JSON schema (shipped in @microsoft/app-manifest), and zipped with the icons and the
// localization files — the file an administrator uploads (README, "Setting up in a Microsoft 365 tenant").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import type { ErrorObject } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { toScopeUris } from '../src/platform/config';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE } from './icons';

export type PackageSettings = {
  /** The Teams app's own id (a GUID of your choosing, stable across versions). */
  appId: string;
  /** The Entra ID app registration's client id. */
  clientId: string;
  /** Where the tab is hosted: a host name, with a port if not 443 (`oppfolging.example.no`). */
  host: string;
  /** Full scope URIs, in the order the tab asks for them (NAA's token prefetch must match). */
  scopes: string[];
  /** The package version (semver); Teams wants it raised for every update. */
  version: string;
  developerName: string;
  developerUrl: string;
  privacyUrl: string;
  termsUrl: string;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const root = resolve(import.meta.dirname, '..');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST =
  /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/i;
// A fixed timestamp for the zip's entries: the same input gives a byte-identical package.
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

export class PackageError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The app package cannot be built:\n- ${problems.join('\n- ')}`);
    this.name = 'PackageError';
    this.problems = problems;
  }
}

/**
 * Settings from command-line options (`appId` …) and environment variables (APP_ID, CLIENT_ID
 * or VITE_CLIENT_ID, HOST, SCOPES or VITE_SCOPES, APP_VERSION, DEVELOPER_NAME, DEVELOPER_URL,
 * PRIVACY_URL, TERMS_URL); options win. Throws PackageError listing every problem.
 */
export function readPackageSettings(
  options: Partial<Record<'appId' | 'clientId' | 'host' | 'scopes' | 'version', string>>,
  env: Readonly<Record<string, string | undefined>>,
): PackageSettings {
  const pick = (...values: (string | undefined)[]) =>
    values.map((value) => value?.trim()).find((value) => value !== undefined && value !== '');
  const problems: string[] = [];

  const appId = pick(options.appId, env.APP_ID);
  if (!appId) {
    problems.push(
      'The Teams app id is missing: pass --app-id or set APP_ID to a GUID of your choosing (e.g. from `node -e "console.log(crypto.randomUUID())"`); keep it for every later version.',
    );
  } else if (!GUID.test(appId)) {
    problems.push(`The Teams app id "${appId}" is not a GUID (--app-id / APP_ID).`);
  }

  const clientId = pick(options.clientId, env.CLIENT_ID, env.VITE_CLIENT_ID);
  if (!clientId) {
    problems.push(
      'The client id is missing: pass --client-id or set CLIENT_ID (or VITE_CLIENT_ID) to the app registration\'s "Application (client) ID".',
    );
  } else if (!GUID.test(clientId)) {
    problems.push(`The client id "${clientId}" is not a GUID (--client-id / CLIENT_ID).`);
  }

  const rawHost = pick(options.host, env.HOST);
  // People paste the URL; the manifest wants the host alone.
  const host = rawHost?.replace(/^https:\/\//i, '').replace(/\/+$/, '');
  if (!host) {
    problems.push(
      'The host is missing: pass --host or set HOST to where the tab is served, e.g. oppfolging.example.no.',
    );
  } else if (!HOST.test(host)) {
    problems.push(
      `The host "${rawHost}" is not a host name: give it without a path, e.g. oppfolging.example.no (--host / HOST).`,
    );
  }

  const scopeNames = (pick(options.scopes, env.SCOPES, env.VITE_SCOPES) ?? 'Sites.ReadWrite.All')
    .split(/[\s,]+/)
    .filter((name) => name !== '');

  const version = pick(options.version, env.APP_VERSION) ?? packageVersion();
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    problems.push(`The version "${version}" is not major.minor.patch (--version / APP_VERSION).`);
  }

  if (problems.length > 0 || !appId || !clientId || !host) throw new PackageError(problems);
  const site = `https://${host}/`;
  return {
    appId: appId.toLowerCase(),
    clientId: clientId.toLowerCase(),
    host: host.toLowerCase(),
    scopes: toScopeUris(scopeNames),
    version,
    developerName: pick(env.DEVELOPER_NAME) ?? 'Oppfølging',
    developerUrl: pick(env.DEVELOPER_URL) ?? site,
    privacyUrl: pick(env.PRIVACY_URL) ?? site,
    termsUrl: pick(env.TERMS_URL) ?? site,
  };
}

function packageVersion(): string {
  const json = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  return json.version;
}

/**
 * The template with `{{NAME}}` placeholders replaced; an array that is exactly `["{{SCOPES}}"]`
 * becomes the list of scopes. An unknown placeholder is an error, not left in the package.
 */
export function fillPlaceholders(template: Json, settings: PackageSettings): Json {
  const values: Record<string, string> = {
    APP_ID: settings.appId,
    CLIENT_ID: settings.clientId,
    HOST: settings.host,
    VERSION: settings.version,
    DEVELOPER_NAME: settings.developerName,
    DEVELOPER_URL: settings.developerUrl,
    PRIVACY_URL: settings.privacyUrl,
    TERMS_URL: settings.termsUrl,
  };
  const fill = (node: Json): Json => {
    if (typeof node === 'string') {
      return node.replace(/\{\{([A-Z_]+)\}\}/g, (_match, name: string) => {
        const value = values[name];
        if (value === undefined) throw new PackageError([`Unknown placeholder {{${name}}}`]);
        return value;
      });
    }
    if (Array.isArray(node)) {
      if (node.length === 1 && node[0] === '{{SCOPES}}') return [...settings.scopes];
      return node.map(fill);
    }
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value)]));
    }
    return node;
  };
  return fill(template);
}

const require = createRequire(import.meta.url);

/** The schema file of a manifest version, from @microsoft/app-manifest's build/json-schemas. */
export function schemaPath(manifestVersion: string, kind: 'manifest' | 'localization'): string {
  const file =
    kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json';
  return require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/${file}`,
  );
}

function describeSchemaErrors(file: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (error) => `${file}${error.instancePath || '/'}: ${error.message ?? error.keyword}`,
  );
}

/** Validates a manifest and its localization files with Microsoft's schemas; returns the problems. */
export function validateManifest(
  manifest: Json,
  localizations: ReadonlyMap<string, Json>,
): string[] {
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    return ['manifest.json: not a JSON object'];
  }
  const version = manifest.manifestVersion;
  if (typeof version !== 'string') return ['manifest.json: manifestVersion is missing'];
  // unicodeRegExp off: the localization schema's patterns (e.g. `\b]`) are valid only without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const load = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as object;
  const validateMain = ajv.compile(load(schemaPath(version, 'manifest')));
  const problems: string[] = [];
  if (!validateMain(manifest)) {
    problems.push(...describeSchemaErrors('manifest.json', validateMain.errors));
  }
  const validateLocalization = ajv.compile(load(schemaPath(version, 'localization')));
  for (const [file, json] of localizations) {
    if (!validateLocalization(json)) {
      problems.push(...describeSchemaErrors(file, validateLocalization.errors));
    }
  }
  return problems;
}

/** Teams' icon rules: colour 192×192; outline 32×32, white on transparent. Returns the problems. */
export function checkIcons(color: Buffer, outline: Buffer): string[] {
  const problems: string[] = [];
  const read = (name: string, data: Buffer): PNG | null => {
    try {
      return PNG.sync.read(data);
    } catch (error) {
      problems.push(
        `${name}: not a PNG (${error instanceof Error ? error.message : String(error)})`,
      );
      return null;
    }
  };
  const colorPng = read('color.png', color);
  if (colorPng && (colorPng.width !== COLOR_ICON_SIZE || colorPng.height !== COLOR_ICON_SIZE)) {
    problems.push(
      `color.png is ${colorPng.width}×${colorPng.height}; Teams wants ${COLOR_ICON_SIZE}×${COLOR_ICON_SIZE}.`,
    );
  }
  const outlinePng = read('outline.png', outline);
  if (!outlinePng) return problems;
  if (outlinePng.width !== OUTLINE_ICON_SIZE || outlinePng.height !== OUTLINE_ICON_SIZE) {
    problems.push(
      `outline.png is ${outlinePng.width}×${outlinePng.height}; Teams wants ${OUTLINE_ICON_SIZE}×${OUTLINE_ICON_SIZE}.`,
    );
  }
  const { data } = outlinePng;
  let visible = 0;
  let transparent = 0;
  let coloured = 0;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3] ?? 0;
    if (alpha === 0) {
      transparent++;
      continue;
    }
    visible++;
    if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255) coloured++;
  }
  if (coloured > 0) problems.push(`outline.png has ${coloured} pixels that are not white.`);
  if (transparent === 0) problems.push('outline.png has no transparent background.');
  if (visible === 0) problems.push('outline.png is empty (fully transparent).');
  return problems;
}

export type AppPackage = {
  zip: Buffer;
  manifest: Json;
  /** The names of the files in the zip. */
  files: string[];
};

/** Fills, validates and zips manifest/ and assets/; throws PackageError listing every problem. */
export async function buildAppPackage(
  settings: PackageSettings,
  directories: { manifest?: string; assets?: string } = {},
): Promise<AppPackage> {
  const manifestDir = directories.manifest ?? resolve(root, 'manifest');
  const assetsDir = directories.assets ?? resolve(root, 'assets');
  const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;

  const manifest = fillPlaceholders(readJson(resolve(manifestDir, 'manifest.json')), settings);
  const localizations = new Map<string, Json>();
  for (const file of localizationFiles(manifest)) {
    localizations.set(file, fillPlaceholders(readJson(resolve(manifestDir, file)), settings));
  }
  const color = readFileSync(resolve(assetsDir, 'color.png'));
  const outline = readFileSync(resolve(assetsDir, 'outline.png'));

  const problems = [...validateManifest(manifest, localizations), ...checkIcons(color, outline)];
  if (problems.length > 0) throw new PackageError(problems);

  const zip = new JSZip();
  const options = { date: ZIP_DATE };
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, options);
  zip.file('color.png', color, options);
  zip.file('outline.png', outline, options);
  for (const [file, json] of localizations) {
    zip.file(file, `${JSON.stringify(json, null, 2)}\n`, options);
  }
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { zip: data, manifest, files: Object.keys(zip.files).sort() };
}

function localizationFiles(manifest: Json): string[] {
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) return [];
  const info = manifest.localizationInfo;
  if (info === null || typeof info !== 'object' || Array.isArray(info)) return [];
  const languages = Array.isArray(info.additionalLanguages) ? info.additionalLanguages : [];
  const files = languages.flatMap((language) =>
    language !== null &&
    typeof language === 'object' &&
    !Array.isArray(language) &&
    typeof language.file === 'string'
      ? [language.file]
      : [],
  );
  if (typeof info.defaultLanguageFile === 'string') files.push(info.defaultLanguageFile);
  return files;
}
