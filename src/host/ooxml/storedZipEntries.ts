// The entries of a zip file as they are stored, read from its central directory (APPNOTE.TXT,
// sections 4.3.12 and 4.3.16): name, method, CRC-32, sizes, time and the compressed bytes (a view
// into the file, not a copy), so a save can write an entry it carries over without inflating and
// deflating it again. Only what an .xlsx uses is read: a zip64, encrypted or split archive gives
// undefined, and the caller saves through JSZip instead.

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

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const ENCRYPTED = 0x0001;
const SIZES_AFTER_DATA = 0x0008;

export function storedZipEntries(bytes: Uint8Array): StoredZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfCentralDirectory(view);
  if (end < 0) return undefined;
  const disk = view.getUint16(end + 4, true);
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (disk !== 0 || count === 0xffff || directoryOffset === ZIP64_MARK) return undefined;

  const names = new TextDecoder();
  const entries: StoredZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_DIRECTORY_HEADER)
      return undefined;
    const flags = view.getUint16(at + 8, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if ((flags & ENCRYPTED) !== 0) return undefined;
    if ([compressedSize, uncompressedSize, localOffset].includes(ZIP64_MARK)) return undefined;
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const data = localData(view, localOffset, compressedSize);
    if (data === undefined) return undefined;
    entries.push({
      name: names.decode(nameBytes),
      nameBytes,
      flags: flags & ~SIZES_AFTER_DATA,
      method: view.getUint16(at + 10, true),
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
      crc32: view.getUint32(at + 16, true),
      uncompressedSize,
      compressed: bytes.subarray(data, data + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The offset of the end-of-central-directory record, searched back over a comment; -1 if none. */
function endOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--)
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  return -1;
}

/** Where an entry's data starts, after its local header; undefined when the header is not there. */
function localData(view: DataView, offset: number, size: number): number | undefined {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL_FILE_HEADER)
    return undefined;
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  return start + size <= view.byteLength ? start : undefined;
}
