// The score of every indicator row (docs/method.md §4) against the worst value its mode gives and the
// end value the reader resolved. A row without a value has no score and is a coverage gap; a row
// whose score is undefined (end = worst) is a problem named by its row.

import { TABLES } from "../model/contract";
import type { IndicatorRow, Problem } from "../model/types";
import { indicatorScore } from "../scoring";
import { formatNumber } from "../scoring/checks";
import type { ScoringSettings } from "../settings";
import { rowAddress } from "./addresses";
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
      problems.push({
        address: rowAddress(sheet, row.row),
        message: `${row.code} for ${row.city}, ${row.year}: ${result.note}`,
        severity: "warning",
      });
    }
    return result;
  });

  const fellBack = worsts.peer.filter((peer) => peer.mode === "fixed");
  if (fellBack.length > 0) {
    problems.push({
      address: TABLES.indicators,
      message:
        `the peer worst value needs data from at least ${formatNumber(settings.peerMinimumUnits)} cities; ` +
        `fewer have data for ${fellBack.map((peer) => peer.code).join(", ")}, so the fixed worst value is used for ${fellBack.length === 1 ? "it" : "them"}`,
      severity: "warning",
    });
  }
  return { results, peerWorst: worsts.peer, problems };
}

function scoredRow(row: IndicatorRow, worst: RowWorst): IndicatorResult {
  const base = {
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
  };
  const missing = (note: string | null): IndicatorResult => ({
    ...base,
    score: null,
    distance: null,
    note,
  });
  if (row.value === null) return missing(null);
  if (worst.worst === null) return missing("no worst value, so no score");
  if (row.end === null) return missing("no end value, so no score");
  const score = indicatorScore(row.value, worst.worst, row.end);
  if (!score.ok) return missing(score.error.message);
  return { ...base, score: score.value, distance: 100 - score.value, note: null };
}
