// Which submissions of survey tools a workbook already holds, kept on the add-in's hidden settings
// sheet (addinSettings.ts), not in a contract column: submission id → the respondent (Checklist
// column) its answers went to. A re-import of the same export then finds each submission's column
// again, anonymous ones included, and adds nothing twice. A cell holds at most 32,767 characters,
// so the record continues under "importedSubmissions.2", ".3"… when it outgrows one.

import { MAX_SETTING_LENGTH, type AddinSettings } from "../plan/addinSettings";

export const IMPORTED_SUBMISSIONS_KEY = "importedSubmissions";

const PART_KEY = new RegExp(`^${IMPORTED_SUBMISSIONS_KEY}(?:\\.(\\d+))?$`, "u");

function partNumber(key: string): number | undefined {
  const match = PART_KEY.exec(key);
  if (match === null) return undefined;
  return match[1] === undefined ? 1 : Number(match[1]);
}

/** Submission id → respondent, from every part of the record; an unreadable part counts as empty. */
export function importedSubmissions(settings: AddinSettings): Map<string, string> {
  const parts = Object.entries(settings)
    .map(([key, value]) => ({ number: partNumber(key), value }))
    .filter((part): part is { number: number; value: string } => part.number !== undefined)
    .sort((a, b) => a.number - b.number);
  const record = new Map<string, string>();
  for (const { value } of parts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      continue;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) continue;
    for (const [id, respondent] of Object.entries(parsed))
      if (typeof respondent === "string") record.set(id, respondent);
  }
  return record;
}

/** The settings that record `added` beside what `settings` already records, split into parts that fit a cell. */
export function recordSubmissions(
  settings: AddinSettings,
  added: ReadonlyMap<string, string>,
): Record<string, string> {
  const record = importedSubmissions(settings);
  for (const [id, respondent] of added) record.set(id, respondent);
  const parts: string[] = [];
  let entries: [string, string][] = [];
  // The JSON text's length as it grows: "{}" and, per entry, "id":"respondent" and a comma.
  let length = 2;
  const flush = (): void => {
    parts.push(JSON.stringify(Object.fromEntries(entries)));
    entries = [];
    length = 2;
  };
  for (const entry of record) {
    const size = JSON.stringify(entry[0]).length + 1 + JSON.stringify(entry[1]).length;
    const grown = length + size + (entries.length > 0 ? 1 : 0);
    if (grown > MAX_SETTING_LENGTH && entries.length > 0) flush();
    length += size + (entries.length > 0 ? 1 : 0);
    entries.push(entry);
  }
  flush();
  return Object.fromEntries(
    parts.map((part, index) => [
      index === 0 ? IMPORTED_SUBMISSIONS_KEY : `${IMPORTED_SUBMISSIONS_KEY}.${index + 1}`,
      part,
    ]),
  );
}
