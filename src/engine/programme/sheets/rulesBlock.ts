// The programme's own rules on the Programme sheet: the coverage threshold and band limits its
// figures use (the defaults unless every partnership agrees on another value, programmeRules.ts),
// one cell each, which every formula of the workbook refers to; and, under them, the disagreements
// between partnerships, so a coordinator sees why a default was used.

import type { Block } from "../../templates/scoreboard/block";
import { at } from "../../templates/grid";
import type { TemplateCell } from "../../templates/sheetTemplate";
import { NUMBER_FORMATS } from "../../templates/styles";
import { problemMessage } from "../../language/problemTexts";
import { programmeRules } from "../programmeRules";
import type { ProgrammeWords } from "../texts";
import type { Programme } from "../types";
import { RULE_ROWS, RULES_HEADING_ROW, RULES_VALUE_COLUMN, type ProgrammeRuleCell } from "./layout";

export function rulesBlock(programme: Programme, words: ProgrammeWords): Block {
  const { settings } = programme;
  const principleBand = (band: string): string =>
    words.text("rules.principleBand", { band: words.templates.label(band) });
  const sdgBand = (band: string): string =>
    words.text("rules.sdgBand", { band: words.templates.label(band) });
  const rules: readonly (readonly [ProgrammeRuleCell, string, number, string])[] = [
    [
      "coverageThreshold",
      words.text("rules.coverageThreshold"),
      settings.coverageThreshold,
      NUMBER_FORMATS.percent,
    ],
    [
      "principleAdvanced",
      principleBand("Advanced"),
      settings.principleBandLimits.advanced,
      NUMBER_FORMATS.fivePoint,
    ],
    [
      "principleEstablished",
      principleBand("Established"),
      settings.principleBandLimits.established,
      NUMBER_FORMATS.fivePoint,
    ],
    [
      "principleDeveloping",
      principleBand("Developing"),
      settings.principleBandLimits.developing,
      NUMBER_FORMATS.fivePoint,
    ],
    ["sdgAchieved", sdgBand("Achieved"), settings.sdgBandLimits.achieved, NUMBER_FORMATS.hundred],
    [
      "sdgChallengesRemain",
      sdgBand("Challenges remain"),
      settings.sdgBandLimits.challengesRemain,
      NUMBER_FORMATS.hundred,
    ],
    [
      "sdgSignificantChallenges",
      sdgBand("Significant challenges"),
      settings.sdgBandLimits.significantChallenges,
      NUMBER_FORMATS.hundred,
    ],
  ];
  const disagreements = programmeRules(programme.partnerships).problems;
  const cells: TemplateCell[] = [
    {
      address: at(RULES_HEADING_ROW, 1),
      value: words.text("rules.heading"),
      style: "sectionHeading",
    },
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
      ? [words.text("rules.agreed")]
      : disagreements.map((problem) =>
          words.text("rules.note", { message: problemMessage(words.language, problem) }),
        );
  notes.forEach((note, index) => {
    cells.push({ address: at(last + 1 + index, 1), value: note, style: "note" });
  });
  return { cells, conditionalFormats: [], charts: [], nextRow: last + notes.length + 2 };
}
