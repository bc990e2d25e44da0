import { STAKEHOLDER_CSV_COLUMNS } from "../../src/engine/publish/stakeholdersCsv";
import { parseCsv } from "../engine/publish/csvParse";
import { c2c, tempFolder, type TempFolder } from "./cliHarness";
import { writeDemoPartnership } from "./workbookFixtures";

// The demo partnership: eight respondents, two in local government and one in each of six other
// groups, none from a donor; three contested items; 3 of its 6 actions marked y or n address input.
let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
  await writeDemoPartnership(folder.path("demo.xlsx"));
});
afterAll(async () => {
  await folder.remove();
});

describe("c2c report --stakeholders", () => {
  it("prints the view as text: representation, scores by group, contested items, actions and notes", async () => {
    const run = await c2c("report", folder.path("demo.xlsx"), "--stakeholders");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(
      "Stakeholders of Lindhaven–Sokoni partnership for sustainable cities (SAMPLE DATA)",
    );
    expect(lines).toContain("Representation");
    expect(lines.find((line) => line.startsWith("donor or financial institution"))).toMatch(
      / 0 +missing$/,
    );
    expect(lines.find((line) => line.startsWith("all respondents"))).toMatch(/ 8\s*$/);
    expect(lines.find((line) => line.startsWith("principle "))).toContain(
      "merged: local government, regional government, national government, civil society, academia, youth, private sector (8)",
    );
    expect(lines).toContain("Actions addressing stakeholder input: 3 of 6 marked y or n (50 %)");
    expect(lines).toContain("- No respondent from: donor or financial institution.");
    expect(lines.filter((line) => /^(CAP3|STK3|STK5) /.test(line))).toHaveLength(3);
  });

  it("prints the text in the report's language (--lang), the English numbers the same", async () => {
    const english = await c2c("report", folder.path("demo.xlsx"), "--stakeholders");
    const cases = {
      fr: {
        first:
          "Parties prenantes de Lindhaven–Sokoni partnership for sustainable cities (SAMPLE DATA)",
        heading: "Représentation",
        donor: /^bailleur ou institution financière +0 +absent$/,
        actions:
          "Actions qui répondent aux contributions des parties prenantes : 3 sur 6 marquées oui ou non (50 %)",
        contested: "Éléments contestés (combien ont donné chaque réponse)",
      },
      es: {
        first:
          "Partes interesadas de Lindhaven–Sokoni partnership for sustainable cities (SAMPLE DATA)",
        heading: "Representación",
        donor: /^donante o institución financiera +0 +ausente$/,
        actions:
          "Acciones que responden a las aportaciones de las partes interesadas: 3 de 6 marcadas sí o no (50 %)",
        contested: "Ítems en disputa (cuántos dieron cada respuesta)",
      },
    } as const;
    for (const [language, expected] of Object.entries(cases)) {
      const run = await c2c(
        "report",
        folder.path("demo.xlsx"),
        "--stakeholders",
        "--lang",
        language,
      );
      expect(run.code).toBe(0);
      const lines = run.stdout.split("\n");
      expect(lines[0]).toBe(expected.first);
      expect(lines).toContain(expected.heading);
      expect(lines.some((line) => expected.donor.test(line))).toBe(true);
      expect(lines).toContain(expected.actions);
      expect(lines).toContain(expected.contested);
      // The same contested items, with decimal commas where English writes points.
      const contested = (text: string): string[] =>
        text
          .split("\n")
          .filter((line) => /^(CAP3|STK3|STK5) /.test(line))
          .map((line) => line.split(/ +/).slice(0, 3).join(" ").replace(",", "."));
      expect(contested(run.stdout)).toEqual(contested(english.stdout));
      expect(run.stdout).not.toContain("missing");
    }
  });

  it("--json prints the view with provenance and the privacy rule; the merged entry is everyone and its scores are the overall ones", async () => {
    const view = JSON.parse(
      (await c2c("report", folder.path("demo.xlsx"), "--stakeholders", "--json")).stdout,
    ) as {
      generatedAt: string;
      privacy: { minimumGroupSize: number; rule: string };
      stakeholders: {
        groups: { group: string; respondents: number; alignment: number | null }[];
        representation: { missing: string[] };
        contested: unknown[];
      };
    };
    const scores = JSON.parse((await c2c("report", folder.path("demo.xlsx"), "--json")).stdout) as {
      scores: { alignment: { score: number } };
    };
    expect(view.generatedAt).toBe("2026-11-28T12:00:00.000Z");
    expect(view.privacy.minimumGroupSize).toBe(3);
    expect(view.stakeholders.representation.missing).toEqual(["donor or financial institution"]);
    expect(view.stakeholders.groups.map((entry) => [entry.group, entry.respondents])).toEqual([
      ["merged", 8],
    ]);
    expect(view.stakeholders.groups[0]?.alignment).toBeCloseTo(scores.scores.alignment.score, 9);
    expect(view.stakeholders.contested).toHaveLength(3);
  });

  it("--csv prints one tidy table, and takes the locale options", async () => {
    const run = await c2c(
      "report",
      folder.path("demo.xlsx"),
      "--stakeholders",
      "--csv",
      "--delimiter",
      ";",
    );
    expect(run.code).toBe(0);
    const [header, ...rows] = parseCsv(run.stdout, ";");
    expect(header).toEqual([...STAKEHOLDER_CSV_COLUMNS]);
    expect([...new Set(rows.map((row) => row[0]))]).toEqual([
      "representation",
      "group",
      "contested",
      "actions",
      "note",
    ]);
  });

  it.each([
    [["--html"], "c2c report: --stakeholders prints as text, --json or --csv"],
    [["--open-sdg"], "c2c report: --stakeholders prints as text, --json or --csv"],
    [["--json", "--csv"], "c2c report: choose one format"],
    [["--delimiter", ";"], "--delimiter and --decimal-comma apply to --csv and --open-sdg only"],
  ])("--stakeholders %j → exit 2: %s", async (flags, message) => {
    const run = await c2c("report", folder.path("demo.xlsx"), "--stakeholders", ...flags);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toContain(message);
  });
});
