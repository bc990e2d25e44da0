// One pass over the package (decision 0038): the runner inflates with Node's zlib what the pane
// inflates with web streams, part for part, on files Excel, openpyxl and LibreOffice wrote; and a
// scored copy of another program's file is the input's own zip entries, compressed bytes and all,
// but for the parts the save wrote and the ones the preflight normalised (openpyxl's absolute
// targets, odd-case names), which are written as the preflight left them, under canonical names.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { englishText } from "../../../src/engine/language/problemTexts";
import { readScored } from "../../../src/app/scoredReading";
import { writeScores } from "../../../src/app/writeScores";
import { PackageWorkbook } from "../../../src/host/ooxml/packageWorkbook";
import { preflightPackage, type Preflight } from "../../../src/host/xlsx/preflight";
import { NODE_INFLATER } from "../../../src/host/xlsx/preflightInflateNode";
import { canonicalPartName } from "../../../src/host/xlsx/preflightParts";
import { entryData, readZipDirectory, type ZipEntry } from "../../../src/host/xlsx/preflightZip";
import {
  findOpenpyxlPython,
  OPENPYXL_INSTALL_HINT,
  resaveWithOpenpyxl,
} from "../../../scripts/fixtures/openpyxl";
import { findSoffice, recalculateWithLibreOffice } from "../../../scripts/portable/libreOffice";
import { tempFolder, type TempFolder } from "../../cli/cliHarness";
import { writeDemoPartnership } from "../../cli/workbookFixtures";

const CORPUS = "/work/shared/corpus/excel-made";
const PYTHON = findOpenpyxlPython();
if (PYTHON === null) console.warn(`openpyxl's files skipped: ${OPENPYXL_INSTALL_HINT}`);
const SOFFICE = findSoffice();
const describeIfOpenpyxl = PYTHON === null ? describe.skip : describe;

let folder: TempFolder;
let demo: Uint8Array;
beforeAll(async () => {
  folder = await tempFolder();
  await writeDemoPartnership(folder.path("demo.xlsx"));
  demo = await readFile(folder.path("demo.xlsx"));
}, 60_000);
afterAll(async () => {
  await folder.remove();
});

type Passed = Extract<Preflight, { ok: true }>;

async function passed(bytes: Uint8Array, inflater = NODE_INFLATER): Promise<Passed> {
  const checked = await preflightPackage(bytes, inflater);
  if (!checked.ok) throw new Error(englishText(checked.reason));
  return checked;
}

async function openpyxlResaved(): Promise<Uint8Array> {
  const output = folder.path(`openpyxl-${Math.random().toString(36).slice(2)}.xlsx`);
  await resaveWithOpenpyxl(PYTHON ?? "", folder.path("demo.xlsx"), output);
  return readFile(output);
}

function directory(bytes: Uint8Array): ZipEntry[] {
  const read = readZipDirectory(bytes);
  if (!read.ok) throw new Error(read.detail);
  return [...read.entries];
}

function sameParts(node: Passed, web: Passed): void {
  expect([...node.parts.keys()]).toEqual([...web.parts.keys()]);
  for (const [name, bytes] of node.parts)
    expect({
      name,
      equal: Buffer.from(bytes).equals(web.parts.get(name) ?? new Uint8Array()),
    }).toEqual({
      name,
      equal: true,
    });
  expect([...node.normalised]).toEqual([...web.normalised]);
  expect(node.rewrites).toEqual(web.rewrites);
}

