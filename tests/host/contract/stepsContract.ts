// The interpreter part of the WorkbookHost contract: each adapter's reads lead the one interpreter
// to the same primitive steps, compared as text with committed golden files (tests/golden/steps,
// one file per case, the same file for every host). To accept an intended change:
//   UPDATE_GOLDEN=1 npx jest tests/host/memory/memoryContract
// then commit tests/golden/steps/ (the xlsx and Office.js runs compare with the same files).

import path from "node:path";
import type { WorkbookPlan } from "../../../src/engine/plan/types";
import type { InterpretedPlan } from "../../../src/host/plan/interpretPlan";
import { expectGolden as expectGoldenFile } from "../../golden/goldenFile";
import { printSteps } from "../plan/printSteps";
import type { ApplyOptions, WorkbookHost } from "../../../src/host/workbookHost";
import { samplePlan } from "../fixtures/samplePlan";
import type { HostAdapter } from "./portContract";
import { inputSheetsPlan } from "./tableEditContract";

const GOLDEN_DIRECTORY = path.resolve(__dirname, "../../golden/steps");

/** An adapter that can also run the interpreter's reads over its workbook without writing. */
export interface InterpretingAdapter extends HostAdapter {
  interpret(
    host: WorkbookHost,
    plan: WorkbookPlan,
    options: ApplyOptions,
  ): Promise<InterpretedPlan>;
}

function expectGolden(file: string, actual: string): void {
  expectGoldenFile(
    path.join(GOLDEN_DIRECTORY, file),
    actual,
    "UPDATE_GOLDEN=1 npx jest tests/host/memory/memoryContract and commit tests/golden/steps/",
  );
}

/** New respondents: two answer columns before Item score, a Stakeholders row each, the moved score edited. */
function growthPlan(): WorkbookPlan {
  return {
    styles: {},
    sheets: [],
    names: [],
    tableEdits: [
      {
        table: "C2C_Checklist",
        insertColumns: {
          before: "Item score",
          columns: [
            { header: "Mariam", values: [4, "n/a", 3] },
            { header: "Li", values: [5, 2] },
          ],
        },
      },
      { table: "C2C_Stakeholders", appendRows: [{ Name: "Mariam" }, { Name: "Li" }] },
    ],
    edits: [
      {
        sheet: "Checklist",
        cells: [
          {
            address: "H3",
            value: 2.5,
            formula: { live: "=AVERAGE(D3:G3)", portable: "=AVERAGE(D3:G3)" },
          },
        ],
      },
    ],
  };
}

const PORTABLE_FAIL = { dialect: "portable", existingSheet: "fail" } as const;
const REBUILD = { dialect: "portable", existingSheet: "replace-owned" } as const;

export function describeStepsContract(adapterName: string, adapter: InterpretingAdapter): void {
  describe(`WorkbookHost contract, interpreted steps: ${adapterName}`, () => {
    async function steps(
      host: WorkbookHost,
      plan: WorkbookPlan,
      options: ApplyOptions,
    ): Promise<string> {
      return printSteps((await adapter.interpret(host, plan, options)).steps);
    }

    it("writes a new plan: sheets, names, protection, then the settings", async () => {
      const host = await adapter.build({ Inputs: [["x"]] }, []);
      expectGolden("new-sheets.txt", await steps(host, samplePlan(), PORTABLE_FAIL));
    });

    it("writes beside a user's sheet of the same name under a free name", async () => {
      const host = await adapter.build({ Scoreboard: [["mine"]] }, []);
      expectGolden(
        "pick-free-name.txt",
        await steps(host, samplePlan(), { dialect: "portable", existingSheet: "pick-free-name" }),
      );
    });

    it("rebuilds an owned sheet in its place, deleting the old one", async () => {
      const host = await adapter.build({ Inputs: [["x"]] }, []);
      await host.applyPlan(samplePlan(), PORTABLE_FAIL);
      const reopened = await adapter.reopen(host);
      expectGolden("rebuild.txt", await steps(reopened, samplePlan(), REBUILD));
    });

    it('rebuilds an owned sheet keeping the old one as "(previous)", an older copy deleted', async () => {
      const host = await adapter.build({ Inputs: [["x"]] }, []);
      await host.applyPlan(samplePlan(), PORTABLE_FAIL);
      await host.applyPlan(samplePlan(), { ...REBUILD, keepPrevious: true });
      const reopened = await adapter.reopen(host);
      expectGolden(
        "rebuild-keep-previous.txt",
        await steps(reopened, samplePlan(), { ...REBUILD, keepPrevious: true }),
      );
    });

    it("grows tables, edits their computed column and stamps the workbook, in that order", async () => {
      const host = await adapter.build({ Inputs: [["x"]] }, []);
      await host.applyPlan(inputSheetsPlan(), PORTABLE_FAIL);
      const reopened = await adapter.reopen(host);
      const plan: WorkbookPlan = {
        ...growthPlan(),
        settings: { catalogueVersion: "2023.1", list: "simplified" },
      };
      expectGolden("grow-and-stamp.txt", await steps(reopened, plan, PORTABLE_FAIL));
      await reopened.applyPlan(plan, PORTABLE_FAIL);
      const settings = await (await adapter.reopen(reopened)).readAddinData();
      expect(settings).toMatchObject({ catalogueVersion: "2023.1", list: "simplified" });
      expect(JSON.parse(settings.ownedSheets ?? "null")).toEqual([]);
    });
  });
}
