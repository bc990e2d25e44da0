// Sample data for the programme view: 27 partnerships whose principle averages reproduce what the
// OECD pilot published (27 of the programme's 57 partnerships answered, Oct–Nov 2022): peer-to-peer
// learning 3.70, territorial approach 3.44, stakeholder engagement 3.12, every other principle below
// 3 and financing the lowest (docs/method.md §1). The report gives only those three numbers; the other
// seven averages below are our sample values, chosen to keep its statements true.
//
// Each partnership also reports the simplified indicators for 2019 and its reporting year, with
// gaps, so the programme view has SDG indices and trends to show. Three partnerships have a principle without a score — too
// few answers, or not applicable — so the averages are taken, as the pilot's were, over the
// partnerships that have a score.

import { catalogue, CATALOGUE_VERSION, indicatorsInList, itemsOfPrinciple, type PrincipleId } from "../catalogue";
import type { CellValue } from "../cells";
import { STAKEHOLDER_GROUPS, type Assessment, type ChecklistItemRow, type Respondent } from "../model/types";
import { DEFAULT_SETTINGS } from "../settings";
import { answersWithTotal, calibratedTotals } from "./answerTotals";
import { sampleIndicatorRows, type SampleCity } from "./sampleIndicators";
import { labelledAsSample } from "./sampleLabel";
import { seededRandom, type RandomSource } from "./seededRandom";

export const PILOT_SEED = 20_221_130;
export const PILOT_PARTNERSHIPS = 27;

/** The averages the OECD report publishes (1–5 scale). */
export const PILOT_PUBLISHED_AVERAGES: Readonly<Partial<Record<PrincipleId, number>>> = { P2P: 3.7, TA: 3.44, STK: 3.12 };

/** Every principle's average in the sample: the published three and our sample values for the rest. */
export const PILOT_SAMPLE_AVERAGES: Readonly<Record<PrincipleId, number>> = {
  TA: 3.44,
  MLG: 2.81,
  URL: 2.47,
  DATA: 2.66,
  ME: 2.58,
  P2P: 3.7,
  CAP: 2.93,
  STK: 3.12,
  FIN: 2.08,
  DIG: 2.35,
};

/** Principles some partnerships leave without a score: index of the partnership → how. */
const UNSCORED: readonly { readonly partnership: number; readonly principle: PrincipleId; readonly how: "insufficient" | "not-applicable" }[] = [
  { partnership: 5, principle: "DIG", how: "insufficient" },
  { partnership: 12, principle: "URL", how: "not-applicable" },
  { partnership: 20, principle: "DIG", how: "insufficient" },
];

interface PartnershipShape {
  readonly respondents: readonly Respondent[];
  /** How much better or worse than the programme this partnership does across the board. */
  readonly lean: number;
  readonly cities: readonly [string, string];
}

/** The 27 sample partnerships, the same for the same seed. */
export function pilotProgramme(seed: number = PILOT_SEED): Assessment[] {
  const random = seededRandom(seed);
  // A stream of its own for the indicator data, so the calibrated answers do not depend on it.
  const indicatorRandom = seededRandom(seed + 1);
  const shapes = Array.from({ length: PILOT_PARTNERSHIPS }, (_, index) => partnershipShape(index, random));
  const answers = shapes.map((): Map<string, CellValue[]> => new Map());
  for (const principle of catalogue.principles) {
    fillPrinciple(principle.id, shapes, answers, random);
  }
  return shapes.map((shape, index): Assessment => ({
    partnership: {
      name: labelledAsSample(`Pilot sample partnership ${twoDigits(index + 1)}`),
      cities: shape.cities,
      countries: [],
      startYear: 2021,
      reportingYear: REPORTING_YEAR,
      list: "simplified",
      catalogueVersion: CATALOGUE_VERSION,
    },
    settings: DEFAULT_SETTINGS,
    respondents: shape.respondents,
    checklist: checklistRows(answers[index] ?? new Map()),
    indicators: sampleIndicatorRows(
      { list: "simplified", cities: shape.cities.map((city) => sampleCity(city, indicatorRandom)), years: INDICATOR_YEARS, gapShare: 0.1, firstRow: 2 },
      indicatorRandom,
    ),
    actions: [],
  }));
}

