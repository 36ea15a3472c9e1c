// Every page of a browser test reports Content Security Policy violations here (the
// `securitypolicyviolation` event, in every frame), and tests/support/csp-setup.ts fails the test
// that caused one: a policy that blocks part of the tab is found in CI, not by a user.
import type { BrowserContext } from 'playwright-core';

const violations: string[] = [];
const guarded = new WeakSet<BrowserContext>();

export async function guardCsp(context: BrowserContext): Promise<void> {
  if (guarded.has(context)) return;
  guarded.add(context);
  await context.exposeBinding('__reportCspViolation', ({ frame }, text: string) => {
    violations.push(`${frame.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void })
        .__reportCspViolation;
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${where} ${event.sample}`,
      );
    });
  });
}

/** The violations seen since the last call. */
export function takeCspViolations(): string[] {
  return violations.splice(0);
}
