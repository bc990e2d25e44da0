// The entries of a zip file as they are stored, read from its central directory (APPNOTE.TXT,
// sections 4.3.12 and 4.3.16): name, method, CRC-32, sizes, time and the compressed bytes (a view
// into the file, not a copy), so a save can write an entry it carries over without inflating and
// deflating it again. Only what an .xlsx uses is read: a zip64, encrypted or split archive gives
// undefined, and the caller saves through JSZip instead. The directory is read by the preflight's
// reader (preflightZip.ts), the one reading of a zip's directory in the product.

import { entryData, readZipDirectory } from "../xlsx/preflightZip";

export interface StoredZipEntry {
  /** The name as written in the archive. */
  readonly name: string;
  readonly nameBytes: Uint8Array;
  /** General-purpose flags, bit 3 (sizes after the data) cleared: the writer puts them in the header. */
  readonly flags: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc32: number;
  readonly uncompressedSize: number;
  readonly compressed: Uint8Array;
}

const SIZES_AFTER_DATA = 0x0008;

export function storedZipEntries(bytes: Uint8Array): StoredZipEntry[] | undefined {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return undefined;
  const entries: StoredZipEntry[] = [];
  for (const entry of directory.entries) {
    if (entry.encrypted) return undefined;
    const compressed = entryData(bytes, entry);
    if (compressed === undefined) return undefined;
    entries.push({
      name: entry.name,
      nameBytes: entry.nameBytes,
      flags: entry.flags & ~SIZES_AFTER_DATA,
      method: entry.method,
      dosTime: entry.dosTime,
      dosDate: entry.dosDate,
      crc32: entry.crc32,
      uncompressedSize: entry.uncompressedSize,
      compressed,
    });
  }
  return entries;
}
