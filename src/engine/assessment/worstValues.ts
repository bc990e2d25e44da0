// The worst value each indicator row is scored against, by worst-value mode (docs/method.md §4):
// `fixed` keeps the row's Worst (the catalogue's when the cell was blank); `peer` takes the worst
// value observed for the indicator across all cities and years; `baseline` takes the city's own
// first observation.
//
// Peer worst values are computed once and written into the Worst column, so that earlier scores do
// not move when new data arrive. A Worst cell that differs from the catalogue's worst value is
// therefore taken as already set (by an earlier run or by the user): the indicator keeps it, and its
// rows still holding the catalogue default receive it too, so every year is scored on one scale.

import { findIndicator } from "../catalogue";
import type { IndicatorRow } from "../model/types";
import { baselineWorstValue, peerWorstValue } from "../scoring";
import type { ScoringSettings } from "../settings";
import type { PeerWorstResult, WorstSource } from "./types";
import { nameKey } from "../sheetValues";

export interface RowWorst {
  readonly worst: number | null;
  readonly source: WorstSource;
}

export interface WorstValues {
  /** One per row, in the order of the rows. */
  readonly rows: readonly RowWorst[];
  /** One per indicator code in peer mode, in order of first appearance. */
  readonly peer: readonly PeerWorstResult[];
}

export function worstValues(
  rows: readonly IndicatorRow[],
  settings: Pick<ScoringSettings, "worstValueMode" | "peerMinimumUnits">,
): WorstValues {
  switch (settings.worstValueMode) {
    case "fixed":
      return { rows: rows.map(workbookWorst), peer: [] };
    case "baseline":
      return { rows: baselineWorsts(rows), peer: [] };
    case "peer":
      return peerWorsts(rows, settings.peerMinimumUnits);
  }
}

function workbookWorst(row: IndicatorRow): RowWorst {
  return { worst: row.worst, source: "workbook" };
}

function groupIndexes(
  rows: readonly IndicatorRow[],
  key: (row: IndicatorRow) => string,
): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const group = groups.get(key(row));
    if (group === undefined) groups.set(key(row), [index]);
    else group.push(index);
  });
  return groups;
}

const codeKey = (row: IndicatorRow): string => row.code.trim().toLowerCase();

function baselineWorsts(rows: readonly IndicatorRow[]): RowWorst[] {
  const result: RowWorst[] = rows.map(workbookWorst);
  for (const indexes of groupIndexes(
    rows,
    (row) => `${codeKey(row)}\u0000${nameKey(row.city)}`,
  ).values()) {
    const observations = indexes.flatMap((index) => {
      const row = rows[index];
      return row === undefined || row.value === null ? [] : [{ year: row.year, value: row.value }];
    });
    const baseline = baselineWorstValue(observations);
    // A city without any value keeps the workbook's worst: none of its rows has a score to change.
    if (!baseline.ok) continue;
    for (const index of indexes) result[index] = { worst: baseline.value, source: "baseline" };
  }
  return result;
}

function peerWorsts(rows: readonly IndicatorRow[], minUnits: number): WorstValues {
  const result: RowWorst[] = rows.map(workbookWorst);
  const peer: PeerWorstResult[] = [];
  for (const indexes of groupIndexes(rows, codeKey).values()) {
    const group = indexes.flatMap((index) => {
      const row = rows[index];
      return row === undefined ? [] : [{ index, row }];
    });
    const first = group[0];
    const definition = first === undefined ? undefined : findIndicator(first.row.code);
    // An indicator outside the catalogue has no polarity to say which end is worst: its rows keep
    // the worst values the workbook gives them.
    if (first === undefined || definition === undefined) continue;

    const observations = group.flatMap(({ row }) =>
      row.value === null ? [] : [{ unit: nameKey(row.city), value: row.value }],
    );
    const units = new Set(observations.map((observation) => observation.unit)).size;
    const isDefault = (worst: number | null): boolean =>
      worst === null || worst === definition.worst;
    const alreadySet = group.find(({ row }) => !isDefault(row.worst));

    if (alreadySet !== undefined && alreadySet.row.worst !== null) {
      const kept = alreadySet.row.worst;
      for (const { index, row } of group) {
        if (isDefault(row.worst)) result[index] = { worst: kept, source: "peer" };
      }
      peer.push({ code: definition.id, worst: kept, mode: "kept", units });
      continue;
    }

    const computed = peerWorstValue(observations, definition.polarity, definition.worst, minUnits);
    if (computed.mode === "peer") {
      for (const { index } of group) result[index] = { worst: computed.worst, source: "peer" };
    }
    peer.push({ code: definition.id, worst: computed.worst, mode: computed.mode, units });
  }
  return { rows: result, peer };
}
