// `npm run icons`: draws assets/color.png and assets/outline.png (see icons.ts). The colour
// icon's background is the manifest's accentColor, so the two never disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import { renderColorIcon, renderOutlineIcon } from './icons';

const root = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(resolve(root, 'manifest/manifest.json'), 'utf8')) as {
  accentColor: string;
};

for (const [file, png] of [
  ['assets/color.png', renderColorIcon(manifest.accentColor)],
  ['assets/outline.png', renderOutlineIcon()],
] as const) {
  writeFileSync(resolve(root, file), PNG.sync.write(png));
  console.log(`Wrote ${file} (${png.width}×${png.height})`);
}
