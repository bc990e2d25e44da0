// The score of every indicator row (docs/method.md §4) against the worst value its mode gives and the
// end value the reader resolved. A row without a value has no score and is a coverage gap; a row
// whose score is undefined (end = worst) is a problem named by its row.

import { phrase, problemAt } from "../language/problemTexts";
import { TABLES } from "../model/contract";
import type { IndicatorRow, Problem } from "../model/types";
import { indicatorScore } from "../scoring";
import { formatNumber } from "../scoring/checks";
import type { ScoringSettings } from "../settings";
import { rowAddress } from "./addresses";
import { reasonOrThrow } from "./invariant";
import type { IndicatorResult, PeerWorstResult } from "./types";
import { worstValues, type RowWorst } from "./worstValues";

export interface IndicatorScoring {
  readonly results: readonly IndicatorResult[];
  readonly peerWorst: readonly PeerWorstResult[];
  readonly problems: readonly Problem[];
}

export function indicatorResults(
  rows: readonly IndicatorRow[],
  settings: Pick<ScoringSettings, "worstValueMode" | "peerMinimumUnits">,
  sheet: string,
): IndicatorScoring {
  const worsts = worstValues(rows, settings);
  const problems: Problem[] = [];
  const results = rows.map((row, index): IndicatorResult => {
    const worst = worsts.rows[index] ?? { worst: row.worst, source: "workbook" };
    const result = scoredRow(row, worst);
    if (
      result.score === null &&
      result.note !== null &&
      row.value !== null &&
      worst.worst !== null &&
      row.end !== null
    ) {
      // With a value, a worst and an end value, only an end equal to the worst leaves no score.
      problems.push(
        problemAt(
          rowAddress(sheet, row.row),
          "warning",
          phrase("indicator.endEqualsWorst", {
            code: row.code,
            city: row.city,
            year: row.year,
            worst: formatNumber(worst.worst),
          }),
        ),
      );
    }
    return result;
  });

  const fellBack = worsts.peer.filter((peer) => peer.mode === "fixed");
  if (fellBack.length > 0) {
    const code = fellBack.length === 1 ? "indicator.peerFallbackOne" : "indicator.peerFallbackMany";
    problems.push(
      problemAt(
        TABLES.indicators,
        "warning",
        phrase(code, {
          units: formatNumber(settings.peerMinimumUnits),
          codes: fellBack.map((peer) => peer.code).join(", "),
        }),
      ),
    );
  }
  return { results, peerWorst: worsts.peer, problems };
}

// One result object per row, built once: a long list scores thousands of rows.
function scoredRow(row: IndicatorRow, worst: RowWorst): IndicatorResult {
  const score =
    row.value === null || worst.worst === null || row.end === null
      ? undefined
      : indicatorScore(row.value, worst.worst, row.end);
  const note =
    row.value === null
      ? null
      : worst.worst === null
        ? phrase("noScore.noWorst")
        : row.end === null
          ? phrase("noScore.noEnd")
          : score?.ok === false
            ? reasonOrThrow(score.error, `the score of row ${row.row}`)
            : null;
  const value = score?.ok === true ? score.value : null;
  return {
    row: row.row,
    code: row.code,
    goal: row.goal,
    objective: row.objective,
    city: row.city,
    year: row.year,
    value: row.value,
    disaggregated: row.disaggregated,
    worst: worst.worst,
    worstSource: worst.source,
    end: row.end,
    score: value,
    distance: value === null ? null : 100 - value,
    note,
  };
}
