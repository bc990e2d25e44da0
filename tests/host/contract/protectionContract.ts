// Protection, the same in every host: a plan that would write into a protected sheet, or change the
// sheets of a workbook whose structure is protected, is refused before anything is written, with
// one sentence naming what is protected (Excel refuses such edits partway through an apply; a file
// would take them silently).

import type { WorkbookPlan } from "../../../src/engine/plan/types";
import { PlanProtectedError } from "../../../src/host/workbookHost";
import { samplePlan } from "../fixtures/samplePlan";
import type { HostAdapter } from "./portContract";

const USER_SHEETS = {
  Indicators: [
    ["Code", "Value", "Score"],
    ["11.1.1", 42.5, null],
  ],
};
const USER_TABLES = [{ name: "C2C_Indicators", sheet: "Indicators", range: "A1:C2" }];

/** Fills the user's Score column, as scoring does (an edit of an existing sheet), and adds nothing. */
const EDIT_ONLY: WorkbookPlan = {
  styles: {},
  sheets: [],
  names: [],
  edits: [{ sheet: "Indicators", cells: [{ address: "C2", value: 57.5 }] }],
};

export function describeProtectionContract(adapterName: string, adapter: HostAdapter): void {
  describe(`protection refused before the first write: ${adapterName}`, () => {
    it("refuses to write into a protected sheet, naming it, and writes nothing", async () => {
      const host = await adapter.build(USER_SHEETS, USER_TABLES, { sheets: ["Indicators"] });
      const plan: WorkbookPlan = { ...samplePlan(), edits: EDIT_ONLY.edits ?? [] };
      const refusal = host.applyPlan(plan, { dialect: "portable", existingSheet: "fail" });
      await expect(refusal).rejects.toThrow(PlanProtectedError);
      await expect(refusal).rejects.toThrow(
        /^The sheet "Indicators" is protected, so its cells cannot be written \(C2\); nothing was written\. Unprotect the sheet/,
      );
      const after = await adapter.snapshot(await adapter.reopen(host));
      expect(after.sheets.map((sheet) => sheet.name)).toEqual(["Indicators"]);
      expect(after.cell("Indicators", "C2").value).toBeNull();
    });

    it("refuses to add sheets to a workbook whose structure is protected, and writes nothing", async () => {
      const host = await adapter.build(USER_SHEETS, USER_TABLES, { structure: true });
      const refusal = host.applyPlan(samplePlan(), {
        dialect: "portable",
        existingSheet: "fail",
      });
      await expect(refusal).rejects.toThrow(
        /^The workbook's structure is protected, so the sheet "Scoreboard" cannot be added; nothing was written\. Unprotect it \(Review › Protect Workbook\)/,
      );
      const after = await adapter.snapshot(await adapter.reopen(host));
      expect(after.sheets.map((sheet) => sheet.name)).toEqual(["Indicators"]);
    });

    it("refuses even an edit-only plan when the settings sheet it needs cannot be added", async () => {
      const host = await adapter.build(USER_SHEETS, USER_TABLES, { structure: true });
      await expect(
        host.applyPlan(EDIT_ONLY, { dialect: "portable", existingSheet: "fail" }),
      ).rejects.toThrow(/cannot add its hidden settings sheet/);
      const after = await adapter.snapshot(await adapter.reopen(host));
      expect(after.cell("Indicators", "C2").value).toBeNull();
    });

    it("refuses settings written outside a plan when they would add the hidden settings sheet to a protected structure", async () => {
      const host = await adapter.build(USER_SHEETS, USER_TABLES, { structure: true });
      const refusal = host.writeAddinData({ list: "long" });
      await expect(refusal).rejects.toThrow(PlanProtectedError);
      await expect(refusal).rejects.toThrow(
        /cannot add its hidden settings sheet; nothing was written/,
      );
      const after = await adapter.snapshot(await adapter.reopen(host));
      expect(after.sheets.map((sheet) => sheet.name)).toEqual(["Indicators"]);
      expect(await (await adapter.reopen(host)).readAddinData()).toEqual({});
    });

    it("writes an unprotected sheet of a workbook with another sheet protected", async () => {
      const host = await adapter.build({ ...USER_SHEETS, Notes: [["mine"]] }, USER_TABLES, {
        sheets: ["Notes"],
      });
      await host.applyPlan(EDIT_ONLY, { dialect: "portable", existingSheet: "fail" });
      const after = await adapter.snapshot(await adapter.reopen(host));
      expect(after.cell("Indicators", "C2").value).toBe(57.5);
    });
  });
}
