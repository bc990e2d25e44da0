// The report's Stakeholders section and the stakeholder CSV, on the six-respondent partnership of
// tests/engine/stakeholders (local government 3, civil society 2, youth 1) and on the sample.
import { scoreAssessment } from "../../../src/engine/assessment";
import { CATALOGUE_VERSION } from "../../../src/engine/catalogue";
import type { CellValue } from "../../../src/engine/cells";
import { samplePartnership } from "../../../src/engine/demo";
import type { Assessment, Respondent, StakeholderGroup } from "../../../src/engine/model/types";
import { reportHtml } from "../../../src/engine/publish/html/reportHtml";
import { stakeholdersSection } from "../../../src/engine/publish/html/stakeholdersSection";
import {
  STAKEHOLDER_CSV_COLUMNS,
  stakeholdersCsv,
} from "../../../src/engine/publish/stakeholdersCsv";
import { stakeholderView } from "../../../src/engine/stakeholders";
import { action, assessmentWith, item } from "../assessment/builders";
import { parseCsv } from "./csvParse";
import { markupProblems } from "./htmlCheck";

const GROUPS: StakeholderGroup[] = [
  "local government",
  "local government",
  "local government",
  "civil society",
  "civil society",
  "youth",
];
const PEOPLE: Respondent[] = GROUPS.map((group, i) => ({
  name: `Unusualname${i}`,
  organisation: `Rareorg${i}`,
  group,
  city: "",
  role: "",
}));

function six(): Assessment {
  const rows: [string, CellValue[]][] = [
    ["TA1", [5, 4, 3, 1, 2, 1]],
    ["TA2", [4, 4, 4, 2, "n/a", 2]],
    ["MLG1", [3, 3, "?", 5, 5, 5]],
  ];
  return assessmentWith({
    respondents: PEOPLE,
    checklist: rows.map(([id, answers]) => item(id.startsWith("TA") ? "TA" : "MLG", id, answers)),
    actions: [action("done", true), action("planned", false), action("planned", null)],
  });
}

const assessment = six();
const scores = scoreAssessment(assessment);
const view = stakeholderView(assessment, scores);
const section = stakeholdersSection(view);

