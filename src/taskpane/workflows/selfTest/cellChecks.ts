// Checks of plain cells, names, charts and the selection: each writes its own scratch sheet through
// the host as the product does, then reads it back. What each saw is said in the pane's language,
// its cells, formulas and names as Excel writes them.

import { formatCellAddress } from "../../../engine/plan/address";
import type { CellValue } from "../../../engine/sheetValues";
import {
  applyScratch,
  failed,
  formulaCell,
  newSheetsPlan,
  numberText,
  passed,
  readValues,
  readCell,
  sameNumber,
  shown,
  valueCell,
} from "./scratchPlans";
import type { SelfTestCheck } from "./types";

export const valuesAndFormulas: SelfTestCheck = {
  id: "values-formulas",
  title: "check.valuesFormulas",
  async run(bench) {
    const { texts } = bench;
    const { t } = texts;
    const sheet = bench.scratchSheet("C2C self-test 1");
    await applyScratch(
      bench,
      newSheetsPlan({
        [sheet]: {
          cells: [
            valueCell("A1", "Riverton"),
            valueCell("B1", 42.5),
            formulaCell("C1", "=B1*2", 85),
            valueCell("D1", true),
          ],
        },
      }),
    );
    const [cells] = await bench.scratch.readCells(sheet, "A1:D1");
    const [text, number, formula, flag] = cells ?? [];
    const readBack = (cell: string, value: CellValue) =>
      failed(t("check.readBackAs", { cell, value: shown(texts, value) }));
    if (text?.value !== "Riverton") return readBack("A1", text?.value);
    if (!sameNumber(number?.value, 42.5)) return readBack("B1", number?.value);
    if (formula?.formula !== "=B1*2")
      return failed(
        t("check.valuesFormulas.formulaBack", {
          cell: "C1",
          formula: formula?.formula ?? t("check.noFormula"),
        }),
      );
    if (!sameNumber(formula.value, 85))
      return failed(
        t("check.valuesFormulas.formulaShows", {
          formula: "=B1*2",
          cell: "C1",
          value: shown(texts, formula.value),
          expected: numberText(texts, 85),
        }),
      );
    if (flag?.value !== true) return readBack("D1", flag?.value);
    return passed(
      t("check.valuesFormulas.passed", { formula: "=B1*2", value: numberText(texts, 85) }),
    );
  },
};

const NAME = "C2C_SelfTestValue";

export const definedNames: SelfTestCheck = {
  id: "names",
  title: "check.definedName",
  async run(bench) {
    const { texts } = bench;
    const { t } = texts;
    const sheet = bench.scratchSheet("C2C self-test 2");
    const name = bench.scratchName(NAME);
    await applyScratch(
      bench,
      newSheetsPlan(
        { [sheet]: { cells: [valueCell("B2", 7), formulaCell("C2", `=${name}*3`, 21)] } },
        [{ name, sheet, range: "B2" }],
      ),
    );
    const refersTo = await bench.scratch.nameFormula(name);
    if (refersTo === null) return failed(t("check.definedName.missing", { name }));
    if (!refersTo.replace(/'/g, "").endsWith("!$B$2"))
      return failed(t("check.definedName.elsewhere", { name, range: refersTo, cell: "B2" }));
    const used = await readCell(bench, sheet, "C2");
    const formula = `=${name}*3`;
    const expected = numberText(texts, 21);
    if (!sameNumber(used.value, 21))
      return failed(
        t("check.formulaShows", { formula, value: shown(texts, used.value), expected }),
      );
    return passed(
      t("check.definedName.passed", { name, range: refersTo, formula, value: expected }),
    );
  },
};

// Over 1 MB once encoded as UTF-8 (2 bytes a Cyrillic letter, 3 a Chinese or Thai one): the kind of
// city names and notes that a count of characters would take for a third of their size.
const NON_LATIN = "Нур-Султан · 名古屋市 · ไนโรบี · Đà Nẵng · ";
const TEXT_CELLS = 150;
const CHARACTERS_PER_CELL = 4000;
export const LARGE_TEXT_MIN_BYTES = 1_048_576;

function largeText(index: number): string {
  const prefix = `${index + 1}. `;
  return (prefix + NON_LATIN.repeat(CHARACTERS_PER_CELL)).slice(0, CHARACTERS_PER_CELL);
}

export const largeNonLatinWrite: SelfTestCheck = {
  id: "large-text",
  title: "check.largeText",
  async run(bench) {
    const { texts } = bench;
    const { t } = texts;
    const sheet = bench.scratchSheet("C2C self-test 3");
    const contents = Array.from({ length: TEXT_CELLS }, (_, index) => largeText(index));
    const encoder = new TextEncoder();
    const bytes = contents.reduce((sum, text) => sum + encoder.encode(text).length, 0);
    if (bytes <= LARGE_TEXT_MIN_BYTES)
      return failed(t("check.largeText.tooSmall", { bytes: texts.number(bytes, 0) }));
    await applyScratch(
      bench,
      newSheetsPlan({
        [sheet]: {
          cells: contents.map((text, index) =>
            valueCell(formatCellAddress({ row: index + 1, column: 1 }), text),
          ),
        },
      }),
    );
    const values = await readValues(bench, sheet, `A1:A${TEXT_CELLS}`);
    const wrong = contents.findIndex((text, index) => values[index]?.[0] !== text);
    const megabytes = texts.number(bytes / 1_048_576, 2);
    const cells = texts.number(TEXT_CELLS, 0);
    if (wrong >= 0)
      return failed(t("check.largeText.wrong", { megabytes, cells, cell: `A${wrong + 1}` }));
    return passed(t("check.largeText.passed", { megabytes, cells }));
  },
};

export const chart: SelfTestCheck = {
  id: "chart",
  title: "check.chart",
  async run(bench) {
    const sheet = bench.scratchSheet("C2C self-test 4");
    const rows: [string, number][] = [
      ["Riverton", 62],
      ["Lakeside", 48],
      ["Nakuru", 71],
    ];
    await applyScratch(
      bench,
      newSheetsPlan({
        [sheet]: {
          cells: [
            valueCell("A1", "City"),
            valueCell("B1", "Index"),
            ...rows.flatMap(([city, index], row) => [
              valueCell(`A${row + 2}`, city),
              valueCell(`B${row + 2}`, index),
            ]),
          ],
          charts: [
            {
              kind: "bar",
              barDirection: "horizontal",
              title: "Self-test chart",
              anchor: "D1:J12",
              categories: "A2:A4",
              series: [{ name: "Index", values: "B2:B4", colour: "#1F6FB2" }],
              valueAxis: { min: 0, max: 100 },
            },
          ],
        },
      }),
    );
    const { t } = bench.texts;
    const count = await bench.scratch.chartCount(sheet);
    if (count !== 1) return failed(t("check.chart.count", { count: bench.texts.number(count, 0) }));
    return passed(t("check.chart.passed"));
  },
};

export const selection: SelfTestCheck = {
  id: "selection",
  title: "check.select",
  async run(bench) {
    const sheet = bench.scratchSheet("C2C self-test 5");
    await applyScratch(bench, newSheetsPlan({ [sheet]: { cells: [valueCell("B3", "here")] } }));
    const { t } = bench.texts;
    const address = `'${sheet}'!B3`;
    if (!(await bench.host.selectRange(address)))
      return failed(t("check.select.refused", { address }));
    if (await bench.host.selectRange("'C2C no such sheet'!A1"))
      return failed(t("check.select.missingAccepted"));
    return passed(t("check.select.passed", { address }));
  },
};
