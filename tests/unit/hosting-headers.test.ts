// The Content-Security-Policy the static hosts send: the Microsoft 365 hosts must be allowed to
// frame the tab (TEAMS-NOTES.md), and nothing else may stop them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const FRAME_ANCESTORS = [
  "'self'",
  'teams.microsoft.com',
  '*.teams.microsoft.com',
  '*.cloud.microsoft',
  '*.microsoft365.com',
  '*.office.com',
  'outlook.office.com',
  'outlook.office365.com',
];

/** Netlify/Cloudflare `_headers`: a path line, then indented `Name: value` lines. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    current?.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

function frameAncestors(csp: string | undefined): string[] {
  const directive = (csp ?? '')
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'frame-ancestors');
  return directive?.slice(1) ?? [];
}

describe('hosting headers', () => {
  it('let the Microsoft 365 hosts frame every page (Netlify, Cloudflare Pages)', () => {
    const rules = parseHeadersFile(readFileSync(resolve(root, 'public/_headers'), 'utf8'));
    const all = rules.get('/*');
    expect(frameAncestors(all?.get('content-security-policy'))).toEqual(FRAME_ANCESTORS);
    for (const headers of rules.values()) expect(headers.has('x-frame-options')).toBe(false);
  });

  it('say the same on Azure Static Web Apps', () => {
    const config = JSON.parse(readFileSync(resolve(root, 'staticwebapp.config.json'), 'utf8')) as {
      globalHeaders: Record<string, string>;
    };
    expect(frameAncestors(config.globalHeaders['Content-Security-Policy'])).toEqual(
      FRAME_ANCESTORS,
    );
    expect(Object.keys(config.globalHeaders).map((name) => name.toLowerCase())).not.toContain(
      'x-frame-options',
    );
  });
});
