import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  buildAppPackage,
  checkIcons,
  fillPlaceholders,
  PackageError,
  readPackageSettings,
  validateManifest,
} from '../../scripts/app-package';
import type { PackageSettings } from '../../scripts/app-package';
import { renderColorIcon, renderOutlineIcon } from '../../scripts/icons';
import { TAB_ENTITY_ID } from '../../src/platform/tab-config';

const root = resolve(import.meta.dirname, '../..');
const readJson = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as never;
const colorIcon = readFileSync(resolve(root, 'assets/color.png'));
const outlineIcon = readFileSync(resolve(root, 'assets/outline.png'));

const settings: PackageSettings = readPackageSettings(
  {},
  {
    APP_ID: '0f6f5b8e-2d1c-4c4e-9a55-6f3b1a2c7d90',
    CLIENT_ID: '11111111-2222-3333-4444-555555555555',
    HOST: 'https://oppfolging.example.no/',
    SCOPES: 'Sites.Selected offline_access',
  },
);

type Manifest = {
  id: string;
  manifestVersion: string;
  accentColor: string;
  configurableTabs: { configurationUrl: string; scopes: string[] }[];
  staticTabs: { entityId: string; contentUrl: string; scopes: string[] }[];
  validDomains: string[];
  webApplicationInfo: {
    id: string;
    resource?: string;
    nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[];
  };
};

function filledManifest(): Manifest {
  return fillPlaceholders(readJson('manifest/manifest.json'), settings) as Manifest;
}

function localizations() {
  return new Map([['nb-no.json', fillPlaceholders(readJson('manifest/nb-no.json'), settings)]]);
}

describe('the Teams app manifest', () => {
  it('is valid against the official schema of its version once filled', () => {
    const manifest = filledManifest();
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.22);
    expect(validateManifest(manifest as never, localizations())).toEqual([]);
  });

  it('describes a channel tab with a configuration page and a personal tab on the host', () => {
    const manifest = filledManifest();
    expect(manifest.id).toBe('0f6f5b8e-2d1c-4c4e-9a55-6f3b1a2c7d90');
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: 'https://oppfolging.example.no/?view=config',
        scopes: ['team'],
      }),
    ]);
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({
        entityId: TAB_ENTITY_ID,
        contentUrl: 'https://oppfolging.example.no/',
        scopes: ['personal'],
      }),
    ]);
    expect(manifest.validDomains).toEqual(['oppfolging.example.no']);
    expect(manifest.webApplicationInfo).toEqual({
      id: '11111111-2222-3333-4444-555555555555',
      nestedAppAuthInfo: [
        {
          redirectUri: 'brk-multihub://oppfolging.example.no',
          scopes: ['https://graph.microsoft.com/Sites.Selected', 'offline_access'],
        },
      ],
    });
  });

  it('is caught by the schema when it breaks a rule', () => {
    const manifest = filledManifest();
    const broken = {
      ...manifest,
      configurableTabs: [...manifest.configurableTabs, ...manifest.configurableTabs],
      accentColor: 'blue',
    };
    const problems = validateManifest(broken as never, localizations());
    expect(problems.some((p) => p.startsWith('manifest.json/configurableTabs'))).toBe(true);
    expect(problems.some((p) => p.startsWith('manifest.json/accentColor'))).toBe(true);
    const longName = new Map([['nb-no.json', { 'name.short': 'x'.repeat(31) } as never]]);
    expect(validateManifest(manifest as never, longName).join('\n')).toMatch(/nb-no\.json/);
  });

  it('refuses a placeholder it does not know instead of shipping it', () => {
    expect(() => fillPlaceholders({ name: '{{TENANT}}' }, settings)).toThrow(PackageError);
  });
});

describe('the package settings', () => {
  it('says what is missing and how to set it', () => {
    try {
      readPackageSettings({ host: 'https://tab.example.org/app' }, {});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PackageError);
      const problems = (error as PackageError).problems.join('\n');
      expect(problems).toContain('APP_ID');
      expect(problems).toContain('CLIENT_ID');
      expect(problems).toContain('without a path');
    }
  });

  it('takes options over environment variables and defaults the scopes', () => {
    const read = readPackageSettings(
      { appId: '0f6f5b8e-2d1c-4c4e-9a55-6f3b1a2c7d90', host: 'tab.example.org:8443' },
      { APP_ID: 'ignored', VITE_CLIENT_ID: '11111111-2222-3333-4444-555555555555' },
    );
    expect(read).toMatchObject({
      appId: '0f6f5b8e-2d1c-4c4e-9a55-6f3b1a2c7d90',
      clientId: '11111111-2222-3333-4444-555555555555',
      host: 'tab.example.org:8443',
      scopes: ['https://graph.microsoft.com/Sites.ReadWrite.All'],
      developerUrl: 'https://tab.example.org:8443/',
    });
  });
});

describe('the icons', () => {
  it('are 192×192 in colour and a 32×32 white-on-transparent outline', () => {
    const color = PNG.sync.read(colorIcon);
    const outline = PNG.sync.read(outlineIcon);
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(checkIcons(colorIcon, outlineIcon)).toEqual([]);
  });

  it('are what `npm run icons` draws', () => {
    const accent = (readJson('manifest/manifest.json') as Manifest).accentColor;
    expect(PNG.sync.read(colorIcon).data.equals(renderColorIcon(accent).data)).toBe(true);
    expect(PNG.sync.read(outlineIcon).data.equals(renderOutlineIcon().data)).toBe(true);
  });

  it('are refused when the outline has colour or the size is wrong', () => {
    const grey = renderOutlineIcon();
    grey.data[(16 * 32 + 16) * 4] = 128;
    grey.data[(16 * 32 + 16) * 4 + 3] = 255;
    const problems = checkIcons(PNG.sync.write(renderOutlineIcon()), PNG.sync.write(grey));
    expect(problems).toEqual([
      'color.png is 32×32; Teams wants 192×192.',
      'outline.png has 1 pixels that are not white.',
    ]);
  });
});

describe('npm run package', () => {
  it('zips the filled manifest, the localization and both icons at the root', async () => {
    const built = await buildAppPackage(settings);
    const zip = await JSZip.loadAsync(built.zip);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['color.png', 'manifest.json', 'nb-no.json', 'outline.png']);

    const manifestText = (await zip.file('manifest.json')?.async('string')) ?? '';
    expect(manifestText).not.toContain('{{');
    const manifest = JSON.parse(manifestText) as Manifest;
    expect(manifest.id).toBe(settings.appId);
    expect(validateManifest(manifest as never, localizations())).toEqual([]);

    const nb = JSON.parse((await zip.file('nb-no.json')?.async('string')) ?? '{}') as Record<
      string,
      string
    >;
    expect(nb['name.short']).toBe('Oppfølging');

    expect((await zip.file('color.png')?.async('nodebuffer'))?.equals(colorIcon)).toBe(true);
    expect((await zip.file('outline.png')?.async('nodebuffer'))?.equals(outlineIcon)).toBe(true);
  });

  it('builds the same bytes from the same input', async () => {
    const [first, second] = await Promise.all([
      buildAppPackage(settings),
      buildAppPackage(settings),
    ]);
    expect(first.zip.equals(second.zip)).toBe(true);
  });
});
