// The DAC criteria lens as a rule (framework.md §5, *rule*, configurable): which sources feed each of
// the six OECD DAC criteria. The catalogue holds the default (dacLens.json); the workbook's Settings
// table may change it, one row per criterion whose value lists principle ids and/or "SDG index".

// The catalogue's JSON is read directly rather than through ../catalogue, whose validation loads a
// schema validator: the settings (and so every command of the runner, `c2c --help` included)
// depend on this module. The catalogue validates the same files when it loads; a test checks that
// both agree.
import dacLensData from "../catalogue/dacLens.json";
import principlesData from "../catalogue/principles.json";
import type { DacCriterion, DacLensEntry, PrincipleId } from "../catalogue/types";
import { englishText, phrase, type Phrase } from "../language/problemTexts";
import { DAC_LABELS } from "./labels";

const CATALOGUE_LENS = dacLensData as readonly DacLensEntry[];

/** A source of a criterion: a principle's score, or the partnership's overall SDG index. */
export type DacSource = PrincipleId | typeof DAC_LABELS.sdgIndexSource;

/** Every criterion with its sources, in the order of the Settings row (no duplicates). */
export type DacLens = Readonly<Record<DacCriterion, readonly DacSource[]>>;

/** The six criteria in the catalogue's order. */
export const DAC_CRITERIA: readonly DacCriterion[] = Object.freeze(
  CATALOGUE_LENS.map((entry) => entry.criterion),
);

/** The catalogue's mapping: its principles, then the SDG index where goal indices feed the criterion. */
export const CATALOGUE_DAC_LENS: DacLens = Object.freeze(
  Object.fromEntries(
    CATALOGUE_LENS.map((entry) => [
      entry.criterion,
      Object.freeze([
        ...entry.principles,
        ...(entry.goalIndices ? [DAC_LABELS.sdgIndexSource] : []),
      ]),
    ]),
  ) as Record<DacCriterion, readonly DacSource[]>,
);

/** "relevance" → "Relevance" (the English name; the catalogue texts translate it). */
export function dacCriterionName(criterion: DacCriterion): string {
  return `${criterion.charAt(0).toUpperCase()}${criterion.slice(1)}`;
}

export type DacSourcesReading =
  | { readonly ok: true; readonly sources: readonly DacSource[] }
  | { readonly ok: false; readonly problem: string; readonly reason: Phrase };

const PRINCIPLE_IDS: readonly PrincipleId[] = principlesData.map(
  (principle) => principle.id as PrincipleId,
);

// Ids and "SDG index" are matched ignoring case and runs of spaces, as keys are.
const normalised = (token: string): string => token.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * A Settings value ("TA, STK", "SDG index", "ta; stk") read as sources: separated by commas or
 * semicolons, each a principle id or "SDG index"; a source given twice counts once.
 */
export function readDacSources(text: string): DacSourcesReading {
  const tokens = text
    .split(/[,;]/)
    .map((token) => token.trim())
    .filter((token) => token !== "");
  if (tokens.length === 0)
    return refused(phrase("dac.noSource", { sdgIndex: DAC_LABELS.sdgIndexSource }));
  const sources: DacSource[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    const source = sourceOf(token);
    if (source === undefined) unknown.push(`"${token}"`);
    else if (!sources.includes(source)) sources.push(source);
  }
  if (unknown.length > 0)
    return refused(
      phrase(unknown.length === 1 ? "dac.unknownSource" : "dac.unknownSources", {
        sources: unknown.join(", "),
        ids: PRINCIPLE_IDS.join(", "),
        sdgIndex: DAC_LABELS.sdgIndexSource,
      }),
    );
  return { ok: true, sources };
}

function refused(reason: Phrase): DacSourcesReading {
  return { ok: false, problem: englishText(reason), reason };
}

function sourceOf(token: string): DacSource | undefined {
  const key = normalised(token);
  if (key === normalised(DAC_LABELS.sdgIndexSource)) return DAC_LABELS.sdgIndexSource;
  return PRINCIPLE_IDS.find((id) => id.toLowerCase() === key);
}

/** Sources as the Settings row holds them: "TA, STK". */
export function formatDacSources(sources: readonly DacSource[]): string {
  return sources.join(", ");
}

/** What is wrong with a lens built in code (the pane's form, a caller's settings); empty when usable. */
export function dacLensProblems(lens: DacLens): string[] {
  return dacLensFindings(lens).map(englishText);
}

export function dacLensFindings(lens: DacLens): Phrase[] {
  return DAC_CRITERIA.flatMap((criterion) => {
    const sources = lens[criterion] as readonly string[] | undefined;
    if (sources === undefined || sources.length === 0)
      return [phrase("rule.dacNoSource", { criterion })];
    const reading = readDacSources(sources.join(","));
    return reading.ok ? [] : [phrase("rule.dacSources", { criterion, reason: reading.reason })];
  });
}