/** The markup of the table with this aria-label. */
function table(html: string, label: string): string {
  return new RegExp(`<table[^>]*aria-label="${label}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? "";
}

describe("stakeholdersSection", () => {
  it("is well-formed markup, with the three labelled tables", () => {
    expect(markupProblems(section)).toEqual([]);
    for (const label of ["Representation", "Scores by stakeholder group", "Contested items"])
      expect(table(section, label)).not.toBe("");
  });

  it("calls out the groups without respondents, and counts each group", () => {
    expect(section).toContain(
      "<strong>Not represented:</strong> regional government, national government, academia, private sector, donor or financial institution.",
    );
    const representation = table(section, "Representation");
    expect(representation).toContain(
      `<tr><td>local government</td><td class="number">3</td><td></td></tr>`,
    );
    expect(representation).toContain(
      `<tr class="missing"><td>academia</td><td class="number">0</td><td><strong>missing</strong></td></tr>`,
    );
    expect(representation).toContain(`<td>all respondents</td><td class="number">6</td>`);
  });

  it("shows local government and the merged pool, with the hand-computed scores (TA 4.00 and 1.67; alignment 3.50 and 3.33)", () => {
    const groups = table(section, "Scores by stakeholder group");
    expect(groups).toContain(
      "<th>local government (3)</th><th>merged: civil society, youth (3)</th>",
    );
    expect(groups).toMatch(
      /<td>TA<\/td><td>Territorial approach<\/td><td class="number">4\.00 <span[^>]*>Advanced<\/span><\/td><td class="number">1\.67 <span[^>]*>Weak<\/span><\/td>/,
    );
    expect(groups).toContain(
      `<td>Alignment</td><td>weighted mean of the principle scores</td><td class="number">3.50</td><td class="number">3.33</td>`,
    );
  });

  it("lists the contested item with its answer counts, states the rule, the merge and the action share", () => {
    expect(table(section, "Contested items")).toContain(
      `<td>TA1</td><td>TA1</td><td class="number">2.67</td><td class="number">4</td>${[2, 1, 1, 1, 1].map((n) => `<td class="number">${n}</td>`).join("")}`,
    );
    expect(section).toContain(
      "Results per stakeholder group are shown only for groups of at least 3 respondents",
    );
    expect(section).toContain(
      "<li>Civil society (2) and youth (1) were merged: each has fewer than 3 respondents, the minimum for results of their own; merged they have 3.</li>",
    );
    expect(section).toContain(
      "<strong>50 %</strong> of the actions address stakeholder input (1 of the 2 actions marked y or n)",
    );
  });

  it("with too few respondents for any group, says so instead of a table", () => {
    const small = assessmentWith({
      respondents: PEOPLE.slice(5),
      checklist: [item("TA", "TA1", [4])],
    });
    const html = stakeholdersSection(stakeholderView(small, scoreAssessment(small)));
    expect(table(html, "Scores by stakeholder group")).toBe("");
    expect(html).toContain(
      "No stakeholder group has the 3 respondents needed for results of its own.",
    );
    expect(markupProblems(html)).toEqual([]);
  });
});

describe("reportHtml with the Stakeholders section and extra sections", () => {
  const provenance = {
    source: "x.xlsx",
    product: "C2C Scoreboard",
    catalogueVersion: CATALOGUE_VERSION,
    generatedAt: "2026-11-28T12:00:00.000Z",
  };

  it("places the Stakeholders section after the principles and the extra sections just before the method", () => {
    const extra = `<section id="comparison"><h2>Comparison</h2></section>`;
    const html = reportHtml({
      provenance,
      assessment,
      scores,
      problems: [],
      extraSections: [extra],
    });
    expect(markupProblems(html)).toEqual([]);
    const at = (text: string): number => html.indexOf(text);
    expect(at('<section id="principles">')).toBeLessThan(at('<section id="stakeholders">'));
    expect(at('<section id="actions">')).toBeLessThan(at(extra));
    expect(at(extra)).toBeLessThan(at('<section id="method">'));
    for (const person of PEOPLE) {
      expect(html).not.toContain(person.name);
      expect(html).not.toContain(person.organisation);
    }
  });

  it("with an empty list of extra sections is the same page as without one, and always has the Stakeholders section", () => {
    const sample = samplePartnership();
    const sampleScores = scoreAssessment(sample);
    const plain = reportHtml({
      provenance,
      assessment: sample,
      scores: sampleScores,
      problems: [],
    });
    expect(
      reportHtml({
        provenance,
        assessment: sample,
        scores: sampleScores,
        problems: [],
        extraSections: [],
      }),
    ).toBe(plain);
    expect(plain).toContain('<section id="stakeholders">');
  });
});

describe("stakeholdersCsv", () => {
  it("writes representation, group, contested, actions and note rows under one header", () => {
    const [header, ...rows] = parseCsv(stakeholdersCsv(view), ",");
    expect(header).toEqual([...STAKEHOLDER_CSV_COLUMNS]);
    expect(rows.every((row) => row.length === STAKEHOLDER_CSV_COLUMNS.length)).toBe(true);
    const column = (name: (typeof STAKEHOLDER_CSV_COLUMNS)[number]): number =>
      STAKEHOLDER_CSV_COLUMNS.indexOf(name);
    const of = (section: string): string[][] => rows.filter((row) => row[0] === section);
    expect(
      of("representation").map((row) => [row[column("group")], row[column("respondents")]]),
    ).toContainEqual(["youth", "1"]);
    expect(of("group")).toHaveLength(2 * 11);
    const mergedTa = of("group").find(
      (row) => row[column("group")] === "merged" && row[column("id")] === "TA",
    );
    expect(Number(mergedTa?.[column("score")])).toBeCloseTo(5 / 3, 9);
    expect(mergedTa?.[column("members")]).toBe("civil society; youth");
    const contested = of("contested");
    expect(
      contested.map((row) => [
        row[column("id")],
        ...["answers_1", "answers_2", "answers_3", "answers_4", "answers_5"].map(
          (name) => row[column(name as "answers_1")],
        ),
      ]),
    ).toEqual([["TA1", "2", "1", "1", "1", "1"]]);
    expect(
      of("actions").map((row) => [
        row[column("score")],
        row[column("addressed")],
        row[column("answered")],
      ]),
    ).toEqual([["0.5", "1", "2"]]);
    expect(of("note")[0]?.[column("note")]).toMatch(/^Respondents' privacy/);
  });

  it("takes the locale options: semicolons and decimal commas", () => {
    const text = stakeholdersCsv(view, { delimiter: ";", decimalComma: true });
    const rows = parseCsv(text, ";");
    expect(rows.find((row) => row[0] === "actions")?.[6]).toBe("0,5");
  });
});
