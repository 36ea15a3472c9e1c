// The formatting a paragraph style shows in Word, read from styles.xml the way Word resolves it:
// the document defaults, then every style of the basedOn chain, the nearer style winning.
// Test support only; sizes in points and centimetres, as Word's dialogs show them.

export type WordFormatting = {
  name: string;
  font: string | null;
  sizePt: number | null;
  bold: boolean;
  /** The text colour; null is automatic (black on paper). */
  color: string | null;
  italic: boolean;
  spaceBeforePt: number | null;
  spaceAfterPt: number | null;
  /** Line spacing as a multiple of single (the "Multiple" of Word's paragraph dialog). */
  lineSpacing: number | null;
  keepWithNext: boolean;
  keepLinesTogether: boolean;
  alignment: string | null;
  indentLeftCm: number | null;
  /** Outline level 1–9 as Word counts it (null: body text, not in the navigation pane). */
  outlineLevel: number | null;
  basedOn: string | null;
  next: string | null;
  language: string | null;
};

const attr = (xml: string, element: string, name: string): string | null => {
  const tag = new RegExp(`<w:${element}\\b([^>]*)/?>`).exec(xml)?.[1];
  if (tag === undefined) return null;
  return new RegExp(`w:${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
};
const has = (xml: string, element: string) => new RegExp(`<w:${element}\\s*/>`).test(xml);

type Layer = Partial<WordFormatting>;

function layerOf(xml: string): Layer {
  const layer: Layer = {};
  const font = attr(xml, 'rFonts', 'ascii');
  if (font !== null) layer.font = font;
  const size = attr(xml, 'sz', 'val');
  if (size !== null) layer.sizePt = Number(size) / 2;
  if (has(xml, 'b')) layer.bold = true;
  if (has(xml, 'i')) layer.italic = true;
  const color = attr(xml, 'color', 'val');
  if (color !== null) layer.color = color;
  const before = attr(xml, 'spacing', 'before');
  if (before !== null) layer.spaceBeforePt = Number(before) / 20;
  const after = attr(xml, 'spacing', 'after');
  if (after !== null) layer.spaceAfterPt = Number(after) / 20;
  const line = attr(xml, 'spacing', 'line');
  if (line !== null && attr(xml, 'spacing', 'lineRule') === 'auto') {
    layer.lineSpacing = Number(line) / 240;
  }
  if (has(xml, 'keepNext')) layer.keepWithNext = true;
  if (has(xml, 'keepLines')) layer.keepLinesTogether = true;
  const jc = attr(xml, 'jc', 'val');
  if (jc !== null) layer.alignment = jc;
  const indent = attr(xml, 'ind', 'left');
  if (indent !== null) layer.indentLeftCm = Math.round((Number(indent) / 567) * 100) / 100;
  const outline = attr(xml, 'outlineLvl', 'val');
  if (outline !== null) layer.outlineLevel = Number(outline) + 1;
  const language = attr(xml, 'lang', 'val');
  if (language !== null) layer.language = language;
  return layer;
}

function styleXml(stylesXml: string, id: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(
    stylesXml,
  );
  if (!match?.[1]) throw new Error(`styles.xml has no style ${id}`);
  return match[1];
}

/** The effective formatting of a style, as Word's "Modify Style" dialog describes it. */
export function wordFormatting(stylesXml: string, id: string): WordFormatting {
  const chain: string[] = [];
  for (let current: string | null = id; current !== null;) {
    const xml = styleXml(stylesXml, current);
    chain.unshift(xml);
    current = attr(xml, 'basedOn', 'val');
  }
  const own = styleXml(stylesXml, id);
  const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(stylesXml)?.[1] ?? '';
  const resolved: WordFormatting = {
    name: attr(own, 'name', 'val') ?? id,
    font: null,
    sizePt: null,
    bold: false,
    color: null,
    italic: false,
    spaceBeforePt: null,
    spaceAfterPt: null,
    lineSpacing: null,
    keepWithNext: false,
    keepLinesTogether: false,
    alignment: null,
    indentLeftCm: null,
    outlineLevel: null,
    basedOn: attr(own, 'basedOn', 'val'),
    next: attr(own, 'next', 'val'),
    language: null,
  };
  for (const layer of [defaults, ...chain].map(layerOf)) Object.assign(resolved, layer);
  return resolved;
}
