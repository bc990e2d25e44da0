// The DAC criteria across a programme (framework.md §5–6): each partnership's six criteria on 0–100,
// and per criterion their distribution over the partnerships that have a score (mean, median,
// QUARTILE quartiles, minimum, maximum, count). One lens serves the whole programme so that a
// criterion means the same in every partnership: the lens every partnership's Settings agree on,
// else the catalogue's, and each criterion on which they differ is a warning naming the workbooks.

import { phrase, problemAt } from "../language/problemTexts";
import { programmeSides } from "./programmeSides";
import type { DacCriterion, PrincipleId } from "../catalogue/types";
import {
  CATALOGUE_DAC_LENS,
  DAC_CRITERIA,
  dacCriteria,
  dacCriterionName,
  formatDacSources,
  partnershipSdgIndex,
  type DacLens,
  type DacSource,
} from "../dac";
import type { Problem } from "../model/types";
import { toHundred } from "../scoring";
import { distributionOf, type Distribution } from "./distribution";
import type { PartnershipSummary } from "./types";

/** What a partnership's criteria are computed from: its principle scores (1–5) and its cities' SDG indices. */
export type DacPartnershipInput = Pick<
  PartnershipSummary,
  "source" | "name" | "settings" | "principleScores" | "sdgIndices"
>;

export interface PartnershipDacScore {
  readonly source: string;
  readonly name: string;
  /** 0–100; null when none of the criterion's sources has a score in this partnership. */
  readonly score: number | null;
}

export interface DacCriterionAcrossProgramme {
  readonly criterion: DacCriterion;
  readonly name: string;
  /** The sources of the programme's lens. */
  readonly sources: readonly DacSource[];
  /** Over the partnerships with a score. */
  readonly distribution: Distribution;
  /** Partnerships none of whose sources has a score. */
  readonly partnershipsWithoutScore: number;
  /** Every partnership in the order given. */
  readonly partnerships: readonly PartnershipDacScore[];
}

export interface DacAcrossPartnerships {
  /** The six criteria in the catalogue's order. */
  readonly criteria: readonly DacCriterionAcrossProgramme[];
  readonly lens: DacLens;
  /** One warning per criterion whose sources differ between the partnerships' Settings. */
  readonly problems: readonly Problem[];
}

export function dacAcrossPartnerships(
  partnerships: readonly DacPartnershipInput[],
): DacAcrossPartnerships {
  const { lens, problems } = programmeLens(partnerships);
  const scored = partnerships.map((partnership) => ({
    partnership,
    criteria: dacCriteria(lens, {
      principles: principlesOutOf100(partnership.principleScores),
      sdgIndex: partnershipSdgIndex(partnership.sdgIndices.map((city) => city.index)),
    }),
  }));
  const criteria = DAC_CRITERIA.map((criterion, index): DacCriterionAcrossProgramme => {
    const perPartnership = scored.map(({ partnership, criteria: own }): PartnershipDacScore => ({
      source: partnership.source,
      name: partnership.name,
      score: own[index]?.score ?? null,
    }));
    const scores = perPartnership.flatMap((entry) => (entry.score === null ? [] : [entry.score]));
    return {
      criterion,
      name: dacCriterionName(criterion),
      sources: lens[criterion],
      distribution: distributionOf(scores),
      partnershipsWithoutScore: perPartnership.length - scores.length,
      partnerships: perPartnership,
    };
  });
  return { criteria, lens, problems };
}

function principlesOutOf100(
  scores: Readonly<Record<PrincipleId, number | null>>,
): Partial<Record<PrincipleId, number | null>> {
  return Object.fromEntries(
    Object.entries(scores).map(([principle, score]) => {
      const outOf100 = score === null ? null : toHundred(score);
      return [principle, outOf100 !== null && outOf100.ok ? outOf100.value : null];
    }),
  );
}

// Per criterion: the partnerships' common sources, else the catalogue's with a warning.
function programmeLens(partnerships: readonly DacPartnershipInput[]): {
  lens: DacLens;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const lens = Object.fromEntries(
    DAC_CRITERIA.map((criterion) => {
      const sourcesByText = new Map<string, { sources: readonly DacSource[]; files: string[] }>();
      for (const partnership of partnerships) {
        const sources = partnership.settings.dacLens[criterion];
        const text = formatDacSources(sources);
        const entry = sourcesByText.get(text) ?? { sources, files: [] };
        entry.files.push(partnership.source);
        sourcesByText.set(text, entry);
      }
      const [only] = [...sourcesByText.values()];
      if (sourcesByText.size <= 1)
        return [criterion, only?.sources ?? CATALOGUE_DAC_LENS[criterion]];
      const filesByText = new Map([...sourcesByText].map(([text, { files }]) => [text, files]));
      problems.push(
        problemAt(
          "programme",
          "warning",
          phrase("programme.dacSourcesDiffer", {
            criterion,
            sides: programmeSides(filesByText),
            sources: formatDacSources(CATALOGUE_DAC_LENS[criterion]),
          }),
        ),
      );
      return [criterion, CATALOGUE_DAC_LENS[criterion]];
    }),
  ) as Record<DacCriterion, readonly DacSource[]>;
  return { lens, problems };
}
