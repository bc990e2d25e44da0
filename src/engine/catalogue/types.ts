// The shape of the framework catalogue (docs/method.md §2–4). The JSON files beside this one hold the
// data; catalogue.schema.json validates them at build time (checkShipped.ts).

export type PrincipleId =
  "TA" | "MLG" | "URL" | "DATA" | "ME" | "P2P" | "CAP" | "STK" | "FIN" | "DIG";
export type ObjectiveId = "GOV" | "INC" | "GRN" | "PRO";
export type Polarity = "higher" | "lower";
/** `simplified` indicators are also in the long list (simplified ⊂ long). */
export type ListId = "simplified" | "long";
/**
 * Where an indicator comes from: the UN global indicator list (the UN code as id), a localised one
 * (an OECD localised indicator or a local version of a UN indicator; id `<target>.L`), or the
 * partnership itself (id `C2C-…`). Users filter on it to report UN-comparable figures only.
 */
export type IndicatorOrigin = "UN global" | "localised" | "partnership";
export type DacCriterion =
  "relevance" | "coherence" | "effectiveness" | "efficiency" | "impact" | "sustainability";

export interface Principle {
  readonly id: PrincipleId;
  readonly name: string;
  readonly asks: string;
}

export interface ChecklistItem {
  readonly id: string;
  readonly principle: PrincipleId;
  readonly text: string;
}

export interface AnswerLevel {
  readonly value: 1 | 2 | 3 | 4 | 5;
  readonly label: string;
}

export interface AnswerScale {
  readonly levels: readonly AnswerLevel[];
  /** Not applicable: excluded from means; an item whose answers are all n/a is not applicable. */
  readonly notApplicable: "n/a";
  /** Don't know: excluded from means; counts as unanswered. */
  readonly dontKnow: "?";
}

export interface Goal {
  readonly goal: number;
  readonly name: string;
  /** Official UN SDG colour, `#RRGGBB`. */
  readonly colour: string;
}

export interface Objective {
  readonly id: ObjectiveId;
  readonly name: string;
}

/** Where a number comes from. `source` names the standard or text (e.g. "WHO guideline 2021"). */
export interface ValueBasis {
  readonly kind:
    | "2030 Agenda"
    | "international standard"
    | "natural maximum"
    | "peer benchmark"
    | "product default — review locally";
  readonly source?: string;
}

/** An end value is a number, or relative to the unit's baseline ("halve": factor 0.5). */
export type EndValue =
  | { readonly kind: "absolute"; readonly value: number }
  | { readonly kind: "relative-to-baseline"; readonly factor: number };

export interface IndicatorDefinition {
  readonly id: string;
  readonly name: string;
  readonly goal: number;
  readonly target: string;
  readonly unit: string;
  readonly polarity: Polarity;
  readonly end: EndValue;
  readonly endBasis: ValueBasis;
  readonly worst: number;
  readonly worstBasis: ValueBasis;
  readonly objective: ObjectiveId;
  readonly list: ListId;
  /** Always present in the bundled catalogue; optional so that hand-built definitions need not state it. */
  readonly origin?: IndicatorOrigin;
}

export interface DacLensEntry {
  readonly criterion: DacCriterion;
  readonly principles: readonly PrincipleId[];
  /** true when the SDG goal indices feed this criterion (impact). */
  readonly goalIndices: boolean;
}

export interface Catalogue {
  readonly version: string;
  readonly principles: readonly Principle[];
  readonly items: readonly ChecklistItem[];
  readonly answerScale: AnswerScale;
  readonly goals: readonly Goal[];
  readonly objectives: readonly Objective[];
  readonly dacLens: readonly DacLensEntry[];
  readonly indicators: readonly IndicatorDefinition[];
}
