import { describe, expect, it } from 'vitest';
import { insertSentence } from './insert-sentence';

const NONE = 'Ingen rapporterer om at dette er gjort.';
const RUSSIA =
  'Seksjon for Russland, Eurasia og regionalt samarbeid viser til at dette ikke er gjort.';

describe('insertSentence', () => {
  it('appends as the next sentence when the cursor was never placed', () => {
    expect(insertSentence('Dette er gjort i Geneve.', NONE, null)).toEqual({
      text: `Dette er gjort i Geneve. ${NONE}`,
      cursor: `Dette er gjort i Geneve. ${NONE}`.length,
    });
    expect(insertSentence('', NONE, null).text).toBe(NONE);
  });

  it('puts the sentence at the cursor with a space on each side, cursor after it', () => {
    const report = `${NONE} Mer følger.`;
    const at = NONE.length + 1;
    const result = insertSentence(report, RUSSIA, { start: at, end: at });
    expect(result.text).toBe(`${NONE} ${RUSSIA} Mer følger.`);
    expect(result.text.slice(0, result.cursor)).toBe(`${NONE} ${RUSSIA}`);
  });

  it('adds the spaces a cursor right after a full stop lacks', () => {
    const result = insertSentence('A.B.', 'C.', { start: 2, end: 2 });
    expect(result.text).toBe('A. C. B.');
  });

  it('replaces a selection', () => {
    const result = insertSentence('A. XXX B.', 'C.', { start: 3, end: 6 });
    expect(result.text).toBe('A. C. B.');
  });

  it('never adds a sentence the report already holds, nor an empty one', () => {
    const report = `${NONE} ${RUSSIA}`;
    expect(insertSentence(report, RUSSIA, { start: 0, end: 0 }).text).toBe(report);
    expect(insertSentence(report, '  ', null).text).toBe(report);
  });

  it('treats a cursor in trailing blanks as the end', () => {
    expect(insertSentence('A.  ', 'B.', { start: 3, end: 3 }).text).toBe('A. B.');
  });

  it('puts the cursor right after the sentence, past the space it added before it', () => {
    const result = insertSentence('A.B.', 'C.', { start: 2, end: 2 });
    expect(result.cursor).toBe('A. C.'.length);
  });

  it('adds no space before a sentence put at the very start', () => {
    const result = insertSentence('Mer følger.', NONE, { start: 0, end: 0 });
    expect(result).toEqual({ text: `${NONE} Mer følger.`, cursor: NONE.length });
  });

  it('adds a space after a word the cursor follows, even when the text before has spaces', () => {
    expect(insertSentence('Ein to.Tre', 'Fire.', { start: 7, end: 7 }).text).toBe(
      'Ein to. Fire. Tre',
    );
  });

  it('replaces a selection that runs to the end of the report', () => {
    const result = insertSentence(`${NONE} Gammel tekst`, RUSSIA, {
      start: NONE.length + 1,
      end: `${NONE} Gammel tekst`.length,
    });
    expect(result.text).toBe(`${NONE} ${RUSSIA}`);
  });
});
