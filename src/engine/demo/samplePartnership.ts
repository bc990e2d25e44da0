// The demo partnership (issue 4, `npm run demo`): two partner cities on the simplified list, three
// years of indicator data, eight respondents from several stakeholder groups and an action plan.
// The cities are invented and every figure is generated from a seed, so the workbook comes out the
// same on every run; the partnership's name and the Source and Evidence columns say SAMPLE DATA.

import { CATALOGUE_VERSION } from "../catalogue";
import type { Assessment, Respondent } from "../model/types";
import { DEFAULT_SETTINGS } from "../settings";
import { sampleActionRows } from "./sampleActions";
import { sampleChecklistRows } from "./sampleChecklist";
import { sampleIndicatorRows, type SampleCity } from "./sampleIndicators";
import { labelledAsSample } from "./sampleLabel";
import { seededRandom } from "./seededRandom";

export const DEMO_SEED = 20_221_027;

export const SAMPLE_YEARS: readonly number[] = [2022, 2023, 2024];

const CITIES: readonly SampleCity[] = [
  { name: "Lindhaven", startLevel: 68, yearlyChange: 3, missingIndicators: [], lateIndicators: ["C2C-DATA"] },
  { name: "Sokoni", startLevel: 38, yearlyChange: 4, missingIndicators: ["11.3.1", "11.7.1"], lateIndicators: ["16.6.2"] },
];

const RESPONDENTS: readonly Respondent[] = [
  { name: "Mette Lund", organisation: "Lindhaven City Council", group: "local government", city: "Lindhaven", role: "Partnership coordinator" },
  { name: "Amani Otieno", organisation: "Sokoni County Government", group: "local government", city: "Sokoni", role: "Partnership coordinator" },
  { name: "Joseph Kamau", organisation: "Regional Development Authority", group: "regional government", city: "Sokoni", role: "Technical adviser" },
  { name: "Grace Wanjiru", organisation: "Ministry of Lands and Urban Development", group: "national government", city: "Sokoni", role: "Observer" },
  { name: "Søren Holm", organisation: "Lindhaven Residents' Association", group: "civil society", city: "Lindhaven", role: "Workshop participant" },
  { name: "Fatuma Ali", organisation: "Sokoni Youth Council", group: "youth", city: "Sokoni", role: "Youth representative" },
  { name: "Ingrid Berg", organisation: "Lindhaven University, Urban Studies", group: "academia", city: "Lindhaven", role: "Evaluation partner" },
  { name: "David Mwangi", organisation: "Sokoni Chamber of Commerce", group: "private sector", city: "Sokoni", role: "Co-financing partner" },
];

/** The demo partnership as an assessment, the same for the same seed. */
export function samplePartnership(seed: number = DEMO_SEED): Assessment {
  const random = seededRandom(seed);
  return {
    partnership: {
      name: labelledAsSample("Lindhaven–Sokoni partnership for sustainable cities"),
      cities: CITIES.map((city) => city.name),
      countries: ["Denmark", "Kenya"],
      startYear: SAMPLE_YEARS[0] ?? null,
      reportingYear: SAMPLE_YEARS[SAMPLE_YEARS.length - 1] ?? null,
      list: "simplified",
      catalogueVersion: CATALOGUE_VERSION,
    },
    settings: DEFAULT_SETTINGS,
    respondents: RESPONDENTS,
    // Strong on learning from each other and on the territorial approach, weak on financing and
    // digitalisation: the pattern the OECD pilot found across the programme.
    checklist: sampleChecklistRows(
      {
        levels: { TA: 3.8, MLG: 3.0, URL: 2.6, DATA: 2.9, ME: 3.1, P2P: 4.1, CAP: 3.3, STK: 3.4, FIN: 2.0, DIG: 2.4 },
        respondents: RESPONDENTS,
        notApplicableItems: ["URL5"],
        missingShare: 0.06,
        firstRow: 2,
      },
      random,
    ),
    indicators: sampleIndicatorRows({ list: "simplified", cities: CITIES, years: SAMPLE_YEARS, gapShare: 0.04, firstRow: 2 }, random),
    actions: sampleActionRows(2),
  };
}
