// The Indicators sheet: the tidy C2C_Indicators table, one row per indicator × city × year, with
// worst and end values prefilled from the catalogue (an end relative to the baseline, such as
// "halve the poverty rate", is a formula over the city's own values) and the basis of each.
// The Score column is added by computedColumns.ts.

import { findIndicator } from "../catalogue";
import type { ValueBasis } from "../catalogue/types";
import { INDICATOR_HEADERS, SHEETS, TABLES } from "../model/contract";
import type { IndicatorRow } from "../model/types";
import { BLANK, call, ifThen, mul, num, ref, type Expr } from "../formula/expr";
import type { DataValidationPlan } from "../plan/types";
import { TABLE_HEADER_ROW, at, letters, span, widthsFrom } from "./grid";
import { yesNo } from "./planValue";
import { PRINT_ONE_PAGE_WIDE, type SheetTemplate, type TemplateCell } from "./sheetTemplate";
import { TAB_COLOURS } from "./styles";
import { TemplateError } from "./templateError";
import { phrase } from "../language/problemTexts";
import { ENGLISH_WORDS, type TemplateWords } from "./texts";

/** The y/n words of the language, for prompts that name them. */
export function flagWords(words: TemplateWords): { yes: string; no: string } {
  return { yes: words.token("flag", "y"), no: words.token("flag", "n") };
}
import { nameKey } from "../sheetValues";

/** The table's columns as the contract spells them; the two bases are the templates' own. */
const INDICATOR_COLUMNS: readonly string[] = [
  INDICATOR_HEADERS.code,
  INDICATOR_HEADERS.indicator,
  INDICATOR_HEADERS.goal,
  INDICATOR_HEADERS.city,
  INDICATOR_HEADERS.year,
  INDICATOR_HEADERS.value,
  INDICATOR_HEADERS.worst,
  INDICATOR_HEADERS.end,
  INDICATOR_HEADERS.unit,
  INDICATOR_HEADERS.source,
  INDICATOR_HEADERS.disaggregated,
  INDICATOR_HEADERS.score,
  INDICATOR_HEADERS.objective,
  "End basis",
  "Worst basis",
];

/** The headers as the workbook's language writes them. */
function indicatorHeaders(words: TemplateWords): string[] {
  return INDICATOR_COLUMNS.map((header) =>
    header === "End basis"
      ? words.text("indicators.endBasis")
      : header === "Worst basis"
        ? words.text("indicators.worstBasis")
        : words.header(header),
  );
}

const column = (header: string): number => INDICATOR_COLUMNS.indexOf(header) + 1;

export const indicatorRow = (index: number): number => TABLE_HEADER_ROW + 1 + index;

/** A basis as the workbook's language writes it: its kind, then its source in brackets. */
export function describeBasis(basis: ValueBasis, words: TemplateWords = ENGLISH_WORDS): string {
  const kind = words.catalogue("basisKinds", basis.kind, basis.kind);
  return basis.source === undefined
    ? kind
    : `${kind} (${words.catalogue("basisSources", basis.source, basis.source)})`;
}

/**
 * The end value cell of a row whose catalogue end is relative to the baseline: factor × the city's
 * value in the start year, else its earliest value (docs/method.md §4), over the rows of the same
 * indicator and city on this sheet.
 */
function relativeEndExpr(factor: number, baselineRows: readonly number[]): Expr {
  const valueLetters = letters(column(INDICATOR_HEADERS.value));
  return baselineRows.reduceRight<Expr>((otherwise, row) => {
    const cell = ref(SHEETS.indicators, `${valueLetters}${row}`);
    return ifThen(call("ISNUMBER", cell), mul(num(factor), cell), otherwise);
  }, BLANK);
}

/** Rows of the same indicator and city, start year first, then by year. */
function baselineOrder(
  rows: readonly IndicatorRow[],
  index: number,
  startYear: number | null,
): number[] {
  const own = rows[index];
  if (own === undefined) return [];
  const sameUnit = rows
    .map((row, rowIndex) => ({ row, rowIndex }))
    .filter(
      ({ row }) =>
        row.code.toLowerCase() === own.code.toLowerCase() &&
        nameKey(row.city) === nameKey(own.city),
    )
    .sort((a, b) =>
      a.row.year === startYear ? -1 : b.row.year === startYear ? 1 : a.row.year - b.row.year,
    );
  return sameUnit.map(({ rowIndex }) => indicatorRow(rowIndex));
}

/**
 * `resolvedEnds[i]` is the end value the engine used for row i (shown in a relative end's formula
 * cell); null when it had none.
 */
