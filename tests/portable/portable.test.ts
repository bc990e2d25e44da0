// `npm run check:portable`: LibreOffice recomputes every portable formula and must agree with the
// value the runner cached. The parts that need no LibreOffice (comparison, marker planting, report
// lines, exit codes) always run; the end-to-end checks run where `soffice` is installed
// (apt-get install -y libreoffice-calc-nogui) and are skipped with a message elsewhere.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  checkWorkbooks,
  type Finding,
  type WorkbookCheck,
} from "../../scripts/portable/checkWorkbooks";
import { describeValue, NUMBER_TOLERANCE, sameValue } from "../../scripts/portable/compareValues";
import { cellKey, readFormulaCells } from "../../scripts/portable/formulaCells";
import { findSoffice, INSTALL_HINT } from "../../scripts/portable/libreOffice";
import { NOT_RECALCULATED, plantMarkers } from "../../scripts/portable/plantMarkers";
import {
  EXIT_AGREE,
  EXIT_MISMATCH,
  EXIT_NOT_CHECKED,
  exitCode,
  reportLines,
} from "../../scripts/portable/report";
import {
  BARE_STDEV_CELL,
  CHECK_CELLS,
  ERROR_CELL,
  FORMULA_COUNT,
  PLANTED_CELL,
  PLANTED_TRUE_VALUE,
  PLANTED_VALUE,
  portableWorkbook,
} from "./portableWorkbook";

const ROOT = join(__dirname, "..", "..");
const SOFFICE = findSoffice();
const describeIfLibreOffice = SOFFICE === null ? describe.skip : describe;
if (SOFFICE === null) {
  console.warn(
    `LibreOffice (soffice) is not installed: the LibreOffice recalculation tests are skipped. Install it with: ${INSTALL_HINT}`,
  );
}

