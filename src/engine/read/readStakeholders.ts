// C2C_Stakeholders: who the respondents are (organisation, stakeholder group, city, role). The
// Checklist's respondent columns are matched to these rows by name, ignoring case and extra spaces.

import { STAKEHOLDER_HEADERS } from "../model/contract";
import { STAKEHOLDER_GROUPS, type Respondent, type StakeholderGroup } from "../model/types";
import { tokenOf } from "../language/contractWords";
import { typedTable, type TableCellData, type TableData } from "../plan/tableData";
import { cellPhrase, isBlank, nameKey, textOf } from "../sheetValues";
import type { ProblemList } from "./problemList";
import { checkColumns, isBlankRow } from "./tables";

export interface StakeholderRegister {
  /** In table order. */
  readonly respondents: readonly Respondent[];
  /** By nameKey(name). */
  readonly byName: ReadonlyMap<string, Respondent>;
}

export const EMPTY_REGISTER: StakeholderRegister = { respondents: [], byName: new Map() };

export function readStakeholders(
  table: TableData | null,
  problems: ProblemList,
): StakeholderRegister {
  if (table === null) return EMPTY_REGISTER;
  const typed = typedTable(table, STAKEHOLDER_HEADERS);
  if (!checkColumns(typed, STAKEHOLDER_HEADERS, ["respondent"], problems)) return EMPTY_REGISTER;
  const respondents: Respondent[] = [];
  const byName = new Map<string, Respondent>();
  for (const row of typed.rows) {
    if (isBlankRow(row)) continue;
    const { respondent: nameCell, organisation, group, city, role } = row.cells;
    const name = textOf(nameCell?.value);
    if (nameCell === undefined || name === "") {
      problems.warn(nameCell?.address ?? table.name, "stakeholder.noName", { table: table.name });
      continue;
    }
    if (byName.has(nameKey(name))) {
      problems.warn(nameCell.address, "stakeholder.listedTwice", { table: table.name, name });
      continue;
    }
    const respondent: Respondent = {
      name,
      organisation: textOf(organisation?.value),
      group: groupOf(group, problems),
      city: textOf(city?.value),
      role: textOf(role?.value),
    };
    respondents.push(respondent);
    byName.set(nameKey(name), respondent);
  }
  return { respondents, byName };
}

function groupOf(cell: TableCellData | undefined, problems: ProblemList): StakeholderGroup | null {
  if (cell === undefined || isBlank(cell.value)) return null;
  const group = tokenOf("group", textOf(cell.value));
  if (group !== undefined) return group;
  problems.warn(cell.address, "stakeholder.notGroup", {
    cell: cellPhrase(cell.value),
    groups: STAKEHOLDER_GROUPS.join(", "),
  });
  return null;
}
