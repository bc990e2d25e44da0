// Names typed by hand (cities, respondents, objectives, column headers) are compared by this
// key, so "Saint  Louis", "saint louis" and " Saint Louis" are one city wherever the engine
// groups or matches them.

// toLowerCase is toLocaleLowerCase("en"): English has no case mapping of its own (only Turkish,
// Azeri and Lithuanian do), and the locale's look-up at every call is what a long list pays for.
/** Case-insensitive comparison key: trimmed, lower case, runs of white space as one space. */
export function nameKey(text: string): string {
  return text.trim().replace(/\s+/gu, " ").toLowerCase();
}
