// Component tests find what they wait for with Testing Library's findBy…, which gives up after one
// second by default. On two busy cores a Fluent render can take longer than that, and the test
// then fails for the machine, not for the tab. Only files that run in happy-dom load the library.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 10_000 });
}

export {};
