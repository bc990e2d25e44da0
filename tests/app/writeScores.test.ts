// The app's score/refresh use case over the memory host: plan → apply → stamp in one call, the
// former Scoreboard kept only when asked, and a user's own Scoreboard never written over.

import { readScored } from "../../src/app/scoredReading";
import { UserScoreboardError, writeScores } from "../../src/app/writeScores";
import { createSample } from "../../src/app/writeNewWorkbook";
import { SHEETS } from "../../src/engine/model/contract";
import { STAMP_KEYS, stampOf } from "../../src/host/stamp";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import type { ScoredWorkbook } from "../../src/app/scoredReading";

const STAMP = stampOf(new Date("2026-03-01T10:00:00Z"));
const WRITE = { dialect: "portable", stamp: STAMP } as const;

async function sampleHost(): Promise<{ host: MemoryWorkbook; scored: ScoredWorkbook }> {
  const host = MemoryWorkbook.empty();
  await createSample(host, { ...WRITE, existingSheet: "fail" });
  const scored = await readScored(host);
  if (!scored.ok) throw new Error("the sample does not read back");
  return { host, scored };
}

const names = async (host: MemoryWorkbook): Promise<string[]> =>
  (await host.listSheets()).map((sheet) => sheet.name);

describe("writeScores", () => {
  it("keeps the former Scoreboard as Scoreboard (previous) when asked, and stamps", async () => {
    const { host, scored } = await sampleHost();
    await host.writeAddinData({ [STAMP_KEYS.generatedOn]: null });
    const written = await writeScores(host, scored, { ...WRITE, previous: "keep" });
    expect(written.previous).toEqual({ kind: "kept", name: SHEETS.previousScoreboard });
    expect(await names(host)).toEqual(
      expect.arrayContaining([SHEETS.scoreboard, SHEETS.previousScoreboard]),
    );
    expect(written.sheets.map((sheet) => sheet.written)).toContain(SHEETS.scoreboard);
    expect((await host.readAddinData())[STAMP_KEYS.generatedOn]).toBe(STAMP.generatedOn);
  });

  it("keeps none when not asked, as the runner writes a new file", async () => {
    const { host, scored } = await sampleHost();
    const written = await writeScores(host, scored, { ...WRITE, previous: "none" });
    expect(written.previous).toEqual({ kind: "none" });
    expect(await names(host)).not.toContain(SHEETS.previousScoreboard);
  });

  it("refuses, changing nothing, to keep or rebuild a Scoreboard that belongs to the user", async () => {
    const { scored } = await sampleHost();
    const user = MemoryWorkbook.empty();
    await user.applyPlan(
      {
        styles: {},
        names: [],
        sheets: [
          { name: SHEETS.scoreboard, owned: false, cells: [{ address: "A1", value: "mine" }] },
        ],
      },
      { dialect: "portable", existingSheet: "fail" },
    );
    await expect(writeScores(user, scored, { ...WRITE, previous: "keep" })).rejects.toBeInstanceOf(
      UserScoreboardError,
    );
    expect(await names(user)).toEqual([SHEETS.scoreboard]);
  });
});
