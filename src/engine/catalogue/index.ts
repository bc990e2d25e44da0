// The framework catalogue (docs/method.md §2–5), assembled from the JSON files beside this one. The
// build and a test prove the shipped data valid (checkShipped.ts); it is not validated again at
// every start (docs/decisions/0037-catalogue-check-at-build.md). Lookups are built once; every
// returned object is frozen.
import { deepFreeze } from "./deepFreeze";
import { SHIPPED_CATALOGUE_DATA } from "./shippedData";
import type {
  Catalogue,
  ChecklistItem,
  Goal,
  IndicatorDefinition,
  ListId,
  PrincipleId,
} from "./types";

export { CatalogueError } from "./catalogueError";
export { crossCheckCatalogue } from "./crossChecks";
export { CATALOGUE_VERSION } from "./version";
export type * from "./types";

export const catalogue: Catalogue = deepFreeze(SHIPPED_CATALOGUE_DATA as Catalogue);

/** Indicator ids are matched trimmed and case-insensitively ("11.B.2 " finds 11.b.2). */
function indicatorKey(id: string): string {
  return id.trim().toLowerCase();
}

const indicatorsById = new Map(
  catalogue.indicators.map((indicator) => [indicatorKey(indicator.id), indicator]),
);

// "long" holds every indicator: the simplified list is a subset of it (docs/method.md §1).
const indicatorsByList: Readonly<Record<ListId, readonly IndicatorDefinition[]>> = {
  simplified: Object.freeze(
    catalogue.indicators.filter((indicator) => indicator.list === "simplified"),
  ),
  long: catalogue.indicators,
};

const itemsByPrinciple = new Map<PrincipleId, readonly ChecklistItem[]>(
  catalogue.principles.map((principle) => [
    principle.id,
    Object.freeze(catalogue.items.filter((item) => item.principle === principle.id)),
  ]),
);

export function findIndicator(id: string): IndicatorDefinition | undefined {
  return indicatorsById.get(indicatorKey(id));
}

export function indicatorsInList(list: ListId): readonly IndicatorDefinition[] {
  return indicatorsByList[list];
}

export function itemsOfPrinciple(id: PrincipleId): readonly ChecklistItem[] {
  return itemsByPrinciple.get(id) ?? [];
}

export function findGoal(goal: number): Goal | undefined {
  return catalogue.goals.find((entry) => entry.goal === goal);
}
