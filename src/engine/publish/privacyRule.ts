// The privacy rule of everything published (README, "Stakeholders and respondents' privacy"; settings.minimumGroupSize), in the words every
// output repeats, so a reader of the page, the CSV or the JSON knows why a number is missing. The
// page says it in its language; the JSON and CSV in English, as their other texts.

import type { Language } from "../language";
import { reportTexts } from "./texts";

export function privacyRule(minimumGroupSize: number, language: Language = "en"): string {
  return reportTexts.text(language, "privacyRule", { minimum: minimumGroupSize });
}
