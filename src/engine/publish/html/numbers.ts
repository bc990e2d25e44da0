// Numbers as the report and the runner's text summaries print them: principle scores with two
// decimals (the pilot's 3.70), indices with one, shares as whole percentages, missing numbers as a
// dash. SVG coordinates get two decimals, enough for a screen and short enough to read in the source.
// A French or Spanish page writes the same digits as its language does (2,97; 50 %), through
// `Intl.NumberFormat`; English, the JSON, the CSVs and the coordinates keep the decimal point.

import type { Language } from "../../language";

export function fivePoint(score: number | null): string {
  return score === null ? "–" : score.toFixed(2);
}

export function hundred(index: number | null): string {
  return index === null ? "–" : index.toFixed(1);
}

export function percent(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 100)} %`;
}

/** A number as the catalogue, the settings or the workbook hold it (band limits, end values): its own digits. */
export function plain(value: number): string {
  return String(value);
}

export function coordinate(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The report's numbers in one language. */
export interface ReportNumbers {
  readonly fivePoint: (score: number | null) => string;
  readonly hundred: (index: number | null) => string;
  readonly percent: (share: number | null) => string;
  readonly plain: (value: number) => string;
}

const ENGLISH: ReportNumbers = { fivePoint, hundred, percent, plain };

const LOCALES: Readonly<Record<Exclude<Language, "en">, string>> = { fr: "fr-FR", es: "es-ES" };

/** How many decimals the shortest writing of the number has ("0.125" → 3). */
function decimalsOf(value: number): number {
  return String(value).split(".")[1]?.length ?? 0;
}

/**
 * The English digits in the language's way. Intl rounds the shortest decimal writing of a number
 * (76.55 → 76,6) where `toFixed` rounds its binary value (76.55 → 76.5): Intl is given the English
 * digits, which it then writes without rounding again, so every page shows the same number.
 */
function localDigits(format: Intl.NumberFormat, english: string): string {
  const value = Number(english);
  // -0.001 is "-0.00" in English; Intl would write −0 as 0 or -0 depending on its sign option.
  return value === 0 && english.startsWith("-") ? `-${format.format(0)}` : format.format(value);
}

function localNumbers(locale: string): ReportNumbers {
  const fixed = (digits: number): Intl.NumberFormat =>
    new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  const two = fixed(2);
  const one = fixed(1);
  const share = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const byDecimals = new Map<number, Intl.NumberFormat>();
  const withDecimals = (digits: number): Intl.NumberFormat => {
    const known = byDecimals.get(digits);
    if (known !== undefined) return known;
    const made = fixed(digits);
    byDecimals.set(digits, made);
    return made;
  };
  return {
    fivePoint: (score) => (score === null ? "–" : localDigits(two, score.toFixed(2))),
    hundred: (index) => (index === null ? "–" : localDigits(one, index.toFixed(1))),
    // Rounded as the English page rounds it (Math.round), then written in the language's way.
    percent: (value) =>
      value === null ? "–" : localDigits(share, String(Math.round(value * 100) / 100)),
    plain: (value) =>
      // A number only an exponent writes short (1e-7) is left as JavaScript writes it.
      /e/iu.test(String(value))
        ? String(value)
        : localDigits(withDecimals(decimalsOf(value)), String(value)),
  };
}

/** Made when first asked for: an Intl.NumberFormat costs milliseconds, and most runs are English. */
const LOCAL = new Map<Exclude<Language, "en">, ReportNumbers>();

/** The report's numbers as the page's language writes them; English is the functions above. */
export function numbersIn(language: Language): ReportNumbers {
  if (language === "en") return ENGLISH;
  const known = LOCAL.get(language);
  if (known !== undefined) return known;
  const made = localNumbers(LOCALES[language]);
  LOCAL.set(language, made);
  return made;
}
