// The words of the workbook contract in English: every header and key the readers match, and every
// token people pick from a dropdown. They are the key set of the contract's French and Spanish
// words (fr.json, es.json), and they come from the contract and the engine's own token lists, so
// no English word is written twice.

import { catalogue } from "../../catalogue";
import {
  ACTION_HEADERS,
  CHECKLIST_CONTESTED_HEADER,
  CHECKLIST_HEADERS,
  INDICATOR_HEADERS,
  KEY_VALUE_HEADERS,
  LANGUAGE_SETTING_KEY,
  PARTNERSHIP_KEYS,
  PRINCIPLE_BAND_LIMIT_ROWS,
  SCALAR_SETTING_ROWS,
  SDG_BAND_LIMIT_ROWS,
  STAKEHOLDER_HEADERS,
  dacLensKey,
  principleWeightKey,
} from "../../model/contract";
import { DAC_CRITERIA } from "../../dac/lens";
import type { ListId } from "../../catalogue/types";
import {
  ACTION_STATUSES,
  STAKEHOLDER_GROUPS,
  type ActionStatus,
  type StakeholderGroup,
} from "../../model/types";
import type { ItemAggregation, WorstValueMode } from "../../settings";
import { PROGRAMME_TABLE_HEADERS } from "../../programme/tableHeaders";

/** The kinds of token a cell may hold, each read in any language and written in the workbook's. */
export type TokenKind =
  "answer" | "flag" | "status" | "list" | "worstValueMode" | "itemAggregation" | "group";

/** The engine's type of each kind's tokens. */
export interface TokenOfKind {
  readonly answer: "n/a" | "?";
  readonly flag: "y" | "n";
  readonly status: ActionStatus;
  readonly list: ListId;
  readonly worstValueMode: WorstValueMode;
  readonly itemAggregation: ItemAggregation;
  readonly group: StakeholderGroup;
}

/** Every token of each kind, as the engine knows it. */
export const TOKENS: { readonly [K in TokenKind]: readonly TokenOfKind[K][] } = {
  answer: ["n/a", "?"],
  flag: ["y", "n"],
  status: ACTION_STATUSES,
  list: ["simplified", "long"],
  worstValueMode: ["fixed", "peer", "baseline"],
  itemAggregation: ["mean", "median"],
  group: STAKEHOLDER_GROUPS,
};

/** Every header and key-table key of the contract, as the contract spells it. */
export const CONTRACT_HEADERS: readonly string[] = [
  ...new Set([
    ...Object.values(KEY_VALUE_HEADERS),
    ...Object.values(PARTNERSHIP_KEYS),
    ...Object.values(CHECKLIST_HEADERS),
    CHECKLIST_CONTESTED_HEADER,
    ...Object.values(STAKEHOLDER_HEADERS),
    ...Object.values(INDICATOR_HEADERS),
    ...Object.values(ACTION_HEADERS),
    ...SCALAR_SETTING_ROWS.map((row) => row.key),
    ...SDG_BAND_LIMIT_ROWS.map((row) => row.key),
    ...PRINCIPLE_BAND_LIMIT_ROWS.map((row) => row.key),
    ...catalogue.principles.map((principle) => principleWeightKey(principle.id)),
    ...DAC_CRITERIA.map(dacLensKey),
    LANGUAGE_SETTING_KEY,
    ...PROGRAMME_TABLE_HEADERS,
  ]),
];

export const headerWordKey = (header: string): string => `header.${header}`;
export const tokenWordKey = (kind: TokenKind, token: string): string => `${kind}.${token}`;

/** The English word of every header and token, by its catalogue key. */
export const ENGLISH_CONTRACT_WORDS: Readonly<Record<string, string>> = Object.fromEntries<string>([
  ...CONTRACT_HEADERS.map((header): [string, string] => [headerWordKey(header), header]),
  ...(Object.entries(TOKENS) as [TokenKind, readonly string[]][]).flatMap(([kind, tokens]) =>
    tokens.map((token): [string, string] => [tokenWordKey(kind, token), token]),
  ),
]);
