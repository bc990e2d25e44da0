// The committed icons are exactly what scripts/drawIcons.ts draws, and the PNG writer's output
// decodes back to the rendered pixels (checked with an independent reader built on zlib.inflate).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, inflateSync } from "node:zlib";
import { ASSETS_DIRECTORY, writeIcons } from "../../scripts/drawIcons";
import { ICON_SIZES, iconFileName, renderGlyph } from "../../scripts/icons/glyph";
import { encodePng, readPngSize } from "../../scripts/icons/png";

interface DecodedPng {
  readonly width: number;
  readonly height: number;
  readonly colourType: number;
  readonly rgba: Uint8Array;
}

/** Decodes an 8-bit, non-interlaced PNG whose rows all use filter 0, checking every chunk's CRC. */
function decodePng(file: Buffer): DecodedPng {
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString("ascii", offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    expect(file.readUInt32BE(offset + 8 + length)).toBe(
      crc32(file.subarray(offset + 4, offset + 8 + length)),
    );
    if (type === "IHDR") header = body;
    if (type === "IDAT") data.push(body);
    offset += 12 + length;
  }
  if (header === undefined) throw new Error("no IHDR");
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const scanlines = inflateSync(Buffer.concat(data));
  const rgba = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    const start = row * (width * 4 + 1);
    expect(scanlines[start]).toBe(0);
    rgba.set(scanlines.subarray(start + 1, start + 1 + width * 4), row * width * 4);
  }
  return { width, height, colourType: header.readUInt8(9), rgba };
}

function pixel(rgba: Uint8Array, size: number, x: number, y: number): number[] {
  const offset = (y * size + x) * 4;
  return [...rgba.subarray(offset, offset + 4)];
}

describe("icons", () => {
  it("committed PNGs are byte for byte what scripts/drawIcons.ts writes", () => {
    const directory = mkdtempSync(join(tmpdir(), "c2c-icons-"));
    try {
      const written = writeIcons(directory);
      expect(written).toHaveLength(ICON_SIZES.length);
      for (const size of ICON_SIZES) {
        expect(
          readFileSync(join(directory, iconFileName(size))).equals(
            readFileSync(join(ASSETS_DIRECTORY, iconFileName(size))),
          ),
        ).toBe(true);
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it.each(ICON_SIZES.map((size) => [size]))(
    "the %i px PNG decodes to the rendered RGBA pixels",
    (size) => {
      const decoded = decodePng(readFileSync(join(ASSETS_DIRECTORY, iconFileName(size))));
      expect({
        width: decoded.width,
        height: decoded.height,
        colourType: decoded.colourType,
      }).toEqual({ width: size, height: size, colourType: 6 });
      expect(Buffer.from(decoded.rgba).equals(Buffer.from(renderGlyph(size)))).toBe(true);
    },
  );

  it.each(ICON_SIZES.map((size) => [size]))(
    "the %i px glyph: transparent corners, blue tile, white towers, gold bridge",
    (size) => {
      const rgba = renderGlyph(size);
      const at = (x: number, y: number) =>
        pixel(rgba, size, Math.floor(x * size), Math.floor(y * size));
      // The corner pixel lies (almost) outside the rounded corner: at 16 px a sliver of the 3 px radius reaches it.
      expect(at(0, 0)[3]).toBeLessThanOrEqual(8);
      expect(at(0.5, 0.08)).toEqual([0x17, 0x52, 0x8c, 255]); // tile above the bridge
      expect(at(3.5 / 16, 12 / 16)).toEqual([255, 255, 255, 255]); // first tower
      expect(at(12.5 / 16, 12 / 16)).toEqual([255, 255, 255, 255]); // second tower
      expect(at(0.5, 6.5 / 16)).toEqual([0xf5, 0xb8, 0x2e, 255]); // the bridge at its crown
    },
  );

  it("encodePng refuses pixel data of the wrong length, and readPngSize refuses non-PNG bytes", () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(RangeError);
    expect(() => readPngSize(Buffer.from("GIF89a not a png at all"))).toThrow("not a PNG");
    expect(readPngSize(encodePng(3, 2, new Uint8Array(24)))).toEqual({ width: 3, height: 2 });
  });
});
