// The stakeholder view as one tidy CSV table (`c2c report --stakeholders --csv`, the pane's export):
// a row per represented group, per group entry and principle, per contested item, the action-plan
// share, and the notes (the privacy rule first), so a spreadsheet reader sees why a group is absent.

import { catalogue } from "../catalogue";
import { memberLabel, type StakeholderView } from "../stakeholders";
import { csvLine, DEFAULT_CSV_OPTIONS, type CsvField, type CsvOptions } from "./csv";
import { privacyRule } from "./privacyRule";

export const STAKEHOLDER_CSV_COLUMNS = [
  "section",
  "group",
  "members",
  "respondents",
  "id",
  "name",
  "score",
  "band",
  "spread",
  "answers_1",
  "answers_2",
  "answers_3",
  "answers_4",
  "answers_5",
  "addressed",
  "answered",
  "note",
] as const;

type CsvRow = Readonly<Partial<Record<(typeof STAKEHOLDER_CSV_COLUMNS)[number], CsvField>>>;

export function stakeholdersCsv(
  view: StakeholderView,
  options: CsvOptions = DEFAULT_CSV_OPTIONS,
): string {
  const { representation } = view;
  const rows: CsvRow[] = [
    ...representation.groups.map((entry) => ({
      section: "representation",
      group: entry.group,
      respondents: entry.respondents,
      note: entry.respondents === 0 ? "missing" : null,
    })),
    ...(representation.withoutGroup > 0
      ? [{ section: "representation", group: "no group", respondents: representation.withoutGroup }]
      : []),
    { section: "representation", group: "all", respondents: representation.respondents },
    ...view.groups.flatMap((entry) => {
      const shared = {
        section: "group",
        group: entry.group,
        members: entry.members.map((member) => memberLabel(member)).join("; "),
        respondents: entry.respondents,
      };
      return [
        ...entry.principles.map((principle) => ({
          ...shared,
          id: principle.principle,
          name:
            catalogue.principles.find((known) => known.id === principle.principle)?.name ??
            principle.principle,
          score: principle.score,
          band: principle.band,
        })),
        {
          ...shared,
          id: "ALIGNMENT",
          name: "Overall alignment with the G20 principles",
          score: entry.alignment,
        },
      ];
    }),
    ...view.contested.map((entry) => ({
      section: "contested",
      id: entry.itemId,
      name: entry.item,
      score: entry.score,
      spread: entry.spread,
      answers_1: entry.answerCounts[0],
      answers_2: entry.answerCounts[1],
      answers_3: entry.answerCounts[2],
      answers_4: entry.answerCounts[3],
      answers_5: entry.answerCounts[4],
    })),
    {
      section: "actions",
      id: "stakeholder input",
      name: "Actions addressing stakeholder input",
      score: view.actionsAddressingInput.share,
      addressed: view.actionsAddressingInput.addressed,
      answered: view.actionsAddressingInput.answered,
    },
    ...[privacyRule(view.minimumGroupSize), ...view.notes].map((note) => ({
      section: "note",
      note,
    })),
  ];
  return [
    STAKEHOLDER_CSV_COLUMNS,
    ...rows.map((row) => STAKEHOLDER_CSV_COLUMNS.map((column) => row[column] ?? null)),
  ]
    .map((fields) => csvLine(fields, options))
    .join("");
}
