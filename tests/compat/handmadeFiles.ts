// Files no program on this machine writes on demand: OLE compound files (encrypted packages, .xls)
// and strict OOXML from a transitional package. Hand-made zips are in scripts/fixtures/handmadeZip.ts.

import JSZip from "jszip";

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
