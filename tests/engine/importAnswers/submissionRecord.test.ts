// The record of imported submissions on the add-in's hidden sheet: read back as written, merged
// with what earlier imports recorded, and continued under numbered keys when a cell would overflow.

import {
  IMPORTED_SUBMISSIONS_KEY,
  importedSubmissions,
  recordSubmissions,
} from "../../../src/engine/importAnswers/submissionRecord";
import { MAX_SETTING_LENGTH } from "../../../src/engine/plan/addinSettings";

describe("the record of imported submissions", () => {
  it("keeps what earlier imports recorded beside the new submissions, and other settings alone", () => {
    const first = recordSubmissions({ ownedSheets: "[]" }, new Map([["kobo:a", "Cleo"]]));
    expect(first).toEqual({ [IMPORTED_SUBMISSIONS_KEY]: '{"kobo:a":"Cleo"}' });
    const second = recordSubmissions(
      { ownedSheets: "[]", ...first },
      new Map([["microsoft-forms:1@46356.41", "Anonymous 1"]]),
    );
    expect([...importedSubmissions(second)]).toEqual([
      ["kobo:a", "Cleo"],
      ["microsoft-forms:1@46356.41", "Anonymous 1"],
    ]);
  });

  it("continues under importedSubmissions.2, .3… so that no cell holds more than Excel's 32,767 characters", () => {
    const added = new Map(
      Array.from({ length: 2000 }, (_, index) => [
        `kobo:${String(index).padStart(4, "0")}-5b1c2f8e-6a3d-4c2b-9f1e-0d7a8b9c`,
        `Respondent ${index}`,
      ]),
    );
    const settings = recordSubmissions({}, added);
    const keys = Object.keys(settings);
    expect(keys.length).toBeGreaterThan(2);
    expect(keys).toEqual(
      keys.map((_, index) =>
        index === 0 ? IMPORTED_SUBMISSIONS_KEY : `${IMPORTED_SUBMISSIONS_KEY}.${index + 1}`,
      ),
    );
    for (const value of Object.values(settings))
      expect(value.length).toBeLessThanOrEqual(MAX_SETTING_LENGTH);
    // Filled near the limit, not split early: each part but the last would overflow with one more entry.
    const parts = Object.values(settings);
    for (const part of parts.slice(0, -1))
      expect(part.length).toBeGreaterThan(MAX_SETTING_LENGTH - 80);
    expect(importedSubmissions(settings)).toEqual(added);
  });

  it("reads an unreadable part as empty rather than failing the import", () => {
    expect(
      importedSubmissions({
        [IMPORTED_SUBMISSIONS_KEY]: "not json",
        [`${IMPORTED_SUBMISSIONS_KEY}.2`]: '{"kobo:b":"Dan"}',
        [`${IMPORTED_SUBMISSIONS_KEY}.x`]: '{"kobo:c":"Eve"}',
      }),
    ).toEqual(new Map([["kobo:b", "Dan"]]));
  });
});
