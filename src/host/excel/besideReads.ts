// Before new columns shift the cells beside a table, what stands there: the other tables of the
// sheet (Excel refuses to shift part of a table, after some commands of the batch have run, so the
// host refuses first) and the sheet's last used column. Queued with the dropdown reads, in the
// same sync.

import { parseRange, type RangeBounds } from "../../engine/plan/address";
import { sameName } from "../../engine/plan/names";
import { refuseBlockedShift, type TableGrowth } from "../../engine/plan/tableGrowth";
import type { RangeApi, RequestContextApi } from "./excelApi";
import type { WorkbookState } from "./workbookState";

export interface BesideReads {
  readonly count: number;
  /** Throws PlanConflictError when a growth's shift is blocked; call after the sync. */
  readonly refuseBlocked: () => void;
}

export function queueBesideReads(
  context: RequestContextApi,
  growths: readonly TableGrowth[],
  state: WorkbookState,
): BesideReads {
  const reads = growths
    .filter((growth) => growth.inserted.length > 0)
    .map((growth) => {
      const used = context.workbook.worksheets.getItem(growth.sheet).getUsedRangeOrNullObject();
      used.load("address");
      const others = state.inventory.tables
        .filter(
          (table) => sameName(table.sheet, growth.sheet) && !sameName(table.name, growth.table),
        )
        .map((table) => {
          const range = context.workbook.tables.getItem(table.name).getRange();
          range.load("address");
          return { name: table.name, range };
        });
      return { growth, used, others };
    });
  return {
    count: reads.length,
    refuseBlocked: () => {
      for (const { growth, used, others } of reads) {
        const lastUsed = used.isNullObject
          ? growth.before.end.column
          : (boundsOf(used)?.end.column ?? growth.before.end.column);
        const tables = others.flatMap(({ name, range }) => {
          const bounds = boundsOf(range);
          return bounds === undefined ? [] : [{ name, bounds }];
        });
        refuseBlockedShift(growth, Math.max(lastUsed, growth.before.end.column), tables);
      }
    },
  };
}

function boundsOf(range: RangeApi): RangeBounds | undefined {
  return parseRange(range.address.slice(range.address.lastIndexOf("!") + 1));
}
