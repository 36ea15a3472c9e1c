// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { rememberMeasureInFocus, takeMeasureToReturnTo } from './return-to-measure';

afterEach(() => {
  document.body.innerHTML = '';
  sessionStorage.clear();
});

describe('the way back from a sign-in redirect', () => {
  it('returns to the measure whose editor had the focus, once', () => {
    document.body.innerHTML = `
      <article data-measure-id="7"><textarea id="report"></textarea></article>
      <article data-measure-id="8"><button>Rapporter</button></article>`;
    document.getElementById('report')?.focus();
    rememberMeasureInFocus(sessionStorage, document);
    expect(takeMeasureToReturnTo(sessionStorage)).toBe('7');
    expect(takeMeasureToReturnTo(sessionStorage)).toBeNull();
  });

  it('notes nothing when the focus is outside every measure', () => {
    document.body.innerHTML = `<button id="export">Eksporter notat</button>
      <article data-measure-id="8"></article>`;
    document.getElementById('export')?.focus();
    rememberMeasureInFocus(sessionStorage, document);
    expect(takeMeasureToReturnTo(sessionStorage)).toBeNull();
  });
});
