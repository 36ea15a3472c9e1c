import { describe, expect, it } from 'vitest';
import { isolateDirection } from './isolate-direction';
import { unclosedDirection } from '../../tests/support/memo/bidi';

describe('isolateDirection', () => {
  it('leaves text without direction controls alone, right-to-left letters included', () => {
    expect(isolateDirection('Vurdere flerårige avtaler')).toBe('Vurdere flerårige avtaler');
    expect(isolateDirection('مرحبا 2012')).toBe('مرحبا 2012');
  });
  it('closes an unclosed right-to-left override and isolates the field', () => {
    expect(isolateDirection('abc\u202Edef')).toBe('\u2068abc\u202Edef\u202C\u2069');
    expect(unclosedDirection(`${isolateDirection('abc\u202Edef')}: after`)).toEqual([]);
  });
  it('closes nested embeddings and isolates innermost first', () => {
    const text = isolateDirection('\u202Ba\u2067b\u202Dc');
    expect(text).toBe('\u2068\u202Ba\u2067b\u202Dc\u202C\u2069\u202C\u2069');
    expect(unclosedDirection(text)).toEqual([]);
  });
  it('drops closers that would end something outside the field', () => {
    expect(isolateDirection('a\u2069b\u202Cc')).toBe('\u2068abc\u2069');
    expect(isolateDirection('\u2066a\u2069\u2069b')).toBe('\u2068\u2066a\u2069b\u2069');
  });
  it('keeps closers that close what the field opened', () => {
    expect(isolateDirection('\u202Ea\u202C b')).toBe('\u2068\u202Ea\u202C b\u2069');
  });
});

describe('isolateDirection: closing in the right order', () => {
  it('closes an isolate opened inside an embedding before the embedding', () => {
    const text = isolateDirection('\u202Ba\u2067b');
    expect(text).toBe('\u2068\u202Ba\u2067b\u2069\u202C\u2069');
    expect(unclosedDirection(text)).toEqual([]);
  });
});
