// Reads a .docx back the way a test needs it: the paragraphs of a part with their style and
// text. Test support only (it uses jszip, a dev dependency); the memo itself never reads docx.
import JSZip from 'jszip';

export type DocxRun = { style: string | null; text: string };
export type DocxParagraph = { style: string | null; text: string; runs: DocxRun[] };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The text of a run: `w:t` as written, `w:tab` as a tab, `w:br` as a line feed. */
function runText(runXml: string): string {
  let text = '';
  for (const token of runXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    if (token[0] === '<w:tab/>') text += '\t';
    else if (token[0] === '<w:br/>') text += '\n';
    else text += decodeXml(token[1] ?? '');
  }
  return text;
}

/** Every `w:p` of an XML part in document order (table cells included), with style and text. */
export function paragraphsOf(xml: string): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  for (const match of xml.matchAll(/<w:p(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const body = match[1] ?? '';
    const style = /<w:pStyle w:val="([^"]*)"\/>/.exec(body)?.[1] ?? null;
    const runs: DocxRun[] = [];
    for (const run of body.matchAll(/<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g)) {
      const runBody = run[1] ?? '';
      runs.push({
        style: /<w:rStyle w:val="([^"]*)"\/>/.exec(runBody)?.[1] ?? null,
        text: runText(runBody),
      });
    }
    paragraphs.push({ style, text: runs.map((r) => r.text).join(''), runs });
  }
  return paragraphs;
}

/** The parts of a .docx package by name, as text. */
export async function readDocxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) parts.set(name, await file.async('string'));
  }
  return parts;
}

/** One part's XML; throws when the package lacks it, so a test fails with the part's name. */
export function partXml(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`${name} is not in the package`);
  return xml;
}
