// The contract's words: complete in French and Spanish, one English header per word in any
// language, and every token read back from each language's word and from the old spellings.

import {
  CONTRACT_HEADERS,
  LANGUAGES,
  TOKENS,
  contractWords,
  headerIn,
  tokenIn,
  tokenOf,
  tokenWords,
  translationProblems,
  wordKey,
  type TokenKind,
} from "../../../src/engine/language";
import { ACCEPTED_HEADER_SPELLINGS } from "../../../src/engine/language/contractWords/acceptedSpellings";
import es from "../../../src/engine/language/contractWords/es.json";
import fr from "../../../src/engine/language/contractWords/fr.json";
import { normaliseHeader } from "../../../src/engine/plan/headers";

const english = contractWords.templates("en");
const kinds = Object.keys(TOKENS) as TokenKind[];

describe("the contract's words", () => {
  it.each([
    ["fr", fr],
    ["es", es],
  ])("%s has every English key, no other, and no placeholders to differ", (_, words) => {
    expect(translationProblems(english, words)).toEqual([]);
  });

  it("gives no two English headers the same word in any language (a header names one column)", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const header of CONTRACT_HEADERS)
      for (const language of LANGUAGES) {
        const key = wordKey(headerIn(language, header));
        const earlier = owner.get(key);
        if (earlier !== undefined && earlier !== header) clashes.push(`${earlier} / ${header}`);
        owner.set(key, header);
      }
    for (const [header, spellings] of Object.entries(ACCEPTED_HEADER_SPELLINGS))
      for (const spelling of spellings) {
        const earlier = owner.get(wordKey(spelling));
        if (earlier !== undefined && earlier !== header) clashes.push(`${earlier} / ${spelling}`);
      }
    expect(clashes).toEqual([]);
  });

  it("keeps older spellings only for headers of the contract, none a language's own word", () => {
    const current = new Set(
      CONTRACT_HEADERS.flatMap((header) =>
        LANGUAGES.map((language) => wordKey(headerIn(language, header))),
      ),
    );
    for (const [header, spellings] of Object.entries(ACCEPTED_HEADER_SPELLINGS)) {
      expect({ header, inContract: CONTRACT_HEADERS.includes(header) }).toEqual({
        header,
        inContract: true,
      });
      for (const spelling of spellings)
        expect({ spelling, current: current.has(wordKey(spelling)) }).toEqual({
          spelling,
          current: false,
        });
    }
  });

  it("gives no two tokens of a kind the same word in any language", () => {
    for (const kind of kinds) {
      const words = TOKENS[kind].flatMap((token) =>
        LANGUAGES.map((language) => wordKey(tokenIn(language, kind, token))),
      );
      const perToken = TOKENS[kind].map(
        (token) =>
          new Set(LANGUAGES.map((language) => wordKey(tokenIn(language, kind, token)))).size,
      );
      expect(new Set(words).size).toBe(perToken.reduce((a, b) => a + b, 0));
    }
  });

  it.each(LANGUAGES)(
    "matches every header written in %s to its English key, in any case",
    (language) => {
      for (const header of CONTRACT_HEADERS) {
        const written = headerIn(language, header);
        expect(normaliseHeader(written.toUpperCase())).toBe(normaliseHeader(header));
        expect(normaliseHeader(written)).toBe(header.toLowerCase().replace(/\s+/gu, ""));
      }
    },
  );

  it.each(LANGUAGES)("reads every token back from its %s word", (language) => {
    for (const kind of kinds)
      for (const token of TOKENS[kind]) {
        expect(tokenOf(kind, tokenIn(language, kind, token))).toBe(token);
        expect(tokenOf(kind, ` ${tokenIn(language, kind, token).toUpperCase()} `)).toBe(token);
      }
  });

  it.each([
    ["Ville", "city"],
    ["ciudad", "city"],
    ["ID de l’élément", "itemid"],
    ["Puntuacion del elemento", "itemscore"],
    ["Alice Martin", "alicemartin"],
    // The words earlier versions wrote for a score's category (issue 14), and the new ones.
    ["Bande", "band"],
    ["banda", "band"],
    ["Niveau", "band"],
    ["Nivel", "band"],
    ["Limite de bande ODD : ODD atteint", "sdgbandlimit:achieved"],
    [
      "Límite de banda ODS: Persisten desafíos significativos",
      "sdgbandlimit:significantchallenges",
    ],
    ["Limite de bande des principes : Établi", "principlebandlimit:established"],
    ["Límite de banda de principios: Avanzado", "principlebandlimit:advanced"],
    ["Limite de niveau des principes : En développement", "principlebandlimit:developing"],
    ["Bandeau", "bandeau"],
  ])("keys the header %p as %p", (header, key) => {
    expect(normaliseHeader(header)).toBe(key);
  });

  it.each<[TokenKind, string, string | undefined]>([
    ["status", "En-Cours", "in progress"],
    ["status", "Realizada", "done"],
    ["status", "prevue", "planned"],
    ["flag", "Sí", "y"],
    ["flag", "yes", "y"],
    ["flag", "TRUE", "y"],
    ["flag", "Non", "n"],
    ["flag", "0", "n"],
    ["answer", "S.O.", "n/a"],
    ["answer", "No aplica", "n/a"],
    ["answer", "sans objet", undefined],
    ["group", "Société civile", "civil society"],
    ["itemAggregation", "Médiane", "median"],
    ["itemAggregation", "media", "mean"],
    ["worstValueMode", "línea de base", "baseline"],
    ["list", "longue", "long"],
  ])("reads the %s %p as %p", (kind, text, token) => {
    expect(tokenOf(kind, text)).toBe(token);
  });

  it("counts n/a by its word in each language, each once, as the formulas do", () => {
    expect(tokenWords("answer", "n/a")).toEqual(["n/a", "s.o.", "no aplica"]);
    expect(tokenWords("answer", "?")).toEqual(["?"]);
  });
});
