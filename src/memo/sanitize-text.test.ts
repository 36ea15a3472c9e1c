import { describe, expect, it } from 'vitest';
import { sanitizeLine, sanitizeText, toLines, toParagraphs } from './sanitize-text';

describe('sanitizeText', () => {
  it('removes the C0 controls XML 1.0 forbids and keeps tab, LF and CR (as LF)', () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    // Of U+0000–U+001F only tab (9), LF (10) and CR (13) survive; that lone CR becomes LF.
    expect(sanitizeText(`a${controls}b`)).toBe('a\t\n\nb');
  });
  it('removes U+FFFE, U+FFFF, DEL and the C1 controls', () => {
    expect(sanitizeText('a\uFFFEb\uFFFFc\u007Fd\u0080e\u009Ff')).toBe('abcdef');
  });
  it('removes lone surrogates and keeps surrogate pairs (emoji)', () => {
    expect(sanitizeText('x\uD800y\uDC00z')).toBe('xyz');
    expect(sanitizeText('end\uD83D')).toBe('end');
    expect(sanitizeText('\uDE00start')).toBe('start');
    expect(sanitizeText('ok 😀 👩🏽‍💻')).toBe('ok 😀 👩🏽‍💻');
  });
  it('turns CRLF, CR, NEL and U+2028 into LF and U+2029 into a blank line', () => {
    expect(sanitizeText('a\r\nb\rc\u0085d\u2028e\u2029f')).toBe('a\nb\nc\nd\ne\n\nf');
  });
  it('leaves markup-looking text, zero-width and bidi characters alone (the XML writer escapes)', () => {
    const text = '<w:p> & "x" \'y\' ]]> {{ a }} ${b} \u200B\u200D\u202E\u2066';
    expect(sanitizeText(text)).toBe(text);
  });
});

describe('toParagraphs', () => {
  it('splits on blank lines into paragraphs and on single breaks into lines', () => {
    expect(toParagraphs('one\ntwo\n\nthree\r\n\r\n\r\nfour')).toEqual([
      ['one', 'two'],
      ['three'],
      ['four'],
    ]);
  });
  it('treats a line of spaces and tabs as blank and drops leading and trailing blank lines', () => {
    expect(toParagraphs('\n \n first \t\n \t \nsecond\n\n')).toEqual([[' first'], ['second']]);
  });
  it('keeps tabs inside and at the start of a line', () => {
    expect(toParagraphs('\tindented\tcolumn')).toEqual([['\tindented\tcolumn']]);
  });
  it('gives no paragraphs for empty or whitespace-only text', () => {
    expect(toParagraphs('')).toEqual([]);
    expect(toParagraphs(' \n\t\n\u0000')).toEqual([]);
  });
});

describe('sanitizeLine and toLines', () => {
  it('makes one line of a value typed over several', () => {
    expect(sanitizeLine('  Seksjon for\r\nhumanitære\tspørsmål\u0007 ')).toBe(
      'Seksjon for humanitære spørsmål',
    );
  });
  it('reads a list typed one entry per line, dropping blank entries', () => {
    expect(toLines('Avdeling A\r\n\r\n  Avdeling B  \n\u0001\n')).toEqual([
      'Avdeling A',
      'Avdeling B',
    ]);
  });
});

describe('sanitizeLine: spaces', () => {
  it('makes one space of a run of spaces, tabs and breaks inside a value', () => {
    expect(sanitizeLine('Seksjon  for \t\n humanitære')).toBe('Seksjon for humanitære');
  });
});
