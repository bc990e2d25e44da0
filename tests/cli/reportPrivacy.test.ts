// Respondents' privacy in everything `c2c report` publishes: a workbook whose respondents have
// distinctive names and organisations, and items answered by one or two people, goes through every
// output; none may show a name, an organisation, or the numbers of an item backed by fewer than
// three answers (the default Minimum group size).
import type { MemoryCellInput } from "../../src/host/memory/memoryWorkbook";
import { c2c, tempFolder, type TempFolder } from "./cliHarness";
import { ALPHA_BETA_INDICATORS, writeContractWorkbook } from "./workbookFixtures";

const PEOPLE = [
  ["Zebulon Quixotic-Marchbanks", "Wibbleton Quokka Cooperative", "local government"],
  ["Perpetua Vandersloot", "Vandersloot Heritage Trust", "local government"],
  ["Ignatius Fairweather-Oduya", "Fairweather Lantern Guild", "local government"],
  ["Ottoline Brackenridge", "Brackenridge Youth Orchestra", "youth"],
] as const;
/** Answers on the Checklist but absent from the register: the reader's warning quotes the name. */
const UNREGISTERED = "Ximena Oyelaran-Bjørk";
const SECRETS = [
  ...PEOPLE.flatMap(([name, organisation]) => [name, organisation]),
  UNREGISTERED,
  "Quixotic",
  "Vandersloot",
  "Fairweather",
  "Brackenridge",
  "Oyelaran",
];

/** Items answered by fewer than three people: their numbers must never be published. */
const THIN_ITEMS = ["TA1", "TA2", "MLG1"];

const CHECKLIST: MemoryCellInput[][] = [
  [
    "Principle",
    "Item ID",
    "Item",
    ...PEOPLE.map(([name]) => name),
    UNREGISTERED,
    "Item score",
    "Spread",
    "Evidence",
  ],
  [
    "TA",
    "TA1",
    "addresses concrete local challenges",
    2,
    null,
    null,
    null,
    null,
    null,
    null,
    "interview with Zebulon Quixotic-Marchbanks",
  ],
  [
    "TA",
    "TA2",
    "creates synergies across sectoral policies",
    1,
    5,
    null,
    null,
    null,
    null,
    null,
    "",
  ],
  ["TA", "TA3", "involves all levels of government", 4, 4, 3, 5, 2, null, null, ""],
  ["TA", "TA4", "builds on local assets", 3, 3, 3, null, null, null, null, ""],
  [
    "MLG",
    "MLG1",
    "coordination across levels of government",
    "n/a",
    null,
    null,
    null,
    null,
    null,
    null,
    "",
  ],
  ["P2P", "P2P1", "regular in-person exchanges", 5, 1, 5, 1, 3, null, null, ""],
];
const STAKEHOLDERS: MemoryCellInput[][] = [
  ["Respondent", "Organisation", "Group", "City", "Role in the partnership"],
  ...PEOPLE.map(([name, organisation, group]) => [
    name,
    organisation,
    group,
    "Alpha",
    "participant",
  ]),
];
const ACTIONS: MemoryCellInput[][] = [
  [
    "ID",
    "Action",
    "Principle/Goal",
    "Owner",
    "Due",
    "Status",
    "Stakeholder input addressed",
    "Evidence",
  ],
  [
    "A1",
    "joint youth forum",
    "STK",
    "Perpetua Vandersloot",
    "2025",
    "planned",
    "y",
    "minutes by Ottoline Brackenridge",
  ],
];

let folder: TempFolder;
let input: string;
beforeAll(async () => {
  folder = await tempFolder();
  input = folder.path("private.xlsx");
  await writeContractWorkbook(input, {
    checklist: CHECKLIST,
    stakeholders: STAKEHOLDERS,
    actions: ACTIONS,
    indicators: ALPHA_BETA_INDICATORS,
  });
});
afterAll(async () => {
  await folder.remove();
});

const OUTPUTS = [
  "--json",
  "--csv",
  "--html",
  "--open-sdg",
  "--stakeholders",
  "--stakeholders --json",
  "--stakeholders --csv",
];

interface PublishedItemJson {
  itemId: string;
  numericAnswers: number;
  score: number | string | null;
  spread: number | null;
  standardDeviation: number | null;
  consensus: number | null;
  contested: boolean | null;
  suppressed: string | null;
}

describe("c2c report publishes nothing that shows one respondent", () => {
  it("the workbook really has the names, the thin items and a name in a problem message (the test can fail)", async () => {
    const run = await c2c("report", input, "--json");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(UNREGISTERED);
  });

  it.each(OUTPUTS)("%s: no respondent's name or organisation", async (flags) => {
    const run = await c2c("report", input, ...flags.split(" "));
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
    const lower = run.stdout.toLowerCase();
    expect(SECRETS.filter((secret) => lower.includes(secret.toLowerCase()))).toEqual([]);
  });

  // --json names every item, with its numbers withheld (checked below).
  it.each(OUTPUTS.filter((flags) => flags !== "--json"))(
    "%s: no item answered by fewer than three people appears",
    async (flags) => {
      const run = await c2c("report", input, ...flags.split(" "));
      for (const itemId of THIN_ITEMS)
        expect(run.stdout).not.toMatch(new RegExp(`\\b${itemId}\\b`));
    },
  );

  it("--json: respondents are replaced by counts per group; an item backed by fewer than three answers has no numbers, and says why", async () => {
    const report = JSON.parse((await c2c("report", input, "--json")).stdout) as {
      respondents?: unknown;
      representation: {
        respondents: number;
        withoutGroup: number;
        groups: { group: string; respondents: number }[];
      };
      privacy: { minimumGroupSize: number; rule: string };
      scores: { items: PublishedItemJson[] };
      problems: { address: string; message: string }[];
    };
    expect(report.respondents).toBeUndefined();
    expect(report.representation.respondents).toBe(5);
    expect(report.representation.withoutGroup).toBe(1);
    expect(
      report.representation.groups.find((entry) => entry.group === "local government")?.respondents,
    ).toBe(3);
    expect(report.privacy.minimumGroupSize).toBe(3);
    const byId = new Map(report.scores.items.map((entry) => [entry.itemId, entry]));
    for (const itemId of THIN_ITEMS) {
      const entry = byId.get(itemId);
      expect(entry).toMatchObject({
        score: null,
        spread: null,
        standardDeviation: null,
        consensus: null,
        contested: null,
      });
      expect(entry?.suppressed).toMatch(/fewer than 3: not published/);
    }
    expect(byId.get("TA1")?.suppressed).toBe(
      "1 answer from 1 to 5, fewer than 3: not published, to keep single answers private",
    );
    expect(byId.get("TA4")).toMatchObject({
      score: 3,
      spread: 0,
      contested: false,
      suppressed: null,
    });
    expect(byId.get("TA3")?.score).toBeCloseTo(18 / 5, 9);
    // The reader's warning about the unregistered respondent is kept, without the name.
    expect(
      report.problems.some((problem) =>
        problem.message.includes('the respondent "[respondent]" has no row'),
      ),
    ).toBe(true);
  });

  it("--html shows the contested item backed by five answers with its answer counts", async () => {
    const html = (await c2c("report", input, "--html")).stdout;
    expect(html).toContain(
      `<td>P2P1</td><td>regular in-person exchanges</td><td class="number">3.00</td><td class="number">4</td>` +
        [2, 0, 1, 0, 2].map((count) => `<td class="number">${count}</td>`).join(""),
    );
  });
});
