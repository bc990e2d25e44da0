// Checks of plain cells, names, charts and the selection: each writes its own scratch sheet through
// the host as the product does, then reads it back.

import { formatCellAddress } from "../../../engine/plan/address";
import {
  applyScratch,
  formulaCell,
  newSheetsPlan,
  readValues,
  readCell,
  sameNumber,
  shown,
  valueCell,
} from "./scratchPlans";
import type { CheckOutcome, SelfTestCheck } from "./types";

const passed = (detail: string): CheckOutcome => ({ status: "passed", detail });
const failed = (detail: string): CheckOutcome => ({ status: "failed", detail });

export const valuesAndFormulas: SelfTestCheck = {
  id: "values-formulas",
  title: "check.valuesFormulas",
  async run(bench) {
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
    if (text?.value !== "Riverton") return failed(`A1 read back as ${shown(text?.value)}.`);
    if (!sameNumber(number?.value, 42.5)) return failed(`B1 read back as ${shown(number?.value)}.`);
    if (formula?.formula !== "=B1*2")
      return failed(`The formula in C1 read back as ${formula?.formula ?? "no formula"}.`);
    if (!sameNumber(formula.value, 85))
      return failed(`The formula =B1*2 in C1 shows ${shown(formula.value)}, not 85.`);
    if (flag?.value !== true) return failed(`D1 read back as ${shown(flag?.value)}.`);
    return passed(
      "A text, a number, TRUE and the formula =B1*2 (showing 85) read back as written.",
    );
  },
};

const NAME = "C2C_SelfTestValue";

export const definedNames: SelfTestCheck = {
  id: "names",
  title: "check.definedName",
  async run(bench) {
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
    if (refersTo === null) return failed(`The name ${name} was not created.`);
    if (!refersTo.replace(/'/g, "").endsWith("!$B$2"))
      return failed(`The name ${name} refers to ${refersTo}, not to B2.`);
    const used = await readCell(bench, sheet, "C2");
    if (!sameNumber(used.value, 21))
      return failed(`The formula =${name}*3 shows ${shown(used.value)}, not 21.`);
    return passed(`The name ${name} refers to ${refersTo}, and =${name}*3 shows 21.`);
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
    const sheet = bench.scratchSheet("C2C self-test 3");
    const texts = Array.from({ length: TEXT_CELLS }, (_, index) => largeText(index));
    const encoder = new TextEncoder();
    const bytes = texts.reduce((sum, text) => sum + encoder.encode(text).length, 0);
    if (bytes <= LARGE_TEXT_MIN_BYTES)
      return failed(`The test text is only ${bytes} bytes, under the 1 MB it must exceed.`);
    await applyScratch(
      bench,
      newSheetsPlan({
        [sheet]: {
          cells: texts.map((text, index) =>
            valueCell(formatCellAddress({ row: index + 1, column: 1 }), text),
          ),
        },
      }),
    );
    const values = await readValues(bench, sheet, `A1:A${TEXT_CELLS}`);
    const wrong = texts.findIndex((text, index) => values[index]?.[0] !== text);
    const megabytes = (bytes / 1_048_576).toFixed(2);
    if (wrong >= 0)
      return failed(
        `Of ${megabytes} MB of text in ${TEXT_CELLS} cells, A${wrong + 1} did not read back as written.`,
      );
    return passed(`${megabytes} MB of text (UTF-8) in ${TEXT_CELLS} cells read back as written.`);
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
    const count = await bench.scratch.chartCount(sheet);
    if (count !== 1) return failed(`The sheet holds ${count} charts after adding one.`);
    return passed("A bar chart of three cities was added to the sheet.");
  },
};

export const selection: SelfTestCheck = {
  id: "selection",
  title: "check.select",
  async run(bench) {
    const sheet = bench.scratchSheet("C2C self-test 5");
    await applyScratch(bench, newSheetsPlan({ [sheet]: { cells: [valueCell("B3", "here")] } }));
    const address = `'${sheet}'!B3`;
    if (!(await bench.host.selectRange(address)))
      return failed(`Selecting ${address} was refused.`);
    if (await bench.host.selectRange("'C2C no such sheet'!A1"))
      return failed("Selecting a cell of a sheet that does not exist was not refused.");
    return passed(`${address} was selected; a cell of a missing sheet was refused.`);
  },
};
