// C2C_Settings → ScoringSettings. Each row is checked on its own (band limits and weights as a
// group, since they are only wrong together), so a problem names the cell that holds it; a value
// that is blank, unreadable or out of bounds leaves that setting at its framework default.

import { catalogue } from "../catalogue";
import type { PrincipleId } from "../catalogue/types";
import { readNumber } from "../cells";
import {
  CATALOGUE_DAC_LENS,
  DAC_CRITERIA,
  formatDacSources,
  readDacSources,
  type DacLens,
  type DacSource,
} from "../dac";
import type { DacCriterion } from "../catalogue/types";
import {
  LANGUAGE_SETTING_KEY,
  PRINCIPLE_BAND_LIMIT_ROWS,
  principleWeightKey,
  SCALAR_SETTING_ROWS,
  SDG_BAND_LIMIT_ROWS,
  dacLensKey,
  type ScalarSettingRow,
} from "../model/contract";
import type { TableCellData, TableData } from "../plan/tableData";
import {
  DEFAULT_SETTINGS,
  settingsFindings,
  type PrincipleBandLimits,
  type ScoringSettings,
  type SdgBandLimits,
} from "../settings";
import { cellPhrase, isBlank, textOf } from "../sheetValues";
import { tokenOf } from "../language/contractWords";
import { readKeyValueTable } from "./keyValueTable";
import type { ProblemList } from "./problemList";

type ScalarField = ScalarSettingRow["field"];
type ScalarSettings = Pick<ScoringSettings, ScalarField>;

const TEXT_FIELDS: ReadonlySet<ScalarField> = new Set<ScalarField>([
  "worstValueMode",
  "itemAggregation",
]);

export function readSettings(table: TableData | null, problems: ProblemList): ScoringSettings {
  if (table === null) return DEFAULT_SETTINGS;
  const principleIds = catalogue.principles.map((principle) => principle.id);
  const knownKeys = [
    ...SCALAR_SETTING_ROWS.map((row) => row.key),
    ...SDG_BAND_LIMIT_ROWS.map((row) => row.key),
    ...PRINCIPLE_BAND_LIMIT_ROWS.map((row) => row.key),
    ...principleIds.map(principleWeightKey),
    // Read by readLanguage; known here so that it is not reported as a typing slip.
    LANGUAGE_SETTING_KEY,
    ...DAC_CRITERIA.map(dacLensKey),
  ];
  const { values } = readKeyValueTable(table, knownKeys, problems);

  const scalars = readScalars(values, problems);
  const sdgBandLimits = readLimitGroup<SdgBandLimits>(
    values,
    SDG_BAND_LIMIT_ROWS,
    DEFAULT_SETTINGS.sdgBandLimits,
    (limits) => ({ sdgBandLimits: limits }),
    problems,
  );
  const principleBandLimits = readLimitGroup<PrincipleBandLimits>(
    values,
    PRINCIPLE_BAND_LIMIT_ROWS,
    DEFAULT_SETTINGS.principleBandLimits,
    (limits) => ({ principleBandLimits: limits }),
    problems,
  );
  const principleWeights = readWeights(values, principleIds, problems);
  const settings: ScoringSettings = {
    ...scalars,
    sdgBandLimits,
    principleBandLimits,
    principleWeights,
    dacLens: readDacLens(values, problems),
  };

  // Each part was checked alone; this catches any rule that ties parts together.
  const remaining = settingsFindings(settings);
  if (remaining.length === 0) return settings;
  for (const reason of remaining)
    problems.warn(table.name, "settings.defaultSettingsUsed", { reasons: [reason] });
  return DEFAULT_SETTINGS;
}

function readScalars(
  values: ReadonlyMap<string, TableCellData>,
  problems: ProblemList,
): ScalarSettings {
  let scalars: ScalarSettings = pickScalars(DEFAULT_SETTINGS);
  for (const row of SCALAR_SETTING_ROWS) {
    const cell = values.get(row.key);
    if (cell === undefined) continue;
    const value = scalarValue(row, cell, problems);
    if (value === undefined) continue;
    // settingsFindings checks the kind of each value too (a mode among fixed/peer/baseline, a
    // finite number), so it is what makes this one setting safe to take.
    const found = settingsFindings({ ...DEFAULT_SETTINGS, [row.field]: value });
    if (found.length > 0) {
      problems.warn(cell.address, "settings.defaultUsed", {
        reasons: found,
        default: String(DEFAULT_SETTINGS[row.field]),
      });
      continue;
    }
    scalars = { ...scalars, [row.field]: value };
  }
  return scalars;
}

