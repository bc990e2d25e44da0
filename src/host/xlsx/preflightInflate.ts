// Inflating one zip entry with its size capped while it inflates: a zip's declared sizes can lie,
// so inflation stops at the first byte past the size the directory declared, whatever the stream
// would still produce, and memory stays bounded by the limits the declared sizes passed. The
// preflight takes the way to inflate from its host (PartInflater): this one uses the web platform's
// DecompressionStream and a CRC-32 in JavaScript, which the pane's browsers and Node (18+) both
// have; the runner passes Node's zlib instead (preflightInflateNode.ts), native and synchronous.

import type { ZipEntry } from "./preflightZip";

const INPUT_CHUNK_BYTES = 64 * 1024;

export type Inflated =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | {
      readonly ok: false;
      readonly fault: "larger-than-declared" | "damaged";
      readonly detail: string;
    };

/** How a host inflates an entry: at most its declared size, checked against its CRC-32. */
export interface PartInflater {
  inflate(entry: ZipEntry, compressed: Uint8Array): Promise<Inflated> | Inflated;
}

export const WEB_INFLATER: PartInflater = { inflate: inflateEntry };

export async function inflateEntry(entry: ZipEntry, compressed: Uint8Array): Promise<Inflated> {
  const bytes =
    entry.method === 0 ? compressed.slice() : await inflateRaw(compressed, entry.uncompressedSize);
  if (!(bytes instanceof Uint8Array)) return bytes;
  return checkedInflation(entry, bytes, crc32);
}

/** The inflated bytes judged against the entry's declared size and CRC-32. */
export function checkedInflation(
  entry: ZipEntry,
  bytes: Uint8Array,
  crcOf: (bytes: Uint8Array) => number,
): Inflated {
  if (bytes.byteLength !== entry.uncompressedSize)
    return {
      ok: false,
      fault: "damaged",
      detail: `${bytes.byteLength} bytes, ${entry.uncompressedSize} declared`,
    };
  if (crcOf(bytes) !== entry.crc32)
    return { ok: false, fault: "damaged", detail: "CRC-32 mismatch" };
  return { ok: true, bytes };
}

export function largerThanDeclared(declaredSize: number): Inflated {
  return {
    ok: false,
    fault: "larger-than-declared",
    detail: `inflates past its declared ${declaredSize} bytes`,
  };
}

async function inflateRaw(
  compressed: Uint8Array,
  declaredSize: number,
): Promise<Uint8Array | Inflated> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // Written in chunks while the output is read, so a stopped read also stops the inflation.
  const writing = (async () => {
    for (let offset = 0; offset < compressed.byteLength; offset += INPUT_CHUNK_BYTES)
      await writer.write(compressed.slice(offset, offset + INPUT_CHUNK_BYTES));
    await writer.close();
  })().catch(() => undefined);
  const reader = stream.readable.getReader();
  const output = new Uint8Array(declaredSize);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.byteLength > declaredSize) {
        await reader.cancel();
        return largerThanDeclared(declaredSize);
      }
      output.set(value, length);
      length += value.byteLength;
    }
  } catch (error: unknown) {
    await writing;
    return { ok: false, fault: "damaged", detail: `deflate stream: ${String(error)}` };
  }
  await writing;
  return output.subarray(0, length);
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (ISO 3309, as zip uses it). */
export function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, index) => {
    let value = index;
    for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    return value >>> 0;
  });
  const table = crcTable;
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
