// Checks of tables and protection: a table grown beside and below other content, rows appended to a
// table with a calculated column, and a write into a protected sheet refused with nothing written.

import { errorMessage } from "../../components/errorMessage";
import {
  applyScratch,
  editsPlan,
  formulaCell,
  newSheetsPlan,
  readCell,
  sameNumber,
  shown,
  valueCell,
} from "./scratchPlans";
import type { CheckOutcome, SelfTestCheck } from "./types";

const passed = (detail: string): CheckOutcome => ({ status: "passed", detail });
const failed = (detail: string): CheckOutcome => ({ status: "failed", detail });

const TABLE_STYLE = "TableStyleLight9";
const GROWN_TABLE = "C2C_SelfTestGrowth";

export const tableGrowth: SelfTestCheck = {
  id: "table-growth",
  title: "check.tableGrows",
  async run(bench) {
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
    if (table === null) return failed(`The table ${GROWN_TABLE} was not found after growing.`);
    if (table.range !== "A1:C4")
      return failed(`The table covers ${table.range} after growing, not A1:C4.`);
    const added = await readCell(bench, sheet, "C3");
    if (!sameNumber(added.value, 20))
      return failed(`The new column's second value reads ${shown(added.value)}, not 20.`);
    const appended = await readCell(bench, sheet, "A4");
    if (appended.value !== "c")
      return failed(`The appended row's Code reads ${shown(appended.value)}, not "c".`);
    const beside = await readCell(bench, sheet, "E2");
    if (beside.value !== "beside")
      return failed(
        `The cell beside the table did not move one column right with the new column (E2 holds ${shown(beside.value)}).`,
      );
    const below = await readCell(bench, sheet, "A6");
    if (below.value !== "below")
      return failed(
        `The cell below the table moved when a row was appended (A6 holds ${shown(below.value)}): Excel inserted cells instead of filling the empty row.`,
      );
    return passed(
      "The table grew to A1:C4; the cell beside it moved right with the new column and the cell below it stayed where it was.",
    );
  },
};

const CALCULATED_TABLE = "C2C_SelfTestCalculated";
const WEIGHTED = "=[@Value]*[@Weight]";

export const calculatedColumn: SelfTestCheck = {
  id: "calculated-column",
  title: "check.calculatedColumn",
  async run(bench) {
    // The memory host has no calculated columns: only Excel fills one down a new row.
    if (bench.environment === "preview")
      return { status: "needs-excel", detail: "Only Excel fills a calculated column." };
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
    if (appended.formula === null)
      return failed(
        `The appended row's Weighted cell holds ${shown(appended.value)} and no formula: writing the row cleared the table's calculated column.`,
      );
    if (!sameNumber(appended.value, 42))
      return failed(`The appended row's Weighted cell shows ${shown(appended.value)}, not 42.`);
    return passed(`The appended row's Weighted cell kept the formula ${appended.formula} (42).`);
  },
};

export const protectedSheet: SelfTestCheck = {
  id: "protected-sheet",
  title: "check.protection",
  async run(bench) {
    // The memory host, like a file, enforces no protection: only Excel refuses.
    if (bench.environment === "preview")
      return { status: "needs-excel", detail: "Only Excel enforces sheet protection." };
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
      refusal = errorMessage(error);
    }
    const openCell = await readCell(bench, open, "A1");
    const lockedCell = await readCell(bench, locked, "A1");
    if (refusal === null) return failed("Writing into the protected sheet was not refused.");
    if (lockedCell.value !== "before")
      return failed(`The protected sheet was written (A1 holds ${shown(lockedCell.value)}).`);
    if (openCell.value !== "before")
      return failed(
        `The write was refused ("${refusal}"), but the unprotected sheet of the same change had already been written.`,
      );
    return passed(`The write was refused before anything was written: "${refusal}"`);
  },
};
