// A plan's table edits through Office.js, the first writes of applyPlan: new columns with
// `table.columns.add` (Excel shifts the table's cells right and adjusts every formula that refers
// to them, as its own Insert does), rows with `table.rows.add` (Excel carries the table's formats,
// formulas and dropdowns down into them; only the cells a row sets are written). Excel does not give new columns the look and dropdown of
// the column to their left, so those are copied: the formats with Range.copyFrom (ExcelApi 1.9),
// the dropdown as read from that column's first data cell (one more sync before writing).

import { formatRange, qualifiedAddress, type RangeBounds } from "../../engine/plan/address";
import type { TableGrowth } from "../../engine/plan/tableGrowth";
import { writeStep, type WriteStep } from "./batches";
import { valueEntry } from "./cellEntries";
import type { DataValidationApi, RequestContextApi } from "./excelApi";
import { MISSING_FEATURE_MESSAGES, type ExcelFeatures } from "./requirements";

/** A dropdown as Excel reports it, to be set on the new columns. */
export interface SourceDropdown {
  readonly rule: DataValidationApi["rule"];
  readonly ignoreBlanks: boolean;
  readonly prompt: Excel.DataValidationPrompt;
  readonly errorAlert: Excel.DataValidationErrorAlert;
}

/** The data cells of the new columns, and of the column they copy. */
function dataRanges(growth: TableGrowth): { target: RangeBounds; source: RangeBounds } | undefined {
  const { before, insertAt, styleSource, inserted } = growth;
  if (styleSource === undefined || before.end.row === before.start.row) return undefined;
  const top = before.start.row + 1;
  return {
    target: {
      start: { row: top, column: insertAt },
      end: { row: before.end.row, column: insertAt + inserted.length - 1 },
    },
    source: {
      start: { row: top, column: styleSource },
      end: { row: before.end.row, column: styleSource },
    },
  };
}

/**
 * Queues the read of each copied column's dropdown (its first data cell stands for the column); the
 * caller syncs once when the result is not empty, then passes `dropdowns()` to tableEditSteps.
 */
export function queueDropdownReads(
  context: RequestContextApi,
  growths: readonly TableGrowth[],
  features: ExcelFeatures,
): { count: number; dropdowns: () => Map<string, SourceDropdown> } {
  if (!features.dataValidation) return { count: 0, dropdowns: () => new Map() };
  const reads = growths.flatMap((growth) => {
    const ranges = dataRanges(growth);
    if (ranges === undefined) return [];
    const validation = context.workbook.worksheets
      .getItem(growth.sheet)
      .getRange(
        formatRange({ start: ranges.source.start, end: ranges.source.start }),
      ).dataValidation;
    validation.load("rule,ignoreBlanks,prompt,errorAlert");
    return [{ table: growth.table, validation }];
  });
  return {
    count: reads.length,
    dropdowns: () =>
      new Map(
        reads.flatMap(({ table, validation }) =>
          validation.rule.list === undefined
            ? []
            : [
                [
                  table,
                  {
                    rule: validation.rule,
                    ignoreBlanks: validation.ignoreBlanks,
                    prompt: validation.prompt,
                    errorAlert: validation.errorAlert,
                  },
                ] as const,
              ],
        ),
      ),
  };
}

export function tableEditSteps(
  growths: readonly TableGrowth[],
  dropdowns: ReadonlyMap<string, SourceDropdown>,
  features: ExcelFeatures,
  warn: (message: string) => void,
): WriteStep[] {
  return growths.flatMap((growth) => {
    const steps: WriteStep[] = [];
    const position = growth.insertAt - growth.before.start.column;
    growth.inserted.forEach((column, index) => {
      const values = [[column.header], ...column.values.map(valueEntry)].map((entry) =>
        Array.isArray(entry) ? entry : [entry],
      );
      steps.push(
        writeStep(2, [column.header, values], (session) => {
          session.context.workbook.tables
            .getItem(growth.table)
            .columns.add(position + index, values, column.header);
        }),
      );
    });
    const ranges = dataRanges(growth);
    if (ranges !== undefined) {
      const target = formatRange(ranges.target);
      const source = qualifiedAddress(growth.sheet, formatRange(ranges.source));
      if (features.rangeCopy) {
        steps.push(
          writeStep(2, [target, source], (session) => {
            session.sheet(growth.sheet).getRange(target).copyFrom(source, "Formats");
          }),
        );
      } else {
        warn(MISSING_FEATURE_MESSAGES.rangeCopy);
      }
      const dropdown = dropdowns.get(growth.table);
      if (dropdown !== undefined) {
        steps.push(
          writeStep(5, [target, dropdown], (session) => {
            const validation = session.sheet(growth.sheet).getRange(target).dataValidation;
            validation.rule = dropdown.rule;
            validation.ignoreBlanks = dropdown.ignoreBlanks;
            validation.prompt = dropdown.prompt;
            validation.errorAlert = dropdown.errorAlert;
          }),
        );
      }
    }
    if (growth.appended.length > 0) {
      // A cell the row does not set is null, which leaves it as Excel makes it (a calculated
      // column's formula); "" would clear it ("Blank and null values", learn.microsoft.com).
      const rows = growth.appended.map((row) =>
        row.map((value) => (value === null ? null : valueEntry(value))),
      );
      steps.push(
        writeStep(2, [growth.table, rows], (session) => {
          const added = session.context.workbook.tables.getItem(growth.table).rows;
          // alwaysInsert false adds the rows over the (empty) cells below instead of inserting
          // rows that push everything under the table down (TableRowCollection.add, ExcelApi
          // 1.15); an older Excel inserts, and the plan was refused if anything would move.
          if (features.rowsAddedBelow) added.add(undefined, rows, false);
          else added.add(undefined, rows);
        }),
      );
    }
    return steps;
  });
}
