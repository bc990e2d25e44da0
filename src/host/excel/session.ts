// One Excel.run of applyPlan: the context and the worksheet proxies made in it. Proxies stay valid
// across the run's syncs, so a sheet added in the first batch is written by later ones without
// being looked up again.

import { sameName } from "../../engine/plan/names";
import type { RequestContextApi, WorksheetApi } from "./excelApi";

export class WriteSession {
  readonly context: RequestContextApi;
  private readonly sheets = new Map<string, WorksheetApi>();

  constructor(context: RequestContextApi) {
    this.context = context;
  }

  /** The proxy of a sheet by name: the one this run made or renamed, else a lookup. */
  sheet(name: string): WorksheetApi {
    const known = this.find(name);
    if (known !== undefined) return known;
    const sheet = this.context.workbook.worksheets.getItem(name);
    this.sheets.set(name, sheet);
    return sheet;
  }

  /** Records the proxy now known under this name (a sheet just added or renamed). */
  adopt(name: string, sheet: WorksheetApi): void {
    this.forget(name);
    this.sheets.set(name, sheet);
  }

  /** Drops a name whose sheet was renamed or deleted. */
  forget(name: string): void {
    for (const known of [...this.sheets.keys()]) {
      if (sameName(known, name)) this.sheets.delete(known);
    }
  }

  private find(name: string): WorksheetApi | undefined {
    for (const [known, sheet] of this.sheets) {
      if (sameName(known, name)) return sheet;
    }
    return undefined;
  }
}
