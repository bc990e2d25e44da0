// The assessment as domain objects: what the readers make of a workbook's tables (README, "The
// workbook contract") and what templates, the runner and the pane work with. Every value read from a
// cell keeps that cell's address, so a problem found later can name `Indicators!F12`.

import type { CellValue } from "../cells";
import type { ListId, ObjectiveId, PrincipleId } from "../catalogue/types";
import type { Language } from "../language";
import type { PhraseParameters } from "../language/problemTexts";
import type { ScoringSettings } from "../settings";
import type { TABLES } from "./contract";

/** The stakeholder groups of the workbook contract, in the order the Stakeholders sheet offers them. */
export const STAKEHOLDER_GROUPS = [
  "local government",
  "regional government",
  "national government",
  "civil society",
  "academia",
  "youth",
  "private sector",
  "donor or financial institution",
] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

export const ACTION_STATUSES = ["planned", "in progress", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A problem found in the user's data: a warning names the cell and the data is treated as missing. */
export interface Problem {
  /** Sheet-qualified cell or range, e.g. "Indicators!F12"; the table name when no cell applies. */
  readonly address: string;
  readonly message: string;
  /** "error" stops the run (no checklist and no indicator table, unreadable file); everything else is a warning. */
  readonly severity: "warning" | "error";
  /** The technical cause behind a plain message (a library's error), shown only with --debug. */
  readonly cause?: string;
  /**
   * The message as a code of a catalogue (the engine's problem catalogue, or the CLI's own texts for
   * its file refusals), with its parameters, so the terminal, the pane and a report each render it
   * in their own language; `message` is the English rendering, for logs and JSON.
   */
  readonly code?: string;
  readonly parameters?: PhraseParameters;
}

export interface Partnership {
  readonly name: string;
  /** Two or more partner cities. */
  readonly cities: readonly string[];
  readonly countries: readonly string[];
  readonly startYear: number | null;
  readonly reportingYear: number | null;
  readonly list: ListId;
  /** The catalogue version the workbook was stamped with; null when never stamped. */
  readonly catalogueVersion: string | null;
}

export interface Respondent {
  /** As it heads the respondent's answer column on the Checklist. */
  readonly name: string;
  readonly organisation: string;
  readonly group: StakeholderGroup | null;
  readonly city: string;
  readonly role: string;
}

export interface ChecklistItemRow {
  readonly principle: PrincipleId;
  readonly itemId: string;
  readonly item: string;
  /** One entry per respondent column, in the order of Assessment.respondents; raw cell values. */
  readonly answers: readonly CellValue[];
  readonly evidence: string;
  /** Sheet row number, for messages and for writing the computed columns back. */
  readonly row: number;
}

export interface IndicatorRow {
  readonly code: string;
  readonly indicator: string;
  readonly goal: number;
  readonly city: string;
  readonly year: number;
  /** null: no value (a coverage gap). */
  readonly value: number | null;
  /** null when missing and not in the catalogue (a problem was reported). */
  readonly worst: number | null;
  readonly end: number | null;
  readonly unit: string;
  readonly source: string;
  readonly disaggregated: boolean | null;
  readonly objective: ObjectiveId | null;
  readonly row: number;
  /**
   * The input cells stored as a fraction under a percent format (0.71 shown as 71 %) and read times
   * 100; the formulas the templates write scale the same cells. Absent when there are none.
   */
  readonly percentScaled?: readonly PercentScaledCell[];
}

/** An indicator input cell that can hold a value stored under a percent format. */
export type PercentScaledCell = "value" | "worst" | "end";

export interface ActionRow {
  readonly id: string;
  readonly action: string;
  /** A principle id (TA…) or a goal ("SDG 6" / "6"), as typed. */
  readonly target: string;
  readonly owner: string;
  readonly due: string;
  readonly status: ActionStatus | null;
  readonly stakeholderInputAddressed: boolean | null;
  readonly evidence: string;
  readonly row: number;
}

export interface Assessment {
  readonly partnership: Partnership;
  readonly settings: ScoringSettings;
  /**
   * The language the workbook's words are written in (its Settings row Language); English when
   * absent. It changes no number.
   */
  readonly language?: Language;
  readonly respondents: readonly Respondent[];
  readonly checklist: readonly ChecklistItemRow[];
  readonly indicators: readonly IndicatorRow[];
  readonly actions: readonly ActionRow[];
  /**
   * The sheet each table was read from, so that problems found while scoring can name a cell;
   * the contract's sheet names (SHEETS) apply when absent, as for an assessment built in code.
   */
  readonly sheets?: Readonly<Partial<Record<keyof typeof TABLES, string>>>;
}
