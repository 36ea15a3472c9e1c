// Setup of the browser project (vitest.config.ts): no test passes with a CSP violation on a page.
import { afterEach, expect } from 'vitest';
import { takeCspViolations } from './csp-guard';

afterEach(() => {
  expect(takeCspViolations(), 'Content Security Policy violations').toEqual([]);
});
