import "../../functions/customFunctionsRuntime";
import { scoreAssessment } from "../../../src/engine/assessment";
import type { Assessment } from "../../../src/engine/model/types";
import type { CellPlan, WorkbookPlan } from "../../../src/engine/plan/types";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { assessmentWorkbookPlan, newAssessment } from "../../../src/engine/templates";
import { checkPlan } from "./evaluatorCheck";
import { GOLDEN_STAMP } from "./goldenInputs";

// The worked example of framework.md §5 in a workbook: TA 3.5 and STK 2.5 from two respondents.
function workedExample(settings = DEFAULT_SETTINGS): Assessment {
  const empty = newAssessment({
    partnershipName: "Worked example",
    cities: ["Aville", "Btown"],
    years: [2024],
    list: "simplified",
    respondents: ["R1", "R2"],
    settings,
  });
  const answers: Readonly<Record<string, readonly number[]>> = {
    TA: [3, 4],
    STK: [2, 3],
  };
  return {
    ...empty,
    checklist: empty.checklist.map((item) => ({
      ...item,
      answers: answers[item.principle] ?? [null, null],
    })),
  };
}

function scoreboardCells(plan: WorkbookPlan): Map<string, CellPlan> {
  const sheet = plan.sheets.find((candidate) => candidate.name === "Scoreboard");
  return new Map((sheet?.cells ?? []).map((cell) => [cell.address, cell]));
}

function rowLabelled(cells: Map<string, CellPlan>, label: string): number {
  const found = [...cells.values()].find(
    (cell) => cell.address.startsWith("A") && cell.value === label,
  );
  if (found === undefined) throw new Error(`no row labelled ${label}`);
  return Number(found.address.slice(1));
}

describe("the Scoreboard's DAC criteria block", () => {
  it("shows the worked example: relevance 50.0 over the TA and STK cells, recomputed alike in both dialects", async () => {
    const assessment = workedExample();
    const plan = assessmentWorkbookPlan(assessment, scoreAssessment(assessment), GOLDEN_STAMP);
    const cells = scoreboardCells(plan);
    const relevance = rowLabelled(cells, "Relevance");
    const ta = rowLabelled(cells, "TA");
    const stk = rowLabelled(cells, "STK");
    expect(cells.get(`B${relevance}`)?.value).toBe("TA, STK");
    expect(cells.get(`C${relevance}`)?.value).toBe(50);
    expect(cells.get(`C${relevance}`)?.formula?.portable).toBe(
      `=IFERROR(AVERAGE(Scoreboard!$D$${ta},Scoreboard!$D$${stk}),"")`,
    );
    expect(cells.get(`D${relevance}`)?.value).toBe(2);
    // Coherence has no source with a score: empty, as a principle without a score shows.
    expect(cells.get(`C${rowLabelled(cells, "Coherence")}`)?.value).toBe("");
    for (const dialect of ["live", "portable"] as const) {
      const result = await checkPlan(plan, dialect);
      expect(result.mismatches).toEqual([]);
    }
  });

  it("lists the sources of the settings' lens, the SDG index as its own row", () => {
    const assessment = workedExample({
      ...DEFAULT_SETTINGS,
      dacLens: { ...DEFAULT_SETTINGS.dacLens, relevance: ["STK", "SDG index"] },
    });
    const plan = assessmentWorkbookPlan(assessment, scoreAssessment(assessment), GOLDEN_STAMP);
    const cells = scoreboardCells(plan);
    const relevance = rowLabelled(cells, "Relevance");
    const sdgIndex = rowLabelled(cells, "SDG index");
    expect(cells.get(`B${relevance}`)?.value).toBe("STK, SDG index");
    expect(cells.get(`C${relevance}`)?.formula?.portable).toMatch(
      new RegExp(`,Scoreboard!\\$C\\$${sdgIndex}\\),""\\)$`),
    );
    // No indicator values: no SDG index, so relevance is STK alone.
    expect(cells.get(`C${relevance}`)?.value).toBe(37.5);
    expect(cells.get(`C${sdgIndex}`)?.value).toBe("");
    expect(cells.get(`E${sdgIndex}`)?.value).toBe(2);
  });
});