describe("Node's zlib inflates as the web streams do", () => {
  it("every file Excel made in the corpus, part for part", async () => {
    const names = (await readdir(CORPUS)).filter((name) => name.endsWith(".xlsx"));
    expect(names.length).toBeGreaterThan(100);
    let compared = 0;
    for (const name of names) {
      const bytes = new Uint8Array(await readFile(join(CORPUS, name)));
      const node = await preflightPackage(bytes, NODE_INFLATER);
      const web = await preflightPackage(bytes);
      expect({ name, ok: node.ok }).toEqual({ name, ok: web.ok });
      if (!node.ok || !web.ok) {
        expect(node).toEqual(web);
        continue;
      }
      sameParts(node, web);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  }, 300_000);

  (SOFFICE === null ? it.skip : it)(
    "a workbook LibreOffice saved",
    async () => {
      const [saved] = await recalculateWithLibreOffice(SOFFICE ?? "soffice", [demo]);
      if (saved === undefined) throw new Error("LibreOffice saved nothing");
      sameParts(await passed(saved), await passed(saved, undefined));
    },
    300_000,
  );
});

describeIfOpenpyxl("a scored copy of openpyxl's file", () => {
  it("inflates as the web streams do, its absolute targets normalised", async () => {
    const input = await openpyxlResaved();
    const node = await passed(input);
    sameParts(node, await passed(input, undefined));
    expect(node.rewrites.some((rewrite) => rewrite.startsWith("targets or prefixes in "))).toBe(
      true,
    );
    expect([...node.normalised].some((name) => name.endsWith(".rels"))).toBe(true);
  }, 120_000);

  it("keeps every entry neither written nor normalised as stored, and writes the normalised ones as the preflight left them", async () => {
    const input = await openpyxlResaved();
    const checked = await passed(input);
    const host = await PackageWorkbook.open(checked);
    const scored = await readScored(host);
    if (!scored.ok) throw new Error("openpyxl's workbook does not score");
    await writeScores(host, scored, {
      dialect: "portable",
      stamp: { generatedOn: "2026-12-01" },
      previous: "none",
    });
    const output = await host.toBytes();
    const written = new Set([...host.writtenParts().keys()].map((path) => path.toLowerCase()));
    const dropped = host.droppedParts();
    const after = new Map(directory(output).map((entry) => [entry.name, entry]));

    let kept = 0;
    for (const entry of directory(input)) {
      const part = canonicalPartName(entry.name).toLowerCase();
      if (written.has(part) || dropped.has(part)) continue;
      if (checked.normalised.has(entry.name)) {
        const name = canonicalPartName(entry.name);
        const copy = after.get(name);
        expect({ name, present: copy !== undefined }).toEqual({ name, present: true });
        const text = await (await JSZip.loadAsync(output)).file(name)?.async("uint8array");
        expect(Buffer.from(text ?? new Uint8Array()).equals(checked.parts.get(name)!)).toBe(true);
        continue;
      }
      const copy = after.get(entry.name);
      if (copy === undefined) throw new Error(`${entry.name}: gone from the scored copy`);
      expect({
        name: entry.name,
        method: copy.method,
        crc32: copy.crc32,
        compressed: Buffer.from(entryData(output, copy)!).equals(entryData(input, entry)!),
      }).toEqual({ name: entry.name, method: entry.method, crc32: entry.crc32, compressed: true });
      kept++;
    }
    // The demo's theme, charts, drawings and more: the better part of the package.
    expect(kept).toBeGreaterThan(10);
    // No entry is left stored that the input had deflated.
    const storedNow = [...after.values()].filter((entry) => entry.method === 0);
    expect(storedNow.map((entry) => entry.name)).toEqual([]);
  }, 120_000);
});

describe("a package with odd-case names and absolute targets", () => {
  it("scores into a copy whose every part has its canonical name, renamed parts as the preflight read them", async () => {
    const zip = await JSZip.loadAsync(demo);
    const renamed = new JSZip();
    for (const part of Object.values(zip.files)) {
      if (part.dir) continue;
      renamed.file(
        part.name.startsWith("xl/") ? part.name.toUpperCase() : part.name,
        await part.async("uint8array"),
      );
    }
    const input = await renamed.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const checked = await passed(input);
    expect(checked.normalised.size).toBeGreaterThan(5);
    const host = await PackageWorkbook.open(checked);
    const scored = await readScored(host);
    if (!scored.ok) throw new Error("the renamed workbook does not score");
    await writeScores(host, scored, {
      dialect: "portable",
      stamp: { generatedOn: "2026-12-01" },
      previous: "none",
    });
    const names = directory(await host.toBytes()).map((entry) => entry.name);
    expect(names.filter((name) => name !== canonicalPartName(name))).toEqual([]);
    expect(names).toContain("xl/workbook.xml");
    expect(names.filter((name) => name.startsWith("XL/"))).toEqual([]);
  }, 120_000);
});
