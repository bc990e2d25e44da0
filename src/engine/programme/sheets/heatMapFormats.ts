// Heat maps by conditional formatting: a number's band colour by the band limits the programme uses,
// the same colours as the partnership Scoreboard's bands, and a legend of the band labels in their
// colours beside it (colour is never the only sign: every band is named).

import type { ConditionalFormatPlan, ConditionalRulePlan, HighlightPlan } from "../../plan/types";
import type { PrincipleBandLimits, SdgBandLimits } from "../../settings";
import { at, span } from "../../templates/grid";
import { bandLabelFormat } from "../../templates/scoreboard/block";
import type { TemplateCell } from "../../templates/sheetTemplate";
import { BAND_HIGHLIGHTS, PRINCIPLE_BAND_COLOURS, SDG_BAND_COLOURS } from "../../templates/styles";
import type { ProgrammeWords } from "../texts";

/** Scores 1–5 of a range whose top-left cell is `topLeft` (e.g. "E5"), coloured by principle band. */
export function principleHeatMap(
  range: string,
  topLeft: string,
  limits: PrincipleBandLimits,
): ConditionalFormatPlan {
  return bandedNumbers(range, topLeft, [
    [limits.advanced, BAND_HIGHLIGHTS.best],
    [limits.established, BAND_HIGHLIGHTS.good],
    [limits.developing, BAND_HIGHLIGHTS.weak],
  ]);
}

/**
 * Indices 0–100 coloured by SDSN band; grey where `lowCoverage` (a true/false formula written for
 * the top-left cell, e.g. "$X7<0.5") holds, so a low-coverage index is shown but not banded.
 */
export function sdgHeatMap(
  range: string,
  topLeft: string,
  limits: SdgBandLimits,
  lowCoverage?: string,
): ConditionalFormatPlan {
  return bandedNumbers(
    range,
    topLeft,
    [
      [limits.achieved, BAND_HIGHLIGHTS.best],
      [limits.challengesRemain, BAND_HIGHLIGHTS.good],
      [limits.significantChallenges, BAND_HIGHLIGHTS.weak],
    ],
    lowCoverage,
  );
}

function bandedNumbers(
  range: string,
  topLeft: string,
  bands: readonly (readonly [number, HighlightPlan])[],
  grey?: string,
): ConditionalFormatPlan {
  const isNumber = `ISNUMBER(${topLeft})`;
  const rules: ConditionalRulePlan[] = [
    ...(grey === undefined
      ? []
      : [
          {
            kind: "expression" as const,
            formula: `=AND(${isNumber},${grey})`,
            highlight: BAND_HIGHLIGHTS.grey,
          },
        ]),
    ...bands.map(([limit, highlight]): ConditionalRulePlan => ({
      kind: "expression",
      formula: `=AND(${isNumber},${topLeft}>=${limit})`,
      highlight,
    })),
    { kind: "expression", formula: `=${isNumber}`, highlight: BAND_HIGHLIGHTS.worst },
  ];
  return { range, rules };
}

export interface Legend {
  readonly cells: readonly TemplateCell[];
  readonly format: ConditionalFormatPlan;
}

/** "Colours:" and each band's label in its colour, in one row from `column`. */
export function bandLegend(
  row: number,
  column: number,
  kind: "principle" | "sdg",
  words: ProgrammeWords,
): Legend {
  const colours = kind === "principle" ? PRINCIPLE_BAND_COLOURS : SDG_BAND_COLOURS;
  // A principle heat map has no grey numbers (a partnership without a score is a blank cell).
  const shownColours = kind === "principle" ? colours.slice(0, 4) : colours.slice(0, 5);
  const labels = shownColours.map(([label], index): TemplateCell => ({
    address: at(row, column + 1 + index),
    value: words.templates.label(label),
    style: "computedText",
  }));
  return {
    cells: [
      { address: at(row, column), value: words.text("legend.colours"), style: "label" },
      ...labels,
    ],
    format: bandLabelFormat(
      span(row, column + 1, row, column + shownColours.length),
      shownColours,
      words.templates,
    ),
  };
}