export function indicatorsSheet(
  rows: readonly IndicatorRow[],
  startYear: number | null,
  resolvedEnds: readonly (number | null)[],
  words: TemplateWords = ENGLISH_WORDS,
): SheetTemplate {
  const headers = indicatorHeaders(words);
  if (rows.length === 0) throw new TemplateError(phrase("template.noIndicatorRow"));
  const header = TABLE_HEADER_ROW;
  const cells: TemplateCell[] = [
    { address: "A1", value: words.text("indicators.title"), style: "title" },
    {
      address: "A2",
      value: words.text("indicators.subtitle", {
        value: words.header(INDICATOR_HEADERS.value),
        worst: words.header(INDICATOR_HEADERS.worst),
        end: words.header(INDICATOR_HEADERS.end),
      }),
      style: "subtitle",
    },
    ...headers.map((text, index) => ({
      address: at(header, index + 1),
      value: text,
      style: "header" as const,
    })),
  ];
  rows.forEach((indicator, index) => {
    const row = indicatorRow(index);
    const definition = findIndicator(indicator.code);
    const put = (
      header: string,
      value: TemplateCell["value"],
      style: TemplateCell["style"],
      expr?: Expr,
    ): void => {
      cells.push({
        address: at(row, column(header)),
        value,
        style,
        ...(expr === undefined ? {} : { expr }),
      });
    };
    put(INDICATOR_HEADERS.code, indicator.code, "prefilled");
    put(INDICATOR_HEADERS.indicator, indicator.indicator, "prefilled");
    put(INDICATOR_HEADERS.goal, indicator.goal, "prefilled");
    put(INDICATOR_HEADERS.city, indicator.city, "prefilled");
    put(INDICATOR_HEADERS.year, indicator.year, "prefilled");
    put(INDICATOR_HEADERS.value, indicator.value, "input");
    put(INDICATOR_HEADERS.worst, indicator.worst, "input");
    if (indicator.end === null && definition?.end.kind === "relative-to-baseline") {
      put(
        INDICATOR_HEADERS.end,
        resolvedEnds[index] ?? "",
        "input",
        relativeEndExpr(definition.end.factor, baselineOrder(rows, index, startYear)),
      );
    } else {
      put(INDICATOR_HEADERS.end, indicator.end, "input");
    }
    put(INDICATOR_HEADERS.unit, indicator.unit === "" ? null : indicator.unit, "prefilled");
    put(INDICATOR_HEADERS.source, indicator.source === "" ? null : indicator.source, "input");
    put(INDICATOR_HEADERS.disaggregated, yesNo(indicator.disaggregated, words), "input");
    put(
      INDICATOR_HEADERS.objective,
      indicator.objective ?? definition?.objective ?? null,
      "prefilled",
    );
    put(
      "End basis",
      definition === undefined ? null : describeBasis(definition.endBasis, words),
      "prefilled",
    );
    put(
      "Worst basis",
      definition === undefined ? null : describeBasis(definition.worstBasis, words),
      "prefilled",
    );
  });
  const lastRow = indicatorRow(rows.length - 1);
  const validations: DataValidationPlan[] = [
    {
      range: span(
        header + 1,
        column(INDICATOR_HEADERS.disaggregated),
        lastRow,
        column(INDICATOR_HEADERS.disaggregated),
      ),
      list: { values: words.tokens("flag") },
      allowBlank: true,
      prompt: {
        title: words.header(INDICATOR_HEADERS.disaggregated),
        text: words.text("indicators.disaggregatedPrompt", flagWords(words)),
      },
      error: {
        title: words.header(INDICATOR_HEADERS.disaggregated),
        text: words.text("validation.answerYesOrNo", flagWords(words)),
      },
    },
    {
      range: span(
        header + 1,
        column(INDICATOR_HEADERS.objective),
        lastRow,
        column(INDICATOR_HEADERS.objective),
      ),
      list: { values: ["GOV", "INC", "GRN", "PRO"] },
      allowBlank: true,
      error: {
        title: words.text("indicators.objectiveTitle"),
        text: words.text("indicators.objectiveError"),
      },
    },
  ];
  return {
    name: SHEETS.indicators,
    owned: false,
    cells,
    tables: [
      {
        name: TABLES.indicators,
        range: span(header, 1, lastRow, INDICATOR_COLUMNS.length),
        columns: headers,
        style: "TableStyleLight9",
        showRowStripes: true,
      },
    ],
    validations,
    columnWidths: widthsFrom([10, 60, 6, 16, 7, 10, 10, 10, 12, 24, 13, 8, 10, 40, 40]),
    freeze: { rows: header, columns: 1 },
    tabColour: TAB_COLOURS.input,
    print: PRINT_ONE_PAGE_WIDE,
  };
}
