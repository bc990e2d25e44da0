// The zip's own directory, read from the bytes without a zip library, so the sizes a package declares
// can be judged before anything is inflated. Layout: PKWARE APPNOTE.TXT, sections 4.3.7 (local file
// header), 4.3.12 (central directory header) and 4.3.16 (end of central directory record).

const END_OF_DIRECTORY_SIGNATURE = 0x06054b50;
const DIRECTORY_ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const END_OF_DIRECTORY_SIZE = 22;
const MAX_COMMENT_SIZE = 0xffff;
const DIRECTORY_ENTRY_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const ENCRYPTED_FLAG = 0x0001;
const UTF8_NAME_FLAG = 0x0800;

export interface ZipEntry {
  /** The name as stored, e.g. "xl/workbook.xml" (some writers put a "/" in front). */
  readonly name: string;
  /** The name's bytes as stored, for a writer that copies the entry. */
  readonly nameBytes: Uint8Array;
  /** The general-purpose bit flags. */
  readonly flags: number;
  /** 0 stored, 8 deflated; anything else is refused. */
  readonly method: number;
  readonly encrypted: boolean;
  /** The entry's modification time and date, in MS-DOS format. */
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Why a zip directory cannot be read, in words for the user. */
export type ZipDirectoryFault = "no-directory" | "zip64" | "multi-disk" | "damaged";

export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly fault: ZipDirectoryFault; readonly detail: string };

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return { ok: false, fault: "no-directory", detail: "no end of central directory" };
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR_SIGNATURE)
    return { ok: false, fault: "zip64", detail: "zip64 end of central directory locator" };
  const disk = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    return { ok: false, fault: "zip64", detail: "zip64 sizes in the end of central directory" };
  if (disk !== 0 || directoryDisk !== 0 || view.getUint16(end + 8, true) !== count)
    return {
      ok: false,
      fault: "multi-disk",
      detail: `disk ${disk}, directory on ${directoryDisk}`,
    };
  if (offset + size > end)
    return { ok: false, fault: "damaged", detail: "central directory beyond its end record" };

  const entries: ZipEntry[] = [];
  let position = offset;
  for (let index = 0; index < count; index++) {
    if (
      position + DIRECTORY_ENTRY_SIZE > end ||
      view.getUint32(position, true) !== DIRECTORY_ENTRY_SIGNATURE
    )
      return { ok: false, fault: "damaged", detail: `central directory entry ${index} is missing` };
    const flags = view.getUint16(position + 8, true);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const nameBytes = bytes.subarray(
      position + DIRECTORY_ENTRY_SIZE,
      position + DIRECTORY_ENTRY_SIZE + nameLength,
    );
    const entry: ZipEntry = {
      // Names without the UTF-8 flag are CP437; the names of package parts are ASCII in both.
      name: new TextDecoder((flags & UTF8_NAME_FLAG) !== 0 ? "utf-8" : "latin1").decode(nameBytes),
      nameBytes,
      flags,
      method: view.getUint16(position + 10, true),
      encrypted: (flags & ENCRYPTED_FLAG) !== 0,
      dosTime: view.getUint16(position + 12, true),
      dosDate: view.getUint16(position + 14, true),
      crc32: view.getUint32(position + 16, true),
      compressedSize: view.getUint32(position + 20, true),
      uncompressedSize: view.getUint32(position + 24, true),
      localHeaderOffset: view.getUint32(position + 42, true),
    };
    if (
      entry.compressedSize === 0xffffffff ||
      entry.uncompressedSize === 0xffffffff ||
      entry.localHeaderOffset === 0xffffffff
    )
      return { ok: false, fault: "zip64", detail: `zip64 sizes for ${entry.name}` };
    entries.push(entry);
    position += DIRECTORY_ENTRY_SIZE + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The entry's compressed bytes, found through its local header; undefined when they are not all there. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (
    header + LOCAL_HEADER_SIZE > bytes.byteLength ||
    view.getUint32(header, true) !== LOCAL_HEADER_SIGNATURE
  )
    return undefined;
  const start =
    header +
    LOCAL_HEADER_SIZE +
    view.getUint16(header + 26, true) +
    view.getUint16(header + 28, true);
  const stop = start + entry.compressedSize;
  return stop > bytes.byteLength ? undefined : bytes.subarray(start, stop);
}

/** Offset of the end of central directory record, searched from the end past any comment; -1 if none. */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - END_OF_DIRECTORY_SIZE;
  const first = Math.max(0, last - MAX_COMMENT_SIZE);
  for (let offset = last; offset >= first; offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY_SIGNATURE) return offset;
  }
  return -1;
}
