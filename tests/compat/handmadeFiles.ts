// Files no program on this machine writes on demand, built byte by byte: zips with chosen names,
// sizes and compressed data (duplicates, absolute names, decompression bombs), OLE compound files
// (encrypted packages, .xls), strict OOXML from a transitional package, and damaged zips.

import { deflateRawSync, constants } from "node:zlib";
import JSZip from "jszip";
import { crc32 } from "../../src/host/xlsx/preflightInflate";

export interface HandmadeEntry {
  readonly name: string;
  /** The bytes as stored in the zip (compressed when method is 8). */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  readonly crc32: number;
  /** What the directory declares; a bomb may lie. */
  readonly uncompressedSize: number;
}

export function storedEntry(name: string, content: string | Uint8Array): HandmadeEntry {
  const data = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { name, data, method: 0, crc32: crc32(data), uncompressedSize: data.byteLength };
}

/** A zip of these entries, local headers, central directory and end record as APPNOTE.TXT lays them out. */
export function handmadeZip(entries: readonly HandmadeEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(14, entry.crc32, true);
    local.setUint32(18, entry.data.byteLength, true);
    local.setUint32(22, entry.uncompressedSize, true);
    local.setUint16(26, name.byteLength, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, 0x0800, true);
    central.setUint16(10, entry.method, true);
    central.setUint32(16, entry.crc32, true);
    central.setUint32(20, entry.data.byteLength, true);
    central.setUint32(24, entry.uncompressedSize, true);
    central.setUint16(28, name.byteLength, true);
    central.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.data);
    directory.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.byteLength + entry.data.byteLength;
  }
  const directorySize = directory.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  return concat([...chunks, ...directory, new Uint8Array(end.buffer)]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>`;

/**
 * A decompression bomb: a package whose one sheet part inflates to `inflatedMegabytes` MB of
 * zeros from about a thousandth of that. The deflate data is one megabyte's blocks, fully
 * flushed (so each copy stands alone), repeated; the directory declares `declaredSize`.
 */
export function decompressionBomb(inflatedMegabytes: number, declaredSize: number): Uint8Array {
  const megabyte = deflateRawSync(new Uint8Array(1024 * 1024), {
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const finalEmptyBlock = Uint8Array.from([0x03, 0x00]);
  const data = concat([
    ...Array.from({ length: inflatedMegabytes }, () => megabyte),
    finalEmptyBlock,
  ]);
  return handmadeZip([
    storedEntry("[Content_Types].xml", CONTENT_TYPES),
    storedEntry("xl/workbook.xml", WORKBOOK),
    { name: "xl/worksheets/sheet1.xml", data, method: 8, crc32: 0, uncompressedSize: declaredSize },
  ]);
}

/** A minimal package with these extra parts, for name and structure refusals. */
export function minimalPackage(extra: readonly HandmadeEntry[]): Uint8Array {
  return handmadeZip([
    storedEntry("[Content_Types].xml", CONTENT_TYPES),
    storedEntry("xl/workbook.xml", WORKBOOK),
    ...extra,
  ]);
}

/**
 * An OLE compound file holding streams of these names: the 512-byte header ([MS-CFB] 2.2) and one
 * directory sector of 128-byte entries, names in UTF-16LE. Enough for a reader that detects the
 * container and its streams; no stream data.
 */
export function oleContainer(streamNames: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(512 + 512);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(0x18, 0x003e, true);
  view.setUint16(0x1a, 0x0003, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x30, 0, true);
  ["Root Entry", ...streamNames].slice(0, 4).forEach((name, index) => {
    const entry = 512 + index * 128;
    for (let character = 0; character < name.length; character++)
      view.setUint16(entry + character * 2, name.charCodeAt(character), true);
    view.setUint16(entry + 64, (name.length + 1) * 2, true);
    bytes[entry + 66] = index === 0 ? 5 : 2;
  });
  return bytes;
}

/** The package with every transitional namespace written as strict OOXML names it. */
export async function strictFromTransitional(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const part of zip.file(/\.(xml|rels)$/)) {
    const xml = await part.async("string");
    zip.file(
      part.name,
      xml.replace(
        /http:\/\/schemas\.openxmlformats\.org\/(spreadsheetml|drawingml|officeDocument)\/2006\/([\w-]+)(\/[\w-]+)?/g,
        (_, family: string, first: string, rest: string | undefined) => {
          const spell = (name: string): string =>
            name === "extended-properties"
              ? "extendedProperties"
              : name === "custom-properties"
                ? "customProperties"
                : name;
          const second = rest === undefined ? "" : `/${spell(rest.slice(1))}`;
          return `http://purl.oclc.org/ooxml/${family}/${spell(first)}${second}`;
        },
      ),
    );
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
