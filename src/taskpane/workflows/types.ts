// What the task pane can do to a workbook, as one interface the React views call. The session
// (./paneSession.ts) implements it over any WorkbookHost: Office.js inside Excel, the memory host in
// the browser preview and in tests. Views never touch a host or the engine directly.

import type { AssessmentScores } from "../../engine/assessment/types";
import type { CatalogueLanguage } from "../../engine/catalogue/texts";
import type { Comparison } from "../../engine/compare/types";
import type { AnswersPlace } from "../../engine/importAnswers/answersPlace";
import type { Problem } from "../../engine/model/types";
import type { Phrase } from "../../engine/language/problemTexts";
import type { ScoringSettings } from "../../engine/settings";
import type { StakeholderView } from "../../engine/stakeholders/types";
import type { NewAssessmentOptions } from "../../engine/templates";
import type { AppliedSheet, SheetInfo } from "../../host/workbookHost";
import type { SelfTestReport } from "./selfTest/types";

export type { SelfTestReport } from "./selfTest/types";

/** Reports progress of a long step: a sentence, and the share done (0–1) when known. */
export type ProgressReporter = (message: string, done?: number) => void;

export interface WorkbookStatus {
  readonly sheets: readonly SheetInfo[];
  /** The workbook holds C2C_Checklist or C2C_Indicators. */
  readonly isAssessment: boolean;
  readonly partnershipName: string | null;
  readonly cities: readonly string[];
  readonly hasScoreboard: boolean;
  readonly hasPreviousScoreboard: boolean;
}

export interface WriteResult {
  /** The sheets written, with the names they were written under. */
  readonly sheets: readonly AppliedSheet[];
  /** Sentences for the user about what was kept or renamed ("Your sheet About was kept; the new one is About (2)"). */
  readonly notes: readonly string[];
}

export interface ValidationResult {
  /** Reader and scoring problems, each naming a sheet-qualified cell where there is one. */
  readonly problems: readonly Problem[];
  readonly checkedItems: number;
  readonly checkedIndicatorRows: number;
}

export interface RefreshResult extends WriteResult {
  /** "Scoreboard (previous)" when the former scoreboard was kept under that name; null when there was none. */
  readonly keptPrevious: string | null;
  readonly scores: AssessmentScores;
  readonly problems: readonly Problem[];
}

export type PublishFormat = "workbook" | "html" | "csv" | "open-sdg" | "json";

export type PublishResult =
  /** Inside Excel: the values-only copy was opened as a new workbook (Excel.createWorkbook). */
  | { readonly kind: "opened-workbook"; readonly description: string }
  /** A file for the user to save (download link) or copy (text formats). */
  | {
      readonly kind: "file";
      readonly fileName: string;
      readonly mimeType: string;
      readonly content: string | Uint8Array;
      readonly description: string;
    };

/** A weak principle or goal (from the scoreboard's priorities) an action can be added for. */
export interface WeakSpot {
  /** As the Actions table's Principle/Goal column takes it: "FIN" or "SDG 6". */
  readonly target: string;
  readonly label: string;
  /** "2.08 of 5 (Developing)", "Nakuru 2024: 41 (Major challenges)". */
  readonly detail: string;
}

export interface NewAction {
  readonly target: string;
  readonly action: string;
  readonly owner: string;
  /** As typed, e.g. "2026-06" or "June 2026". */
  readonly due: string;
  readonly stakeholderInputAddressed: boolean | null;
}

export interface ActionAdded {
  readonly id: string;
  /** The cell of the new row's Action, e.g. "Actions!B9". */
  readonly address: string;
}

export interface SettingsState {
  readonly settings: ScoringSettings;
  /** Problems in the Settings table (the defaults are used for those values). */
  readonly problems: readonly Problem[];
  /** False when the workbook has no C2C_Settings table (settings cannot be changed here). */
  readonly editable: boolean;
}

export interface ImportResult {
  readonly respondentsAdded: readonly string[];
  readonly answersWritten: number;
  /** Every row or cell of the file that could not be placed, with its line (or sheet cell) and why. */
  readonly rejected: readonly {
    readonly line: number;
    /** In English; `reason`, when given, is the same in the pane's language. */
    readonly message: string;
    readonly reason?: Phrase;
    /** In a workbook export: a cell (Form!D7) or a row (Form row 7), said in the pane's language. */
    readonly place?: AnswersPlace;
  }[];
  /** Sentences for the user: what else the import did, and that the Scoreboard changes only on Refresh. */
  readonly notes: readonly string[];
}

/** The questionnaire for survey tools: an XLSForm to save, and what the user should know about it. */
export interface QuestionnaireResult {
  readonly file: Extract<PublishResult, { kind: "file" }>;
  /** Items renamed for the form's names, items left in the workbook's own wording. */
  readonly notes: readonly string[];
}

export interface PaneWorkflows {
  /** Where the pane runs: inside Excel (live formulas, Excel.createWorkbook) or the browser preview. */
  readonly environment: "excel" | "preview";
  status(): Promise<WorkbookStatus>;
  /** New assessment sheets; an existing sheet of the same name is never overwritten (a free name is picked and said). */
  createAssessment(options: NewAssessmentOptions, progress: ProgressReporter): Promise<WriteResult>;
  /** The sample partnership (labelled SAMPLE DATA), for trying the product. */
  loadSample(progress: ProgressReporter): Promise<WriteResult>;
  validate(progress: ProgressReporter): Promise<ValidationResult>;
  /** Selects the cell a problem names; false when it no longer exists. */
  select(address: string): Promise<boolean>;
  /** Rebuilds only the Scoreboard (and the computed columns), keeping the former one as "Scoreboard (previous)". */
  refresh(progress: ProgressReporter): Promise<RefreshResult>;
  /** What can be compared: the partnership's cities, or the partnerships of a consolidated workbook's C2C_Programme table. */
  compareCandidates(): Promise<readonly string[]>;
  /** Two to ten of the candidates side by side (all of them when `units` is left out). */
  compare(units?: readonly string[]): Promise<Comparison>;
  stakeholders(): Promise<StakeholderView>;
  publish(format: PublishFormat, progress: ProgressReporter): Promise<PublishResult>;
  weakSpots(): Promise<readonly WeakSpot[]>;
  addAction(action: NewAction): Promise<ActionAdded>;
  readSettings(): Promise<SettingsState>;
  /** Writes the values into the Settings table; the user refreshes to rescore. */
  writeSettings(settings: ScoringSettings): Promise<void>;
  /**
   * A survey tool's answers file as its bytes: CSV or .xlsx, the long layout (Respondent, Item ID,
   * Answer…) or a wide export (KoboToolbox, ODK, Microsoft Forms, Google Forms).
   */
  importAnswers(file: Uint8Array, progress: ProgressReporter): Promise<ImportResult>;
  /** The checklist as an XLSForm (as `c2c survey --xlsform` writes it), in these languages, the first the default. */
  questionnaire(
    languages: readonly CatalogueLanguage[],
    progress: ProgressReporter,
  ): Promise<QuestionnaireResult>;
  /**
   * Runs every host operation the product uses on scratch sheets it removes afterwards, and reports
   * each check in words (see ./selfTest). Meant for a blank workbook: Excel cannot undo its edits.
   */
  selfTest(progress: ProgressReporter): Promise<SelfTestReport>;
}
