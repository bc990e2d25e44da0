// The programme's own rules on the Programme sheet: the coverage threshold and band limits its
// figures use (the defaults unless every partnership agrees on another value, programmeRules.ts),
// one cell each, which every formula of the workbook refers to; and, under them, the disagreements
// between partnerships, so a coordinator sees why a default was used.

import type { Block } from "../../templates/scoreboard/block";
import { at } from "../../templates/grid";
import type { TemplateCell } from "../../templates/sheetTemplate";
import { NUMBER_FORMATS } from "../../templates/styles";
import { programmeRules } from "../programmeRules";
import type { Programme } from "../types";
import { RULE_ROWS, RULES_HEADING_ROW, RULES_VALUE_COLUMN, type ProgrammeRuleCell } from "./layout";

export function rulesBlock(programme: Programme): Block {
  const { settings } = programme;
  const rules: readonly (readonly [ProgrammeRuleCell, string, number, string])[] = [
    [
      "coverageThreshold",
      "Coverage threshold: a city's index below it is counted apart",
      settings.coverageThreshold,
      NUMBER_FORMATS.percent,
    ],
    [
      "principleAdvanced",
      "Principle band Advanced from",
      settings.principleBandLimits.advanced,
      NUMBER_FORMATS.fivePoint,
    ],
    [
      "principleEstablished",
      "Principle band Established from",
      settings.principleBandLimits.established,
      NUMBER_FORMATS.fivePoint,
    ],
    [
      "principleDeveloping",
      "Principle band Developing from",
      settings.principleBandLimits.developing,
      NUMBER_FORMATS.fivePoint,
    ],
    [
      "sdgAchieved",
      "SDG band Achieved from",
      settings.sdgBandLimits.achieved,
      NUMBER_FORMATS.hundred,
    ],
    [
      "sdgChallengesRemain",
      "SDG band Challenges remain from",
      settings.sdgBandLimits.challengesRemain,
      NUMBER_FORMATS.hundred,
    ],
    [
      "sdgSignificantChallenges",
      "SDG band Significant challenges from",
      settings.sdgBandLimits.significantChallenges,
      NUMBER_FORMATS.hundred,
    ],
  ];
  const disagreements = programmeRules(programme.partnerships).problems;
  const cells: TemplateCell[] = [
    { address: at(RULES_HEADING_ROW, 1), value: "Programme rules", style: "sectionHeading" },
    ...rules.flatMap(([rule, label, value, format]): TemplateCell[] => [
      { address: at(RULE_ROWS[rule], 1), value: label, style: "note" },
      {
        address: at(RULE_ROWS[rule], RULES_VALUE_COLUMN),
        value,
        style: "input",
        numberFormat: format,
      },
    ]),
  ];
  const last = RULE_ROWS.sdgSignificantChallenges;
  const notes =
    disagreements.length === 0
      ? ["Every partnership uses these values."]
      : disagreements.map((problem) => `Note: ${problem.message}.`);
  notes.forEach((note, index) => {
    cells.push({ address: at(last + 1 + index, 1), value: note, style: "note" });
  });
  return { cells, conditionalFormats: [], charts: [], nextRow: last + notes.length + 2 };
}
