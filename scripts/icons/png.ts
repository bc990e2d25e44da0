// A minimal PNG writer and header reader (RGBA, 8 bits per channel, no interlace). Node's zlib does
// the deflate and the CRC, so the icons need no image tool at build time or in CI.
import { crc32, deflateSync } from "node:zlib";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_TYPE_RGBA = 6;
const BYTES_PER_PIXEL = 4;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes `rgba` (row-major, 4 bytes a pixel, not premultiplied) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * BYTES_PER_PIXEL) {
    throw new RangeError(
      `encodePng: expected ${width * height * BYTES_PER_PIXEL} bytes, got ${rgba.length}`,
    );
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(COLOUR_TYPE_RGBA, 9);
  // bytes 10–12: compression 0, filter method 0, no interlace
  const rowBytes = width * BYTES_PER_PIXEL;
  const scanlines = Buffer.alloc(height * (rowBytes + 1));
  for (let y = 0; y < height; y += 1) {
    // Filter type 0 (none) per row: the images are tiny, so smarter filters save nothing worth code.
    scanlines.writeUInt8(0, y * (rowBytes + 1));
    scanlines.set(rgba.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(scanlines, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export interface PngSize {
  readonly width: number;
  readonly height: number;
}

/** Reads the pixel size from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function readPngSize(file: Uint8Array): PngSize {
  const bytes = Buffer.from(file);
  if (
    bytes.length < 24 ||
    !bytes.subarray(0, 8).equals(PNG_SIGNATURE) ||
    bytes.toString("ascii", 12, 16) !== "IHDR"
  ) {
    throw new TypeError("readPngSize: not a PNG file");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