const REPORTING_YEAR = 2022;
const SIMPLIFIED_IDS: readonly string[] = indicatorsInList("simplified").map((indicator) => indicator.id);
/** Two years of indicator data (2019, before the partnerships began in 2021, and the reporting year), so the programme's trend shares mean something. */
const INDICATOR_YEARS: readonly number[] = [2019, REPORTING_YEAR];

// Cities move between −2 and +5 points a year: some on track to 2030, most improving too slowly,
// a few getting worse, as the SDSN trend classes of real cities spread.
function sampleCity(name: string, random: RandomSource): SampleCity {
  // One city in four has no data for a few indicators, so the programme counts some low-coverage cities apart.
  const missingIndicators = random.chance(0.25) ? [random.pick(SIMPLIFIED_IDS), random.pick(SIMPLIFIED_IDS), random.pick(SIMPLIFIED_IDS)] : [];
  return { name, startLevel: random.integer(30, 75), yearlyChange: 1.5 + random.noise(3.5), missingIndicators, lateIndicators: [] };
}

function partnershipShape(index: number, random: RandomSource): PartnershipShape {
  const cities: [string, string] = [`Sample city ${twoDigits(index + 1)}A`, `Sample city ${twoDigits(index + 1)}B`];
  const count = random.integer(3, 6);
  const respondents = Array.from({ length: count }, (_, r): Respondent => {
    // Local governments lead the assessment: the first two respondents are the two cities' officials.
    const group = r < 2 ? "local government" : random.pick(STAKEHOLDER_GROUPS);
    const city = cities[r % 2] ?? cities[0];
    return { name: `Respondent ${r + 1}`, organisation: `${city} (sample)`, group, city, role: r < 2 ? "Partnership coordinator" : "Workshop participant" };
  });
  return { respondents, lean: random.noise(0.5), cities };
}

/** Every partnership's answers to one principle's items, calibrated to the principle's sample average. */
function fillPrinciple(principle: PrincipleId, shapes: readonly PartnershipShape[], answers: readonly Map<string, CellValue[]>[], random: RandomSource): void {
  const items = itemsOfPrinciple(principle);
  const scored = shapes.flatMap((shape, index) => (UNSCORED.some((entry) => entry.partnership === index && entry.principle === principle) ? [] : [index]));
  const average = PILOT_SAMPLE_AVERAGES[principle];
  const rawTargets = scored.map((index) => average + (shapes[index]?.lean ?? 0) + random.noise(0.6));
  // Re-centred so the targets already average to the principle's average; calibration then only
  // has rounding to absorb.
  const shift = average - rawTargets.reduce((sum, target) => sum + target, 0) / rawTargets.length;
  const slots = scored.map((index, i) => ({
    answers: items.length * (shapes[index]?.respondents.length ?? 1),
    target: Math.min(4.8, Math.max(1.2, (rawTargets[i] ?? average) + shift)),
  }));
  const totals = calibratedTotals(slots, average);

  scored.forEach((index, i) => {
    const respondents = shapes[index]?.respondents.length ?? 1;
    const grid = answersWithTotal(items.length * respondents, totals[i] ?? 0, random);
    items.forEach((item, itemIndex) => answers[index]?.set(item.id, grid.slice(itemIndex * respondents, (itemIndex + 1) * respondents)));
  });
  for (const entry of UNSCORED.filter((unscored) => unscored.principle === principle)) {
    const respondents = shapes[entry.partnership]?.respondents.length ?? 1;
    items.forEach((item, itemIndex) => {
      const itemAnswers = Array.from({ length: respondents }, (): CellValue => {
        if (entry.how === "not-applicable") return "n/a";
        // One item answered out of five or six applicable: below the half-answered rule.
        return itemIndex === 0 ? random.integer(1, 4) : "?";
      });
      answers[entry.partnership]?.set(item.id, itemAnswers);
    });
  }
}

function checklistRows(answers: ReadonlyMap<string, CellValue[]>): ChecklistItemRow[] {
  return catalogue.items.map((item, index) => ({
    principle: item.principle,
    itemId: item.id,
    item: item.text,
    answers: answers.get(item.id) ?? [],
    evidence: "",
    row: index + 2,
  }));
}

function twoDigits(value: number): string {
  return String(value).padStart(2, "0");
}
