// The partnerships of a consolidated programme workbook, read back from its C2C_Programme table
// (src/engine/programme/programmePlan.ts writes it: Source · Partnership · Cities · Respondents ·
// TA … DIG · Alignment · Contested items · Indicator coverage · SDG index (latest year, by city)), so
// the partnerships of a programme can be compared without their own workbooks. The cities' SDG
// indices come from C2C_ProgrammeGoals (programmeGoals.ts) when the workbook has it. A cell that cannot be
// read is a warning naming it, and counts as no score.

import {
  phrase,
  problemAt,
  type PhraseParameters,
  type ProblemCode,
} from "../language/problemTexts";
import { readNumber } from "../cells";
import { catalogue, type PrincipleId } from "../catalogue";
import type { Problem } from "../model/types";
import type { TableCellData, TableData, TypedRow } from "../plan/tableData";
import { typedTable } from "../plan/tableData";
import type { CityIndex } from "../programme/types";
import { englishLabelOf, labelIn, LANGUAGES } from "../language";
import { textOf } from "../sheetValues";
import type { PartnershipFigures } from "./comparePartnerships";
import { cityIndicesFromGoals, partnershipKey } from "./programmeGoals";

export interface ProgrammeUnits {
  /** One per row of the table with a partnership, in the table's order. */
  readonly units: PartnershipFigures[];
  /** Sentences for the comparison's notes about what the table can and cannot say. */
  readonly notes: string[];
  readonly problems: Problem[];
}

export const PROGRAMME_ROUNDING_NOTE =
  "The SDG indices come from the programme table, which keeps each city's index to one decimal.";

const HEADERS = {
  source: "Source",
  partnership: "Partnership",
  alignment: "Alignment",
  sdgIndex: "SDG index (latest year, by city)",
  ...Object.fromEntries(catalogue.principles.map((principle) => [principle.id, principle.id])),
} as Readonly<Record<"source" | "partnership" | "alignment" | "sdgIndex" | PrincipleId, string>>;

type Column = keyof typeof HEADERS;

type Warn = (address: string, code: ProblemCode, parameters?: PhraseParameters) => void;

const REQUIRED: readonly Column[] = [
  "partnership",
  "alignment",
  ...catalogue.principles.map((principle) => principle.id),
];

/**
 * The partnerships of C2C_Programme; their cities' SDG indices from C2C_ProgrammeGoals when the
 * workbook has it (`goals`), else from the text cell older programme workbooks carry.
 */
export function programmeUnitsFromTable(
  table: TableData,
  goals: TableData | null = null,
): ProgrammeUnits {
  const fromGoals = goals === null ? null : cityIndicesFromGoals(goals);
  const typed = typedTable(table, HEADERS);
  const problems: Problem[] = [...(fromGoals?.problems ?? [])];
  const warn: Warn = (address, code, parameters) => {
    problems.push(problemAt(address, "warning", phrase(code, parameters)));
  };
  const missing = REQUIRED.filter((column) => typed.missing.includes(column));
  if (missing.length > 0) {
    const names = missing.map((column) => `"${HEADERS[column]}"`).join(", ");
    const code = missing.length === 1 ? "compare.missingColumn" : "compare.missingColumns";
    return {
      units: [],
      notes: [],
      problems: [
        problemAt(table.name, "error", phrase(code, { table: table.name, columns: names })),
      ],
    };
  }
  const units = typed.rows.flatMap((row): PartnershipFigures[] => {
    const name = textOf(row.cells.partnership?.value ?? null);
    if (name === "") {
      if (hasAnyValue(row))
        warn(
          row.cells.partnership?.address ?? `${table.sheet}!${row.row}:${row.row}`,
          "compare.noPartnership",
        );
      return [];
    }
    const principleScores = Object.fromEntries(
      catalogue.principles.map((principle) => [
        principle.id,
        fivePointScore(row.cells[principle.id], warn),
      ]),
    ) as Record<PrincipleId, number | null>;
    return [
      {
        source: textOf(row.cells.source?.value ?? null) || `${table.sheet} row ${row.row}`,
        name,
        principleScores,
        alignment: fivePointScore(row.cells.alignment, warn),
        sdgIndices:
          fromGoals === null
            ? cityIndices(row.cells.sdgIndex, warn)
            : (fromGoals.byPartnership.get(
                partnershipKey(textOf(row.cells.source?.value ?? null), name),
              ) ?? []),
      },
    ];
  });
  const anyIndex = units.some((unit) => unit.sdgIndices.length > 0);
  return {
    units,
    notes: anyIndex && fromGoals === null ? [PROGRAMME_ROUNDING_NOTE] : [],
    problems,
  };
}

function hasAnyValue(row: TypedRow<Column>): boolean {
  return Object.values<TableCellData | undefined>(row.cells).some(
    (cell) => cell !== undefined && textOf(cell.value) !== "",
  );
}

function fivePointScore(cell: TableCellData | undefined, warn: Warn): number | null {
  if (cell === undefined) return null;
  const reading = readNumber(cell.value);
  if (reading.kind === "blank") return null;
  if (reading.kind === "invalid") {
    warn(cell.address, "compare.scoreUnreadable", { reason: reading.reason });
    return null;
  }
  if (reading.value < 1 || reading.value > 5) {
    warn(cell.address, "compare.scoreOutside", { value: reading.value });
    return null;
  }
  return reading.value;
}

// "Lindhaven 72.4 (2024) · Sokoni no data (2024)", as programmePlan writes it; "no data" and the
// decimal comma in the workbook's language too ("Lindhaven 72,4 (2024) · Sokoni Pas de données (2024)").
const NO_DATA_WORDS = ["no data", ...LANGUAGES.map((language) => labelIn(language, "No data"))];
const CITY_INDEX = new RegExp(
  `^(.+?) (${NO_DATA_WORDS.map(escapedForRegExp).join("|")}|\\d+(?:[.,]\\d+)?) \\((\\d{4})\\)$`,
  "iu",
);
const isNoData = (value: string): boolean => englishLabelOf(value) === "No data";

function escapedForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

function cityIndices(cell: TableCellData | undefined, warn: Warn): CityIndex[] {
  const text = textOf(cell?.value ?? null);
  if (cell === undefined || text === "") return [];
  const entries: CityIndex[] = [];
  for (const part of text.split("·").map((entry) => entry.trim())) {
    const match = CITY_INDEX.exec(part);
    const [, city, value, year] = match ?? [];
    const noData = value !== undefined && isNoData(value);
    const index = noData ? null : Number(value?.replace(",", "."));
    if (
      city === undefined ||
      year === undefined ||
      (index !== null && (!Number.isFinite(index) || index > 100))
    ) {
      warn(cell.address, "compare.cityIndexUnreadable", { part });
      continue;
    }
    entries.push({ city, year: Number(year), index });
  }
  return entries;
}
