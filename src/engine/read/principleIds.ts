// Principles as users type them: the id ("TA", "ta") or the name in any of the three languages
// ("Territorial approach", "Approche territoriale", "Enfoque territorial").

import { catalogue } from "../catalogue";
import { CATALOGUE_LANGUAGES, catalogueText } from "../catalogue/texts";
import type { PrincipleId } from "../catalogue/types";
import { nameKey } from "../sheetValues";

const BY_KEY = new Map<string, PrincipleId>(
  catalogue.principles.flatMap((principle) => [
    [nameKey(principle.id), principle.id],
    ...CATALOGUE_LANGUAGES.map(
      (language) =>
        [
          nameKey(catalogueText(language, "principleNames", principle.id) ?? principle.name),
          principle.id,
        ] as const,
    ),
  ]),
);

export function principleIdOf(text: string): PrincipleId | undefined {
  return BY_KEY.get(nameKey(text));
}

/** "TA7" → TA, "data2" → DATA: the letters an item id starts with, when they name a principle. */
export function principleOfItemId(itemId: string): PrincipleId | undefined {
  const prefix = /^([A-Za-z0-9]*?[A-Za-z])\d+$/u.exec(itemId.trim())?.[1];
  return prefix === undefined ? undefined : principleIdOf(prefix);
}
