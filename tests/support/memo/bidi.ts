// What a reader of the memo would see reversed: the direction controls still open at the end of
// a paragraph's text, by the Unicode bidi algorithm's rules for matching them (UAX #9, X1–X8).

/** The openers (as code points, e.g. "U+202E") left unclosed at the end of the text. */
export function unclosedDirection(text: string): string[] {
  const open: string[] = [];
  for (const char of text) {
    if ('\u202A\u202B\u202D\u202E\u2066\u2067\u2068'.includes(char)) open.push(char);
    else if (char === '\u202C' && open.length > 0 && !isIsolate(open.at(-1))) open.pop();
    else if (char === '\u2069') {
      const index = open.findLastIndex(isIsolate);
      if (index >= 0) open.length = index;
    }
  }
  return open.map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}`);
}

function isIsolate(char: string | undefined): boolean {
  return char !== undefined && '\u2066\u2067\u2068'.includes(char);
}
