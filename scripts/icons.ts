// The app's two icons, drawn in code so they can be regenerated exactly (`npm run icons`):
// a checklist, three ticked rows. Teams wants a 192×192 colour icon (the mark on the app's
// accent colour) and a 32×32 outline icon (white on transparent) — TEAMS-NOTES.md, "The app package".
import { PNG } from 'pngjs';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

type Point = readonly [number, number];
type Segment = readonly [Point, Point];
type Box = { left: number; top: number; size: number };

/** Stroke half-width, in the glyph's unit square. */
const STROKE = 0.06;
const ROWS = [0.16, 0.5, 0.84];

/** The glyph in the unit square: per row a tick on the left and a line to the right. */
function checklistSegments(): Segment[] {
  return ROWS.flatMap((y): Segment[] => {
    const tickBottom: Point = [0.1, y + 0.08];
    return [
      [[0.0, y - 0.01], tickBottom],
      [tickBottom, [0.26, y - 0.1]],
      [
        [0.42, y],
        [1.0, y],
      ],
    ];
  });
}

function distanceToSegment([px, py]: Point, [[ax, ay], [bx, by]]: Segment): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * How much of each pixel the glyph covers (0–1), from 8×8 samples per pixel: smooth edges
 * without a drawing library. The glyph's unit square, strokes included, fills `box`.
 */
function coverage(size: number, box: Box): Float64Array {
  const segments = checklistSegments();
  const samples = 8;
  const result = new Float64Array(size * size);
  // The strokes reach STROKE beyond the unit square; scale so that they stay inside the box.
  const scale = box.size / (1 + 2 * STROKE);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inside = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const point: Point = [
            (x + (sx + 0.5) / samples - box.left) / scale - STROKE,
            (y + (sy + 0.5) / samples - box.top) / scale - STROKE,
          ];
          if (segments.some((segment) => distanceToSegment(point, segment) <= STROKE)) inside++;
        }
      }
      result[y * size + x] = inside / (samples * samples);
    }
  }
  return result;
}

function parseHexColor(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [1, 2, 3].map((i) => parseInt(match[i] ?? '0', 16)) as [number, number, number];
}

/** The colour icon: the white mark, centred in Teams' safe area, on the accent colour. */
export function renderColorIcon(accentColor: string): PNG {
  const size = COLOR_ICON_SIZE;
  const [r, g, b] = parseHexColor(accentColor);
  const markSize = 112;
  const cover = coverage(size, {
    left: (size - markSize) / 2,
    top: (size - markSize) / 2,
    size: markSize,
  });
  const png = new PNG({ width: size, height: size });
  cover.forEach((c, i) => {
    png.data[i * 4] = Math.round(r + (255 - r) * c);
    png.data[i * 4 + 1] = Math.round(g + (255 - g) * c);
    png.data[i * 4 + 2] = Math.round(b + (255 - b) * c);
    png.data[i * 4 + 3] = 255;
  });
  return png;
}

/** The outline icon: white, with the glyph's coverage as alpha, on transparent. */
export function renderOutlineIcon(): PNG {
  const size = OUTLINE_ICON_SIZE;
  const cover = coverage(size, { left: 2, top: 2, size: size - 4 });
  const png = new PNG({ width: size, height: size });
  cover.forEach((c, i) => {
    png.data[i * 4] = 255;
    png.data[i * 4 + 1] = 255;
    png.data[i * 4 + 2] = 255;
    png.data[i * 4 + 3] = Math.round(255 * c);
  });
  return png;
}
