// The stakeholder register's side of an import: a respondent the register lacks gets a row
// (Respondent, Organisation, Group, and City when a survey tool's export gives it); one it has
// gets the file's organisation, group and city only where its cells are blank. A different value
// already there is kept and said.

import { phrase } from "../language/problemTexts";
import { STAKEHOLDER_HEADERS, TABLES } from "../model/contract";
import type { StakeholderGroup } from "../model/types";
import { normaliseHeader } from "../plan/headers";
import type { CellPlan, PlanScalar } from "../plan/types";
import { isBlank, nameKey, textOf } from "../sheetValues";
import type { TableCellData } from "../plan/tableData";
import { lineMessage } from "./lineMessage";
import type { AnswerRow, LineMessage } from "./types";
import type { RegisterTarget } from "./workbookTables";

/** What the file says about a respondent, and the line it first says it on. */
interface Profile {
  readonly name: string;
  readonly organisation: { readonly value: string; readonly line: number } | null;
  readonly group: { readonly value: StakeholderGroup; readonly line: number } | null;
  readonly city: { readonly value: string; readonly line: number } | null;
  readonly firstLine: number;
}

export interface RegisterChange {
  readonly appendRow: Readonly<Record<string, PlanScalar>> | null;
  readonly cells: readonly CellPlan[];
  readonly notes: readonly LineMessage[];
}

function profileOf(name: string, rows: readonly AnswerRow[]): Profile {
  const organisationRow = rows.find((row) => row.organisation !== "");
  const groupRow = rows.find((row) => row.group !== null);
  const cityRow = rows.find((row) => row.city !== undefined && row.city !== "");
  return {
    name,
    organisation:
      organisationRow === undefined
        ? null
        : { value: organisationRow.organisation, line: organisationRow.line },
    group:
      groupRow === undefined || groupRow.group === null
        ? null
        : { value: groupRow.group, line: groupRow.line },
    city: cityRow?.city === undefined ? null : { value: cityRow.city, line: cityRow.line },
    firstLine: rows[0]?.line ?? 0,
  };
}

/** The register change for one respondent whose answers were placed (`rows` in file order). */
export function registerChange(
  name: string,
  rows: readonly AnswerRow[],
  register: RegisterTarget | null,
): RegisterChange {
  const profile = profileOf(name, rows);
  if (register === null) {
    const given = profile.group !== null || profile.organisation !== null || profile.city !== null;
    const notes = given
      ? [
          lineMessage(
            profile.group?.line ?? profile.organisation?.line ?? profile.firstLine,
            phrase(profile.city === null ? "answers.noRegister" : "answers.noRegisterWithCity", {
              table: TABLES.stakeholders,
              respondent: name,
            }),
          ),
        ]
      : [];
    return { appendRow: null, cells: [], notes };
  }
  const entry = register.entries.get(nameKey(name));
  if (entry === undefined) {
    const row: Record<string, PlanScalar> = { [STAKEHOLDER_HEADERS.respondent]: name };
    if (register.has.organisation)
      row[STAKEHOLDER_HEADERS.organisation] = profile.organisation?.value ?? null;
    if (register.has.group) row[STAKEHOLDER_HEADERS.group] = profile.group?.value ?? null;
    if (register.has.city && profile.city !== null)
      row[STAKEHOLDER_HEADERS.city] = profile.city.value;
    return { appendRow: row, cells: [], notes: [] };
  }
  const cells: CellPlan[] = [];
  const notes: LineMessage[] = [];
  const fill = (
    cell: TableCellData | undefined,
    given: { readonly value: string; readonly line: number } | null,
    said: "answers.registerOrganisation" | "answers.registerGroup" | "answers.registerCity",
    same: (a: string, b: string) => boolean,
  ): void => {
    if (cell === undefined || given === null) return;
    if (isBlank(cell.value)) cells.push({ address: cellOnSheet(cell.address), value: given.value });
    else if (!same(textOf(cell.value), given.value)) {
      notes.push(
        lineMessage(
          given.line,
          phrase(said, {
            cell: cell.address,
            respondent: name,
            held: textOf(cell.value),
            given: given.value,
          }),
        ),
      );
    }
  };
  fill(
    entry.organisation,
    profile.organisation,
    "answers.registerOrganisation",
    (a, b) => nameKey(a) === nameKey(b),
  );
  fill(
    entry.group,
    profile.group,
    "answers.registerGroup",
    (a, b) => normaliseHeader(a) === normaliseHeader(b),
  );
  fill(entry.city, profile.city, "answers.registerCity", (a, b) => nameKey(a) === nameKey(b));
  return { appendRow: null, cells, notes };
}

// "'Partner data'!C7" → "C7": what follows the last "!" (a sheet name may hold one, an address never).
function cellOnSheet(qualified: string): string {
  return qualified.slice(qualified.lastIndexOf("!") + 1);
}
