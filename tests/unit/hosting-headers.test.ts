// The headers the static hosts send: the Microsoft 365 hosts must be allowed to frame the tab,
// nothing else may, and the Content Security Policy allows only what the tab needs. The browser
// tests serve the build with these very headers (tests/support/app.ts) and fail on any violation.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedHeaderRules, shippedHeaders } from '../support/security-headers';

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

/** The policy as directive → sources. */
function directives(csp: string | undefined): Map<string, string[]> {
  const parts = (csp ?? '').split(';').map((part) => part.trim().split(/\s+/));
  return new Map(parts.filter(([name]) => name).map(([name = '', ...sources]) => [name, sources]));
}

function staticWebAppHeaders(): Record<string, string> {
  const config = JSON.parse(readFileSync(resolve(root, 'staticwebapp.config.json'), 'utf8')) as {
    globalHeaders: Record<string, string>;
  };
  return config.globalHeaders;
}

describe('hosting headers', () => {
  it('let the Microsoft 365 hosts frame every page (Netlify, Cloudflare Pages)', () => {
    const csp = directives(shippedHeaders()['Content-Security-Policy']);
    expect(csp.get('frame-ancestors')).toEqual(FRAME_ANCESTORS);
    for (const rule of shippedHeaderRules()) {
      expect(Object.keys(rule.headers).map((name) => name.toLowerCase())).not.toContain(
        'x-frame-options',
      );
    }
  });

  it('run no script but the bundle: no inline script, no eval, no plugins, no <base>', () => {
    const csp = directives(shippedHeaders()['Content-Security-Policy']);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    // Fluent's style engine fills empty <style> elements through the CSSOM: the hash of the empty
    // text lets those elements in, and no inline style text of anyone else.
    expect(csp.get('style-src')).toEqual([
      "'self'",
      "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
    ]);
    for (const sources of csp.values()) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
    }
  });

  it('connect only to the own origin, Microsoft Graph, the sign-in endpoints and teams-js’ CDN', () => {
    const csp = directives(shippedHeaders()['Content-Security-Policy']);
    expect(csp.get('connect-src')).toEqual([
      "'self'",
      'https://graph.microsoft.com',
      'https://login.microsoftonline.com',
      'https://res.cdn.office.net',
    ]);
  });

  it('say the same on Azure Static Web Apps', () => {
    const azure = staticWebAppHeaders();
    expect(azure).toEqual(shippedHeaders());
    expect(Object.keys(azure).map((name) => name.toLowerCase())).not.toContain('x-frame-options');
  });
});