/** Runs scripts/checkPortable.ts as `npm run check:portable` does. */
function runCheckScript(
  args: readonly string[],
  environment: NodeJS.ProcessEnv = process.env,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    join(ROOT, "node_modules", ".bin", "tsx"),
    [join(ROOT, "scripts", "checkPortable.ts"), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: environment,
      timeout: 240_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("comparing a stored value with LibreOffice's", () => {
  it.each([
    ["equal numbers", 3.5, 3.5, true],
    ["numbers within 1e-9 of each other below 1", 0.7, 0.7 + 0.9e-9, true],
    ["numbers 1.1e-9 apart below 1", 0.7, 0.7 + 1.1e-9, false],
    ["large numbers within 1e-9 relative", 2e6, 2e6 + 1.9e-3, true],
    ["large numbers 1e-8 relative apart", 2e6, 2e6 + 2e-2, false],
    ["a number and its text", 3, "3", false],
    ["equal texts", "contested", "contested", true],
    ["texts that differ in case", "Contested", "contested", false],
    ["a blank result and the empty text", null, "", true],
    ["undefined and the empty text", "", undefined, true],
    ["the empty text and 0", "", 0, false],
    ["equal booleans", true, true, true],
    ["a boolean and 1", true, 1, false],
    ["the same error code", { errorCode: "#N/A" }, { errorCode: "#N/A" }, true],
    ["different error codes", { errorCode: "#N/A" }, { errorCode: "#DIV/0!" }, false],
    ["an error and the empty text", { errorCode: "#N/A" }, "", false],
  ] as const)("%s", (_, stored, recomputed, agree) => {
    expect(sameValue(stored, recomputed)).toBe(agree);
  });

  it("states its tolerance", () => {
    expect(NUMBER_TOLERANCE).toBe(1e-9);
  });

  it.each([
    [0.1 + 0.2, "0.30000000000000004"],
    ["n/a", '"n/a"'],
    [null, '""'],
    [false, "FALSE"],
    [{ errorCode: "#NAME?" }, "#NAME?"],
  ] as const)("reads %p as %s in a report line", (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});

describe("the copy LibreOffice recomputes", () => {
  it("has the marker as the cached value of every formula cell and leaves the other cells alone", async () => {
    const original = await portableWorkbook();
    const { bytes, planted } = await plantMarkers(original);
    const marked = await readFormulaCells(bytes);

    expect(planted).toBe(FORMULA_COUNT);
    expect(marked).toHaveLength(FORMULA_COUNT);
    expect(marked.every((cell) => cell.value === NOT_RECALCULATED)).toBe(true);
    expect(new Map(marked.map((cell) => [cellKey(cell), cell.formula]))).toEqual(
      new Map((await readFormulaCells(original)).map((cell) => [cellKey(cell), cell.formula])),
    );
  });
});

describe("the report", () => {
  const cell = { sheet: "Scoreboard", address: "I7", formula: "AVERAGE(B1:B3)", value: 0.74 };
  const mismatch: Finding = { kind: "mismatch", cell, recomputed: "" };
  const agreeing: WorkbookCheck = { formulas: 710, findings: [] };

  it("prints a summary and one line per mismatch", () => {
    expect(reportLines("demo/partnership.xlsx", agreeing)).toEqual([
      "710 formulas checked in demo/partnership.xlsx, 0 mismatches",
    ]);
    expect(
      reportLines("demo/partnership.xlsx", {
        formulas: 710,
        findings: [mismatch, { kind: "formula-lost", cell }],
      }),
    ).toEqual([
      "710 formulas checked in demo/partnership.xlsx, 2 mismatches",
      '  Scoreboard!I7: =AVERAGE(B1:B3) — stored 0.74, LibreOffice ""',
      "  Scoreboard!I7: =AVERAGE(B1:B3) — stored 0.74, LibreOffice has no formula in this cell",
    ]);
  });

  it("counts cells LibreOffice did not recompute apart from mismatches", () => {
    expect(
      reportLines("x.xlsx", { formulas: 3, findings: [{ kind: "not-recalculated", cell }] })[0],
    ).toBe(
      "3 formulas checked in x.xlsx, 0 mismatches, 1 not recalculated by LibreOffice (unchecked)",
    );
  });

  it("exits 0 when all agree, 1 on a mismatch, 2 when a cell went unchecked", () => {
    expect(exitCode([agreeing, agreeing])).toBe(EXIT_AGREE);
    expect(exitCode([agreeing, { formulas: 1, findings: [mismatch] }])).toBe(EXIT_MISMATCH);
    expect(
      exitCode([{ formulas: 2, findings: [mismatch, { kind: "not-recalculated", cell }] }]),
    ).toBe(EXIT_NOT_CHECKED);
  });
});

describe("finding LibreOffice", () => {
  it("takes $C2C_SOFFICE when it names an executable and reports none otherwise", () => {
    expect(findSoffice({ C2C_SOFFICE: process.execPath })).toBe(process.execPath);
    expect(findSoffice({ C2C_SOFFICE: join(ROOT, "no-such-soffice") })).toBeNull();
    expect(findSoffice({ PATH: "" })).toBeNull();
  });

  it("exits 2 with the install command when LibreOffice is missing", () => {
    const result = runCheckScript([], {
      ...process.env,
      C2C_SOFFICE: join(ROOT, "no-such-soffice"),
    });
    expect(result.status).toBe(EXIT_NOT_CHECKED);
    expect(result.stderr).toContain(INSTALL_HINT);
  }, 60_000);
});

describeIfLibreOffice("LibreOffice recomputing a workbook written by the xlsx host", () => {
  let check: WorkbookCheck;

  beforeAll(async () => {
    const [only] = await checkWorkbooks(SOFFICE ?? "", [await portableWorkbook()]);
    if (only === undefined) throw new Error("no check result");
    check = only;
  }, 240_000);

  it("compares every formula cell and recomputes each one (no cached value survives)", () => {
    expect(check.formulas).toBe(FORMULA_COUNT);
    expect(check.findings.filter((finding) => finding.kind === "not-recalculated")).toEqual([]);
  });

  it("agrees on AVERAGEIFS, COUNTIFS, SUMPRODUCT, STDEV.P, STDEVP, IFERROR, NA(), texts, booleans and #N/A", () => {
    const flagged = new Set(check.findings.map((finding) => finding.cell.address));
    const agreeing = [...CHECK_CELLS.map((cell) => cell.address), ERROR_CELL].filter(
      (address) => address !== PLANTED_CELL && address !== BARE_STDEV_CELL,
    );
    expect(agreeing.filter((address) => flagged.has(address))).toEqual([]);
  });

  it("reports the planted wrong cached value with LibreOffice's own result", () => {
    const planted = check.findings.find((finding) => finding.cell.address === PLANTED_CELL);
    expect(planted?.kind).toBe("mismatch");
    expect(planted?.cell.value).toBe(PLANTED_VALUE);
    const recomputed = planted?.kind === "mismatch" ? planted.recomputed : undefined;
    expect(
      typeof recomputed === "number" && Math.abs(recomputed - PLANTED_TRUE_VALUE) <= 1e-12,
    ).toBe(true);
  });

  it("reports STDEV.P written without its _xlfn. prefix, which LibreOffice does not know", () => {
    const bare = check.findings.find((finding) => finding.cell.address === BARE_STDEV_CELL);
    expect(bare).toMatchObject({ kind: "mismatch", recomputed: { errorCode: "#NAME?" } });
    expect(check.findings).toHaveLength(2);
  });

  it("runs as a command: the summary, a line per mismatch, exit code 1", async () => {
    const directory = mkdtempSync(join(tmpdir(), "c2c-portable-test-"));
    try {
      const file = join(directory, "portable.xlsx");
      writeFileSync(file, await portableWorkbook());
      const result = runCheckScript([file]);
      expect(result.status).toBe(EXIT_MISMATCH);
      const lines = result.stdout.trim().split("\n");
      expect(lines[0]).toBe(`${String(FORMULA_COUNT)} formulas checked in ${file}, 2 mismatches`);
      expect(lines).toContain(
        `  Checks!${PLANTED_CELL}: =AVERAGEIFS(Answers!$B$2:$B$9,Answers!$A$2:$A$9,"FIN") — stored ${String(PLANTED_VALUE)}, LibreOffice ${String(PLANTED_TRUE_VALUE)}`,
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 240_000);
});
