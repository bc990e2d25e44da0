// The data of one in-memory sheet: what an applied plan leaves on a sheet, kept as plain values so
// tests, the evaluator check and the browser preview can look at every part of it.

import type { CellValue } from "../../engine/cells";
import type {
  CellStylePlan,
  ChartPlan,
  ConditionalFormatPlan,
  DataValidationPlan,
  FreezePlan,
  PrintPlan,
  ProtectionPlan,
} from "../../engine/plan/types";

export interface MemoryCell {
  readonly value: CellValue;
  /** Formula text starting with "=", in the dialect it was written in. */
  readonly formula?: string;
  readonly styleId?: string;
  /** The named style, resolved from the plan that wrote the cell. */
  readonly style?: CellStylePlan;
  readonly numberFormat?: string;
}

export interface MemoryTable {
  readonly name: string;
  /** Including the header row. */
  readonly range: string;
  /** The stored column names (header cells are read from the cells). */
  readonly columns: readonly string[];
  readonly style: string;
  readonly showRowStripes: boolean;
}

export interface MemorySheet {
  readonly name: string;
  readonly hidden: boolean;
  /** Keyed by upper-case A1 address without "$". */
  readonly cells: Map<string, MemoryCell>;
  readonly tables: MemoryTable[];
  readonly validations: DataValidationPlan[];
  readonly conditionalFormats: ConditionalFormatPlan[];
  readonly charts: ChartPlan[];
  readonly columnWidths: Record<string, number>;
  freeze?: FreezePlan;
  protection?: ProtectionPlan;
  tabColour?: string;
  print?: PrintPlan;
}

export function emptySheet(name: string, hidden = false): MemorySheet {
  return {
    name,
    hidden,
    cells: new Map(),
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    columnWidths: {},
  };
}