function pickScalars(settings: ScoringSettings): ScalarSettings {
  return Object.fromEntries(
    SCALAR_SETTING_ROWS.map((row) => [row.field, settings[row.field]]),
  ) as unknown as ScalarSettings;
}

// Text settings are compared in lower case ("Peer" is peer); numeric ones accept numeric text.
function scalarValue(
  row: ScalarSettingRow,
  cell: TableCellData,
  problems: ProblemList,
): string | number | undefined {
  const fallback = String(DEFAULT_SETTINGS[row.field]);
  if (isBlank(cell.value)) {
    problems.warn(cell.address, "settings.noValue", { key: row.key, default: fallback });
    return undefined;
  }
  if (TEXT_FIELDS.has(row.field)) {
    // A mode or an aggregation in any of the three languages ("médiane", "pares"); unknown text is
    // passed on lower case for settingsFindings to name.
    const text = textOf(cell.value);
    const kind = row.field === "worstValueMode" ? "worstValueMode" : "itemAggregation";
    return tokenOf(kind, text) ?? text.toLowerCase();
  }
  const reading = readNumber(cell.value);
  if (reading.kind === "number") return reading.value;
  problems.warn(cell.address, "settings.notNumber", {
    key: row.key,
    cell: cellPhrase(cell.value),
    default: fallback,
  });
  return undefined;
}

interface LimitRow<F extends string> {
  readonly field: F;
  readonly key: string;
}

function readLimitGroup<L extends object>(
  values: ReadonlyMap<string, TableCellData>,
  rows: readonly LimitRow<Extract<keyof L, string>>[],
  defaults: L,
  asSettings: (limits: L) => Partial<ScoringSettings>,
  problems: ProblemList,
): L {
  const limits: Record<string, number> = { ...(defaults as Record<string, number>) };
  const cells: TableCellData[] = [];
  for (const row of rows) {
    const cell = values.get(row.key);
    if (cell === undefined) continue;
    const reading = readNumber(cell.value);
    if (reading.kind === "number") {
      limits[row.field] = reading.value;
      cells.push(cell);
    } else {
      problems.warn(cell.address, "settings.notNumber", {
        key: row.key,
        cell: cellPhrase(cell.value),
        default: String(limits[row.field]),
      });
    }
  }
  const grouped = limits as L;
  const found = settingsFindings({ ...DEFAULT_SETTINGS, ...asSettings(grouped) });
  const first = cells[0];
  if (found.length === 0 || first === undefined) return grouped;
  problems.warn(first.address, "settings.defaultLimitsUsed", { reasons: found });
  return defaults;
}

function readWeights(
  values: ReadonlyMap<string, TableCellData>,
  principleIds: readonly PrincipleId[],
  problems: ProblemList,
): Readonly<Record<PrincipleId, number>> {
  const weights: Record<PrincipleId, number> = { ...DEFAULT_SETTINGS.principleWeights };
  const cells: TableCellData[] = [];
  for (const principle of principleIds) {
    const key = principleWeightKey(principle);
    const cell = values.get(key);
    if (cell === undefined) continue;
    const reading = readNumber(cell.value);
    if (reading.kind === "number" && reading.value >= 0) {
      weights[principle] = reading.value;
      cells.push(cell);
    } else {
      problems.warn(cell.address, "settings.badWeight", {
        key,
        given: reading.kind === "number" ? reading.value : cellPhrase(cell.value),
        default: DEFAULT_SETTINGS.principleWeights[principle],
      });
    }
  }
  const first = cells[0];
  if (first !== undefined && Object.values(weights).every((weight) => weight === 0)) {
    problems.warn(first.address, "settings.allWeightsZero");
    return DEFAULT_SETTINGS.principleWeights;
  }
  return weights;
}

// Each criterion alone: a row that cannot be read leaves that criterion at the catalogue's mapping,
// and an old workbook without the rows takes the catalogue's mapping for all six.
function readDacLens(values: ReadonlyMap<string, TableCellData>, problems: ProblemList): DacLens {
  const lens: Record<DacCriterion, readonly DacSource[]> = { ...CATALOGUE_DAC_LENS };
  for (const criterion of DAC_CRITERIA) {
    const key = dacLensKey(criterion);
    const cell = values.get(key);
    if (cell === undefined) continue;
    const sources = formatDacSources(CATALOGUE_DAC_LENS[criterion]);
    if (isBlank(cell.value)) {
      problems.warn(cell.address, "settings.dacNoValue", { key, sources });
      continue;
    }
    const reading = readDacSources(textOf(cell.value));
    if (reading.ok) lens[criterion] = reading.sources;
    else
      problems.warn(cell.address, "settings.dacUnreadable", {
        key,
        reason: reading.reason,
        sources,
      });
  }
  return lens;
}
