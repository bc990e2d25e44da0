import { scoreAssessment } from "../../../src/engine/assessment";
import { samplePartnership } from "../../../src/engine/demo";
import {
  OPEN_SDG_COLUMNS,
  OPEN_SDG_SERIES,
  openSdgCsv,
  openSdgRows,
} from "../../../src/engine/publish/openSdg";
import { parseCsv } from "./csvParse";

const scores = scoreAssessment(samplePartnership());

describe("openSdgRows", () => {
  const rows = openSdgRows(scores);

  it("has one row per observed value, indicator score, and goal, objective and overall index that exists", () => {
    const count = (series: string) => rows.filter((row) => row.series === series).length;
    expect(count(OPEN_SDG_SERIES.value)).toBe(
      scores.indicators.filter((row) => row.value !== null).length,
    );
    expect(count(OPEN_SDG_SERIES.score)).toBe(
      scores.indicators.filter((row) => row.score !== null).length,
    );
    expect(count(OPEN_SDG_SERIES.goal)).toBe(
      scores.goalIndices.filter((entry) => entry.index !== null).length,
    );
    expect(count(OPEN_SDG_SERIES.objective)).toBe(
      scores.objectiveIndices.filter((entry) => entry.index !== null).length,
    );
    expect(count(OPEN_SDG_SERIES.overall)).toBe(
      scores.overallIndices.filter((entry) => entry.index !== null).length,
    );
    expect(rows.every((row) => Number.isFinite(row.value))).toBe(true);
  });

  it("carries each goal index under its own Indicator, city and year", () => {
    for (const goal of scores.goalIndices) {
      const row = rows.find(
        (entry) =>
          entry.indicator === `SDG ${goal.goal} index` &&
          entry.city === goal.city &&
          entry.year === goal.year,
      );
      expect(row?.value).toBe(goal.index ?? undefined);
    }
  });
});

describe("openSdgCsv", () => {
  it("writes the tidy header and reads back to the same rows, numbers as numbers", () => {
    const [header, ...lines] = parseCsv(openSdgCsv(scores), ",");
    expect(header).toEqual([...OPEN_SDG_COLUMNS]);
    const rows = openSdgRows(scores);
    expect(lines).toHaveLength(rows.length);
    lines.forEach((line, index) => {
      const row = rows[index];
      expect(line.slice(0, 5)).toEqual([
        row?.indicator,
        row?.series,
        String(row?.year),
        row?.city,
        row?.units,
      ]);
      expect(Number(line[5])).toBe(row?.value);
    });
  });

  it("with ';' and a decimal comma, every value reads back after swapping the comma for a point", () => {
    const lines = parseCsv(openSdgCsv(scores, { delimiter: ";", decimalComma: true }), ";").slice(
      1,
    );
    const rows = openSdgRows(scores);
    expect(lines.some((line) => line[5]?.includes(",") === true)).toBe(true);
    lines.forEach((line, index) => {
      expect(line).toHaveLength(OPEN_SDG_COLUMNS.length);
      expect(Number((line[5] ?? "").replace(",", "."))).toBe(rows[index]?.value);
    });
  });
});
