// The save's own zip step (storedZipEntries.ts, zipWriter.ts), checked against readers we did not
// write: JSZip and Debian's Python zipfile (which checks every entry's CRC-32).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { storedZipEntries } from "../../../src/host/ooxml/storedZipEntries";
import { writeZip, type ZipEntry } from "../../../src/host/ooxml/zipWriter";
import { EXCEL_MADE } from "./graftSheet";

const PYTHON = "/usr/bin/python3";

/** Each entry's name and uncompressed bytes as Python's zipfile reads them (testzip first). */
function readByPython(bytes: Uint8Array): Map<string, Buffer> {
  const directory = mkdtempSync(join(tmpdir(), "c2c-zip-"));
  try {
    const path = join(directory, "written.zip");
    writeFileSync(path, bytes);
    const script = [
      "import base64, json, sys, zipfile",
      "z = zipfile.ZipFile(sys.argv[1])",
      "assert z.testzip() is None",
      "print(json.dumps([[i.filename, base64.b64encode(z.read(i)).decode()] for i in z.infolist()]))",
    ].join("\n");
    const result = spawnSync(PYTHON, ["-c", script, path], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(result.stderr);
    const entries = JSON.parse(result.stdout) as [string, string][];
    return new Map(entries.map(([name, data]) => [name, Buffer.from(data, "base64")]));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function readByJsZip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files))
    entries.set(name, Buffer.from(await file.async("uint8array")));
  return entries;
}

const corpus = readdirSync(EXCEL_MADE)
  .filter((name) => name.endsWith(".xlsx"))
  .sort()
  .slice(0, 12);

describe("the save's zip writer", () => {
  it.each(corpus)(
    "carries every entry of %s over with its compressed bytes, read alike by JSZip and Python",
    async (name) => {
      const input = new Uint8Array(readFileSync(join(EXCEL_MADE, name)));
      const stored = storedZipEntries(input);
      expect(stored).toBeDefined();
      const output = writeZip(stored ?? []);
      expect(output).toBeDefined();
      const expected = await readByJsZip(input);
      expect(await readByJsZip(output ?? new Uint8Array())).toEqual(expected);
      expect(readByPython(output ?? new Uint8Array())).toEqual(expected);
      const again = storedZipEntries(output ?? new Uint8Array()) ?? [];
      expect(
        again.map((entry) => [entry.name, entry.crc32, Buffer.from(entry.compressed)]),
      ).toEqual(
        (stored ?? []).map((entry) => [entry.name, entry.crc32, Buffer.from(entry.compressed)]),
      );
    },
  );

  it("deflates new entries, UTF-8 names and text included, after the carried ones", async () => {
    const input = new Uint8Array(readFileSync(join(EXCEL_MADE, corpus[0] ?? "")));
    const stored = storedZipEntries(input) ?? [];
    const sheet = `<worksheet>${"<row><c><is><t>São Tomé – 3 €</t></is></c></row>".repeat(2000)}</worksheet>`;
    const entries: ZipEntry[] = [
      ...stored,
      { name: "xl/worksheets/sheet99.xml", text: sheet },
      { name: "customXml/élément.xml", text: "<a>ü</a>" },
      { name: "empty.xml", text: "" },
    ];
    const output =
      writeZip(entries, new Date(Date.UTC(2026, 11, 3, 7, 30, 10))) ?? new Uint8Array();
    const read = readByPython(output);
    expect([...read.keys()]).toEqual(entries.map((entry) => entry.name));
    expect(read.get("xl/worksheets/sheet99.xml")?.toString("utf8")).toBe(sheet);
    expect(read.get("customXml/élément.xml")?.toString("utf8")).toBe("<a>ü</a>");
    expect(read.get("empty.xml")?.length).toBe(0);
    expect((await readByJsZip(output)).get("customXml/élément.xml")?.toString("utf8")).toBe(
      "<a>ü</a>",
    );
    // Deflated: the repeated row compresses to a small fraction of its 100 kB.
    const written = storedZipEntries(output)?.find((entry) => entry.name.endsWith("sheet99.xml"));
    expect(written?.method).toBe(8);
    expect(written?.compressed.length).toBeLessThan(Buffer.byteLength(sheet) / 20);
    // 07:30:10 UTC on 3 December 2026, in MS-DOS form.
    expect(written?.dosTime).toBe((7 << 11) | (30 << 5) | 5);
    expect(written?.dosDate).toBe(((2026 - 1980) << 9) | (12 << 5) | 3);
  });

  it("takes no archive it cannot read whole, so the save falls back to JSZip", () => {
    const input = new Uint8Array(readFileSync(join(EXCEL_MADE, corpus[0] ?? "")));
    expect(storedZipEntries(new TextEncoder().encode("not a zip file at all"))).toBeUndefined();
    expect(storedZipEntries(input.subarray(0, input.length - 30))).toBeUndefined();
    const encrypted = new Uint8Array(input);
    const view = new DataView(encrypted.buffer);
    const end = encrypted.length - 22;
    const directory = view.getUint32(end + 16, true);
    view.setUint16(directory + 8, view.getUint16(directory + 8, true) | 1, true);
    expect(storedZipEntries(encrypted)).toBeUndefined();
  });
});
