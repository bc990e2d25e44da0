// The runner's way to inflate a zip entry for the preflight (PartInflater, preflightInflate.ts):
// Node's zlib, native and synchronous, several times faster than the web streams and the CRC-32 in
// JavaScript the pane uses. The cap is zlib's own: `maxOutputLength` stops the inflation at the
// entry's declared size (zlib throws ERR_BUFFER_TOO_LARGE as soon as its output would pass it), so
// a decompression bomb costs no more memory than the limits its declared sizes passed. Node only:
// the runner's entries (src/cli) pass it; nothing in the pane imports this file.

import { crc32, inflateRawSync } from "node:zlib";
import {
  checkedInflation,
  largerThanDeclared,
  type Inflated,
  type PartInflater,
} from "./preflightInflate";
import type { ZipEntry } from "./preflightZip";

export const NODE_INFLATER: PartInflater = { inflate: inflateEntrySync };

export function inflateEntrySync(entry: ZipEntry, compressed: Uint8Array): Inflated {
  let bytes: Uint8Array;
  if (entry.method === 0) bytes = compressed.slice();
  else {
    try {
      // zlib wants a cap of at least one byte; an empty part inflating to one is past its size.
      bytes = inflateRawSync(compressed, {
        maxOutputLength: Math.max(1, entry.uncompressedSize),
      });
    } catch (error: unknown) {
      if ((error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE")
        return largerThanDeclared(entry.uncompressedSize);
      return { ok: false, fault: "damaged", detail: `deflate stream: ${String(error)}` };
    }
    if (bytes.byteLength > entry.uncompressedSize)
      return largerThanDeclared(entry.uncompressedSize);
  }
  return checkedInflation(entry, bytes, crc32);
}
