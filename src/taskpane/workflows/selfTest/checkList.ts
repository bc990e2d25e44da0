// Every check of the self-test, in the order it runs and the report lists them: one per host
// operation the product uses.

import {
  chart,
  definedNames,
  largeNonLatinWrite,
  selection,
  valuesAndFormulas,
} from "./cellChecks";
import { blankCellsToItemScore, liveScore } from "./functionChecks";
import { calculatedColumn, protectedSheet, tableGrowth } from "./tableChecks";
import type { SelfTestCheck } from "./types";

export const SELF_TEST_CHECKS: readonly SelfTestCheck[] = [
  valuesAndFormulas,
  liveScore,
  blankCellsToItemScore,
  tableGrowth,
  calculatedColumn,
  protectedSheet,
  definedNames,
  chart,
  largeNonLatinWrite,
  selection,
];
