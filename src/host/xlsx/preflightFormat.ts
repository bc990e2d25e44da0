// What a file that is not a zip package is instead, from its first bytes: an OLE compound file
// (an encrypted Office document or an old .xls), a web page or a text file saved under an .xlsx
// name, or a zip cut short. The answer names what to do about it.

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const SNIFF_BYTES = 8192;

export type ForeignFormat =
  | "empty"
  | "encrypted"
  | "xls"
  | "ole"
  | "truncated-zip"
  | "html"
  | "xml-spreadsheet"
  | "text"
  | "unknown";

export function foreignFormat(bytes: Uint8Array): ForeignFormat {
  if (bytes.byteLength === 0) return "empty";
  if (startsWith(bytes, OLE_MAGIC)) {
    // Stream names in a compound file's directory are UTF-16LE. Office stores an encrypted
    // .xlsx as a compound file with EncryptionInfo and EncryptedPackage streams ([MS-OFFCRYPTO]
    // 2.3.4); Excel 97–2003 keeps its cells in a stream named Workbook (Book before Excel 97).
    if (holdsUtf16Name(bytes, "EncryptionInfo") || holdsUtf16Name(bytes, "EncryptedPackage"))
      return "encrypted";
    if (holdsUtf16Name(bytes, "Workbook") || holdsUtf16Name(bytes, "Book")) return "xls";
    return "ole";
  }
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return "truncated-zip";
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return "unknown";
  const text = new TextDecoder("utf-8")
    .decode(head)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (/urn:schemas-microsoft-com:office:spreadsheet/.test(text)) return "xml-spreadsheet";
  if (/^<(!doctype\s+html|html|table|head|body|meta)\b/i.test(text) || /<html[\s>]/i.test(text))
    return "html";
  // Control characters other than tab, line feed and carriage return mean binary data.
  // eslint-disable-next-line no-control-regex -- exactly the control characters a text file lacks
  return /[\u0001-\u0008\u000b\u000c\u000e-\u001f]/.test(text) ? "unknown" : "text";
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function holdsUtf16Name(bytes: Uint8Array, name: string): boolean {
  // The names looked for are ASCII: each character is its code unit and a zero byte.
  const pattern = new Uint8Array(name.length * 2);
  for (let index = 0; index < name.length; index++) pattern[index * 2] = name.charCodeAt(index);
  const first = pattern[0] ?? 0;
  for (let offset = bytes.indexOf(first); offset >= 0; offset = bytes.indexOf(first, offset + 1)) {
    if (pattern.every((byte, index) => bytes[offset + index] === byte)) return true;
  }
  return false;
}
