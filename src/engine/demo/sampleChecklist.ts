// Checklist answers of the demo partnership, as a workshop would produce them: each principle has a
// level the partnership has reached, each respondent leans a little above or below it (officials
// who run the partnership rate it higher than civil society and youth do), and the sheet has what
// real sheets have: a few "?" and blanks, an item nobody finds applicable, a respondent who does not
// know about financing, and items where the youth representative disagrees sharply (contested).

import { catalogue, type PrincipleId } from "../catalogue";
import type { CellValue } from "../cells";
import type { ChecklistItemRow, Respondent, StakeholderGroup } from "../model/types";
import type { RandomSource } from "./seededRandom";

export interface SampleChecklistOptions {
  /** The partnership's level on each principle, on the 1–5 scale. */
  readonly levels: Readonly<Record<PrincipleId, number>>;
  readonly respondents: readonly Respondent[];
  /** Items every respondent marks n/a. */
  readonly notApplicableItems: readonly string[];
  /** Share of answers left blank or answered "?" at random. */
  readonly missingShare: number;
  readonly firstRow: number;
}

/** How far a group's answers sit from the partnership's level, on average. */
const GROUP_LEAN: Readonly<Record<StakeholderGroup, number>> = {
  "local government": 0.4,
  "regional government": 0.1,
  "national government": -0.1,
  "civil society": -0.4,
  academia: -0.2,
  youth: -0.6,
  "private sector": -0.3,
  "donor or financial institution": 0,
};

// The items a youth representative rates far below the officials: engagement as the young see it.
const CONTESTED_BY_YOUTH: readonly string[] = ["STK3", "STK5", "CAP3"];

// National officials often cannot say how a city partnership is financed or digitalised.
const UNKNOWN_TO_NATIONAL: readonly PrincipleId[] = ["FIN", "DIG"];

const ITEM_EVIDENCE: Readonly<Record<string, string>> = {
  TA1: "Joint action plan on waste and mobility, 2023 (sample)",
  P2P1: "Minutes of four joint workshops, 2022–2024 (sample)",
  P2P2: "Two staff exchanges of three weeks each (sample)",
  STK1: "Stakeholder map, annex to the 2023 report (sample)",
  ME1: "M&E framework adopted by both councils (sample)",
  FIN1: "Draft resource mobilisation note (sample)",
};

export function sampleChecklistRows(options: SampleChecklistOptions, random: RandomSource): ChecklistItemRow[] {
  return catalogue.items.map((item, index): ChecklistItemRow => {
    const level = options.levels[item.principle];
    const itemLean = random.noise(0.6);
    const answers = options.respondents.map((respondent): CellValue => {
      if (options.notApplicableItems.includes(item.id)) return "n/a";
      if (respondent.group === "national government" && UNKNOWN_TO_NATIONAL.includes(item.principle)) return "?";
      if (respondent.group === "youth" && CONTESTED_BY_YOUTH.includes(item.id)) return 1;
      if (respondent.group === "local government" && CONTESTED_BY_YOUTH.includes(item.id)) return 5;
      if (random.chance(options.missingShare)) return random.chance(0.5) ? "?" : null;
      const lean = respondent.group === null ? 0 : GROUP_LEAN[respondent.group];
      return toAnswer(level + itemLean + lean + random.noise(1));
    });
    return {
      principle: item.principle,
      itemId: item.id,
      item: item.text,
      answers,
      evidence: ITEM_EVIDENCE[item.id] ?? "",
      row: options.firstRow + index,
    };
  });
}

/** The nearest answer on the 1–5 scale. */
function toAnswer(level: number): number {
  return Math.round(Math.min(5, Math.max(1, level)));
}
