import { describe, expect, it } from 'vitest';
import { sentenceCase, terms } from './terms';

describe('sentenceCase', () => {
  it('capitalises the first letter only, Norwegian letters included', () => {
    expect(sentenceCase('over fristen')).toBe('Over fristen');
    expect(sentenceCase('ønsket frist')).toBe('Ønsket frist');
    expect(sentenceCase('')).toBe('');
  });
});

describe('the terms’ texts with arguments', () => {
  it('write a clock time as «kl. 09.12» in bokmål and as given in English', () => {
    expect(terms.nb.clockTime('09:12')).toBe('kl. 09.12');
    expect(terms.en.clockTime('09:12')).toBe('09:12');
  });

  it('count the seconds to the next attempt in English as in bokmål', () => {
    expect(terms.en.retryingIn(1)).toBe('SharePoint is busy. Trying again in 1 second …');
    expect(terms.en.retryingIn(30)).toBe('SharePoint is busy. Trying again in 30 seconds …');
  });
});
