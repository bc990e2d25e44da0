// A comparison row's name in a language: the catalogue's principle and goal names, the overall
// rows' own; English is the name the comparison was built with.

import { catalogueText } from "../catalogue/texts";
import type { Language } from "../language";
import { compareTexts } from "./texts";
import type { ComparisonRow } from "./types";

export function rowNameText(
  row: Pick<ComparisonRow, "kind" | "id" | "name">,
  language: Language,
): string {
  if (language === "en") return row.name;
  if (row.kind === "alignment") return compareTexts.text(language, "nameAlignment");
  if (row.kind === "sdg-index") return compareTexts.text(language, "nameSdgIndex");
  const text =
    row.kind === "principle"
      ? catalogueText(language, "principleNames", row.id)
      : catalogueText(language, "goalNames", row.id.replace(/^SDG\s*/u, ""));
  return text ?? row.name;
}
