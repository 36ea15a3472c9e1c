// The response headers the tab ships with (public/_headers, the file Vite copies into dist/ for
// Netlify and Cloudflare Pages), read so the browser tests serve the build with exactly these
// headers: a Content Security Policy that blocks something the tab needs fails a test here first.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const headersFile = resolve(import.meta.dirname, '../../public/_headers');

export type HeaderRules = { pattern: string; headers: Record<string, string> }[];

/** `_headers` as rules: a path pattern on its own line, its headers indented below it. */
export function parseHeadersFile(text: string): HeaderRules {
  const rules: HeaderRules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`public/_headers: a header outside a path: ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

export function shippedHeaderRules(): HeaderRules {
  return parseHeadersFile(readFileSync(headersFile, 'utf8'));
}

/** The headers every response of the tab carries (the `/*` rule). */
export function shippedHeaders(): Record<string, string> {
  const all = shippedHeaderRules().find((rule) => rule.pattern === '/*');
  if (!all) throw new Error('public/_headers has no /* rule.');
  return all.headers;
}
