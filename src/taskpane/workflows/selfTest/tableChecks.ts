// Checks of tables and protection: a table grown beside and below other content, rows appended to a
// table with a calculated column, and a write into a protected sheet refused with nothing written.
// What each saw is said in the pane's language; Excel's own refusal comes in Office's language.

import { errorMessage } from "../../components/errorMessage";
import {
  applyScratch,
  editsPlan,
  failed,
  formulaCell,
  needsExcel,
  newSheetsPlan,
  numberText,
  passed,
  readCell,
  sameNumber,
  shown,
  valueCell,
} from "./scratchPlans";
import type { SelfTestCheck } from "./types";

const TABLE_STYLE = "TableStyleLight9";
const GROWN_TABLE = "C2C_SelfTestGrowth";

export const tableGrowth: SelfTestCheck = {
  id: "table-growth",
  title: "check.tableGrows",
  async run(bench) {
    const { texts } = bench;
    const { t } = texts;
    const sheet = bench.scratchSheet("C2C self-test 8");
    await applyScratch(
      bench,
      newSheetsPlan({
        [sheet]: {
          cells: [
            valueCell("A2", "a"),
            valueCell("B2", 1),
            valueCell("A3", "b"),
            valueCell("B3", 2),
            valueCell("D2", "beside"),
            valueCell("A6", "below"),
          ],
          tables: [
            {
              name: GROWN_TABLE,
              range: "A1:B3",
              columns: ["Code", "Value"],
              style: TABLE_STYLE,
              showRowStripes: true,
            },
          ],
        },
      }),
    );
    await applyScratch(
      bench,
      editsPlan(
        [],
        [
          {
            table: GROWN_TABLE,
            insertColumns: { columns: [{ header: "Added", values: [10, 20] }] },
            appendRows: [{ Code: "c", Value: 3 }],
          },
        ],
      ),
    );
    const table = await bench.host.readTable(GROWN_TABLE);
    if (table === null) return failed(t("check.tableGrows.missing", { table: GROWN_TABLE }));
    if (table.range !== "A1:C4")
      return failed(t("check.tableGrows.range", { range: table.range, expected: "A1:C4" }));
    const added = await readCell(bench, sheet, "C3");
    if (!sameNumber(added.value, 20))
      return failed(
        t("check.tableGrows.newColumn", {
          value: shown(texts, added.value),
          expected: numberText(texts, 20),
        }),
      );
    const appended = await readCell(bench, sheet, "A4");
    if (appended.value !== "c")
      return failed(
        t("check.tableGrows.appended", {
          column: "Code",
          value: shown(texts, appended.value),
          expected: "c",
        }),
      );
    const beside = await readCell(bench, sheet, "E2");
    if (beside.value !== "beside")
      return failed(
        t("check.tableGrows.besideStayed", { cell: "E2", value: shown(texts, beside.value) }),
      );
    const below = await readCell(bench, sheet, "A6");
    if (below.value !== "below")
      return failed(
        t("check.tableGrows.belowMoved", { cell: "A6", value: shown(texts, below.value) }),
      );
    return passed(t("check.tableGrows.passed", { range: "A1:C4" }));
  },
};

const CALCULATED_TABLE = "C2C_SelfTestCalculated";
const WEIGHTED = "=[@Value]*[@Weight]";

export const calculatedColumn: SelfTestCheck = {
  id: "calculated-column",
  title: "check.calculatedColumn",
  async run(bench) {
    const { texts } = bench;
    const { t } = texts;
    // The memory host has no calculated columns: only Excel fills one down a new row.
    if (bench.environment === "preview") return needsExcel(t("check.calculatedColumn.needsExcel"));
    const sheet = bench.scratchSheet("C2C self-test 9");
    await applyScratch(
      bench,
      newSheetsPlan({
        [sheet]: {
          cells: [valueCell("A2", 2), valueCell("B2", 3), valueCell("A3", 4), valueCell("B3", 5)],
          tables: [
            {
              name: CALCULATED_TABLE,
              range: "A1:C3",
              columns: ["Value", "Weight", "Weighted"],
              style: TABLE_STYLE,
              showRowStripes: true,
            },
          ],
        },
      }),
    );
    // Written once the table exists, so Excel makes the column a calculated column.
    await applyScratch(
      bench,
      editsPlan([
        { sheet, cells: [formulaCell("C2", WEIGHTED, 6), formulaCell("C3", WEIGHTED, 20)] },
      ]),
    );
    await applyScratch(
      bench,
      editsPlan([], [{ table: CALCULATED_TABLE, appendRows: [{ Value: 6, Weight: 7 }] }]),
    );
    const appended = await readCell(bench, sheet, "C4");
    const column = "Weighted";
    const expected = numberText(texts, 42);
    if (appended.formula === null)
      return failed(
        t("check.calculatedColumn.cleared", { column, value: shown(texts, appended.value) }),
      );
    if (!sameNumber(appended.value, 42))
      return failed(
        t("check.calculatedColumn.wrong", {
          column,
          value: shown(texts, appended.value),
          expected,
        }),
      );
    return passed(
      t("check.calculatedColumn.passed", { column, formula: appended.formula, value: expected }),
    );
  },
};

export const protectedSheet: SelfTestCheck = {
  id: "protected-sheet",
  title: "check.protection",
  async run(bench) {
    const { texts } = bench;
    const { t } = texts;
    // The memory host, like a file, enforces no protection: only Excel refuses.
    if (bench.environment === "preview") return needsExcel(t("check.protection.needsExcel"));
    const open = bench.scratchSheet("C2C self-test 10");
    const locked = bench.scratchSheet("C2C self-test 11");
    await applyScratch(
      bench,
      newSheetsPlan({
        [open]: { cells: [valueCell("A1", "before")] },
        [locked]: { cells: [valueCell("A1", "before")], protection: { unlockedRanges: [] } },
      }),
    );
    let refusal: string | null = null;
    try {
      await applyScratch(
        bench,
        editsPlan([
          { sheet: open, cells: [valueCell("A1", "after")] },
          { sheet: locked, cells: [valueCell("A1", "after")] },
        ]),
      );
    } catch (error: unknown) {
      refusal = errorMessage(error, texts);
    }
    const openCell = await readCell(bench, open, "A1");
    const lockedCell = await readCell(bench, locked, "A1");
    if (refusal === null) return failed(t("check.protection.notRefused"));
    if (lockedCell.value !== "before")
      return failed(
        t("check.protection.written", { cell: "A1", value: shown(texts, lockedCell.value) }),
      );
    if (openCell.value !== "before") return failed(t("check.protection.halfWritten", { refusal }));
    return passed(t("check.protection.passed", { refusal }));
  },
};
