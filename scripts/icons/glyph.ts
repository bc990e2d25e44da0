// The add-in's icon: two cities (white skylines) joined by a bridge (gold arc) on a blue tile —
// city-to-city partnership at a glance. Shapes live in a unit square (y grows downwards) and are
// rasterised at each size Office asks for, so the 16 px ribbon icon is drawn for 16 px, not shrunk.

type Rgb = readonly [number, number, number];

const TILE_BLUE: Rgb = [0x17, 0x52, 0x8c];
const SKYLINE_WHITE: Rgb = [0xff, 0xff, 0xff];
const BRIDGE_GOLD: Rgb = [0xf5, 0xb8, 0x2e];

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

type Shape =
  | { readonly kind: "box"; readonly box: Box; readonly cornerRadius: number; readonly colour: Rgb }
  /** The upper half of a ring: the bridge. */
  | {
      readonly kind: "arch";
      readonly centreX: number;
      readonly centreY: number;
      readonly radius: number;
      readonly thickness: number;
      readonly colour: Rgb;
    };

interface Layer {
  readonly shape: Shape;
  /** Details (windows) are only drawn where they are at least ~2 px wide. */
  readonly minSize: number;
}

// Coordinates are in sixteenths of the icon, so edges fall on whole pixels at 16, 32, 64 and 80 px.
const UNIT = 1 / 16;
const GROUND = 14 * UNIT;

function building(left: number, top: number, right: number): Layer {
  return {
    shape: {
      kind: "box",
      box: { left: left * UNIT, top: top * UNIT, right: right * UNIT, bottom: GROUND },
      cornerRadius: 0,
      colour: SKYLINE_WHITE,
    },
    minSize: 0,
  };
}

/** One window per floor down the middle of a tower, drawn from 64 px up (where a window is 2 px tall). */
function windowsOf(left: number, right: number, top: number): Layer[] {
  const width = UNIT;
  const height = 0.5 * UNIT;
  const centre = ((left + right) / 2) * UNIT;
  const layers: Layer[] = [];
  for (let y = (top + 1) * UNIT; y + height <= GROUND - UNIT; y += UNIT) {
    layers.push({
      shape: {
        kind: "box",
        box: { left: centre - width / 2, top: y, right: centre + width / 2, bottom: y + height },
        cornerRadius: 0,
        colour: TILE_BLUE,
      },
      minSize: 64,
    });
  }
  return layers;
}

/** Painted in order: later layers cover earlier ones. */
const LAYERS: readonly Layer[] = [
  {
    shape: {
      kind: "box",
      box: { left: 0, top: 0, right: 1, bottom: 1 },
      cornerRadius: 3 * UNIT,
      colour: TILE_BLUE,
    },
    minSize: 0,
  },
  // The bridge's ends disappear behind the towers, so it reads as one span from city to city.
  {
    shape: {
      kind: "arch",
      centreX: 8 * UNIT,
      centreY: 9 * UNIT,
      radius: 3 * UNIT,
      thickness: 2 * UNIT,
      colour: BRIDGE_GOLD,
    },
    minSize: 0,
  },
  // Each city: a tower with a lower annex on the outer side.
  building(2, 9, 3),
  building(3, 4, 6),
  building(10, 3, 13),
  building(13, 8, 14),
  ...windowsOf(3, 6, 4),
  ...windowsOf(10, 13, 3),
];

function insideBox(shape: { box: Box; cornerRadius: number }, x: number, y: number): boolean {
  const { box, cornerRadius } = shape;
  if (x < box.left || x >= box.right || y < box.top || y >= box.bottom) return false;
  // Distance from the nearest corner centre decides the rounded corners.
  const cornerX = Math.min(Math.max(x, box.left + cornerRadius), box.right - cornerRadius);
  const cornerY = Math.min(Math.max(y, box.top + cornerRadius), box.bottom - cornerRadius);
  return (x - cornerX) ** 2 + (y - cornerY) ** 2 <= cornerRadius ** 2;
}

function colourAt(x: number, y: number, size: number): Rgb | undefined {
  let colour: Rgb | undefined;
  for (const { shape, minSize } of LAYERS) {
    if (size < minSize) continue;
    const hit =
      shape.kind === "box"
        ? insideBox(shape, x, y)
        : y <= shape.centreY &&
          Math.abs(Math.hypot(x - shape.centreX, y - shape.centreY) - shape.radius) <=
            shape.thickness / 2;
    if (hit) colour = shape.colour;
  }
  return colour;
}

/** Samples per pixel along each axis: 8 × 8 gives smooth edges even at 16 px. */
const SUPERSAMPLING = 8;

/** Renders the glyph as `size` × `size` RGBA pixels (straight alpha). */
export function renderGlyph(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLING; sx += 1) {
          const colour = colourAt(
            (column + (sx + 0.5) / SUPERSAMPLING) / size,
            (row + (sy + 0.5) / SUPERSAMPLING) / size,
            size,
          );
          if (colour === undefined) continue;
          red += colour[0];
          green += colour[1];
          blue += colour[2];
          covered += 1;
        }
      }
      const offset = (row * size + column) * 4;
      if (covered > 0) {
        pixels[offset] = Math.round(red / covered);
        pixels[offset + 1] = Math.round(green / covered);
        pixels[offset + 2] = Math.round(blue / covered);
        pixels[offset + 3] = Math.round((255 * covered) / samples);
      }
    }
  }
  return pixels;
}

/** The sizes the manifest references: 16/32/80 ribbon, 32 icon, 64 high-resolution icon. */
export const ICON_SIZES = [16, 32, 64, 80] as const;

export function iconFileName(size: number): string {
  return `icon-${size}.png`;
}
