// Text direction controls in a field must not reach beyond it. An unclosed right-to-left
// override (U+202E) in a title would otherwise reverse everything after it in the paragraph:
// the colon, the report, the next line. Word and LibreOffice follow the Unicode bidi algorithm,
// where a paragraph ends every embedding, but a memo paragraph holds several fields.

const EMBEDDING_OPENERS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']); // LRE RLE LRO RLO
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']); // LRI RLI FSI
const POP_DIRECTIONAL_FORMATTING = '\u202C';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
const FIRST_STRONG_ISOLATE = '\u2068';
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * The text with its direction controls balanced (closers without an opener dropped, every opener
 * closed at the end) and, when it has any, the whole isolated (FSI … PDI), so that nothing in
 * it changes the direction of what follows. Text without direction controls is returned as is.
 */
export function isolateDirection(text: string): string {
  if (!DIRECTION_CONTROLS.test(text)) return text;
  const open: ('embedding' | 'isolate')[] = [];
  let balanced = '';
  for (const char of text) {
    if (EMBEDDING_OPENERS.has(char)) {
      open.push('embedding');
    } else if (ISOLATE_OPENERS.has(char)) {
      open.push('isolate');
    } else if (char === POP_DIRECTIONAL_FORMATTING) {
      // A PDF closes only an embedding opened inside the same isolate.
      if (open.at(-1) !== 'embedding') continue;
      open.pop();
    } else if (char === POP_DIRECTIONAL_ISOLATE) {
      const isolate = open.lastIndexOf('isolate');
      if (isolate < 0) continue;
      // A PDI also ends the embeddings opened inside its isolate.
      open.length = isolate;
    }
    balanced += char;
  }
  const closers = open
    .reverse()
    .map((kind) => (kind === 'embedding' ? POP_DIRECTIONAL_FORMATTING : POP_DIRECTIONAL_ISOLATE));
  return `${FIRST_STRONG_ISOLATE}${balanced}${closers.join('')}${POP_DIRECTIONAL_ISOLATE}`;
}
