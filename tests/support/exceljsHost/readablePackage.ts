// A preflighted package as ExcelJS can read it: the file itself when the preflight changed nothing,
// else a new (stored, uncompressed) zip of the normalised parts, since ExcelJS resolves only
// relative targets, looks parts up by Excel's spelling and knows no strict namespaces. The runner
// never needs this (our reader takes the parts, the save the file's own entries); ExcelJS, in the
// tests and the bench, does.

import JSZip from "jszip";
import type { Preflight } from "../../../src/host/xlsx/preflight";

export async function readablePackage(
  checked: Extract<Preflight, { ok: true }>,
): Promise<Uint8Array> {
  if (checked.rewrites.length === 0) return checked.bytes;
  const zip = new JSZip();
  for (const [name, bytes] of checked.parts) zip.file(name, bytes, { binary: true });
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}
