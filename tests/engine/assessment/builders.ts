// Building assessments in code for the scoring tests: defaults that mean "nothing special", so each
// test states only what it is about.
import { findIndicator } from "../../../src/engine/catalogue";
import type { PrincipleId } from "../../../src/engine/catalogue/types";
import type { CellValue } from "../../../src/engine/cells";
import type {
  ActionRow,
  Assessment,
  ChecklistItemRow,
  IndicatorRow,
  Respondent,
} from "../../../src/engine/model/types";
import { englishText, type Phrase } from "../../../src/engine/language/problemTexts";
import { DEFAULT_SETTINGS, type ScoringSettings } from "../../../src/engine/settings";

export function assessmentWith(
  parts: Partial<Omit<Assessment, "settings">> & { settings?: Partial<ScoringSettings> },
): Assessment {
  return {
    partnership: {
      name: "Test partnership",
      cities: ["Nakuru", "Malmö"],
      countries: ["Kenya", "Sweden"],
      startYear: 2015,
      reportingYear: 2024,
      list: "simplified",
      catalogueVersion: null,
    },
    respondents: [],
    checklist: [],
    indicators: [],
    actions: [],
    ...parts,
    settings: { ...DEFAULT_SETTINGS, ...parts.settings },
  };
}

export function respondents(count: number): Respondent[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `R${i + 1}`,
    organisation: "",
    group: null,
    city: "",
    role: "",
  }));
}

let nextChecklistRow = 2;
export function item(
  principle: PrincipleId,
  itemId: string,
  answers: readonly CellValue[],
): ChecklistItemRow {
  return { principle, itemId, item: itemId, answers, evidence: "", row: nextChecklistRow++ };
}

let nextIndicatorRow = 2;
/** A row filled from the catalogue entry of `code`; worst and end as the catalogue states them (absolute ends only). */
export function indicator(
  code: string,
  city: string,
  year: number,
  value: number | null,
  overrides: Partial<IndicatorRow> = {},
): IndicatorRow {
  const definition = findIndicator(code);
  const end = definition?.end.kind === "absolute" ? definition.end.value : null;
  return {
    code,
    indicator: definition?.name ?? code,
    goal: definition?.goal ?? 0,
    city,
    year,
    value,
    worst: definition?.worst ?? null,
    end,
    unit: definition?.unit ?? "",
    source: "",
    disaggregated: null,
    objective: definition?.objective ?? null,
    row: nextIndicatorRow++,
    ...overrides,
  };
}

export function action(
  status: ActionRow["status"],
  stakeholderInputAddressed: boolean | null,
): ActionRow {
  return {
    id: "A",
    action: "",
    target: "",
    owner: "",
    due: "",
    status,
    stakeholderInputAddressed,
    evidence: "",
    row: 2,
  };
}

/** A result's note (why there is no score) as English text, as the JSON and the CSV write it. */
export function noteText(note: Phrase | null): string | null {
  return note === null ? null : englishText(note);
}
