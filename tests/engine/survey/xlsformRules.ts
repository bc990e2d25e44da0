// The XLSForm rules a survey tool enforces when it turns a form into a questionnaire, checked on the
// sheets as a tool reads them (rows of text), written from the XLSForm specification
// (https://xlsform.org/en/) and pyxform's checks, not from the code that writes the form. No
// converter (pyxform, ODK Validate) installs here: uploading the form to KoboToolbox is the real
// check, and this one catches what would make it refuse the form.

export type SheetRows = readonly (readonly string[])[];
export type FormSheets = Readonly<Record<string, SheetRows>>;

// XML 1.0 names without colons (pyxform refuses the rest): a letter or "_", then letters, digits, "_", "-", ".".
const NAME = /^[\p{L}_][\p{L}\p{N}\p{M}_.\-\u00B7]*$/u;

function records(rows: SheetRows): Record<string, string>[] {
  const [header = [], ...body] = rows;
  return body
    .filter((row) => row.some((cell) => cell.trim() !== ""))
    .map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ""])));
}

export function xlsformProblems(sheets: FormSheets): string[] {
  const problems: string[] = [];
  const survey = sheets.survey;
  const choices = sheets.choices;
  if (survey === undefined) return ["no survey sheet"];
  if (choices === undefined) problems.push("no choices sheet");
  const header = survey[0] ?? [];
  for (const required of ["type", "name"])
    if (!header.includes(required)) problems.push(`survey has no ${required} column`);
  const labelColumns = header.filter((name) => /^label(::.+)?$/.test(name));
  if (labelColumns.length === 0) problems.push("survey has no label column");
  for (const column of header.filter((name) => name.includes("::")))
    if (!/^(label|hint)::[^()]+ \([a-z]{2,3}\)$/.test(column))
      problems.push(`column "${column}" does not name a language as "Name (code)"`);
  // A language is declared by any column that names it; a survey tool then shows every label in it,
  // so each declared language needs its label column on both sheets (an empty one falls back silently).
  const choicesHeader = choices?.[0] ?? [];
  const declared = new Set(
    [...header, ...choicesHeader]
      .map((name) => /^(?:label|hint)::(.+)$/.exec(name)?.[1])
      .filter((language): language is string => language !== undefined),
  );
  for (const language of declared) {
    if (!header.includes(`label::${language}`)) problems.push(`survey has no label::${language}`);
    if (choices !== undefined && !choicesHeader.includes(`label::${language}`))
      problems.push(`choices has no label::${language}`);
  }

  const lists = new Map<string, Set<string>>();
  for (const choice of records(choices ?? [])) {
    const list = choice.list_name ?? "";
    const names = lists.get(list) ?? new Set<string>();
    if (names.has(choice.name ?? "")) problems.push(`choice ${choice.name} twice in list ${list}`);
    if ((choice.name ?? "").trim() === "") problems.push(`a choice of list ${list} has no name`);
    names.add(choice.name ?? "");
    lists.set(list, names);
    for (const column of Object.keys(choice).filter((name) => name.startsWith("label")))
      if ((choice[column] ?? "").trim() === "")
        problems.push(`choice ${list}/${choice.name} has no ${column}`);
  }

  const seen = new Set<string>();
  const open: string[] = [];
  let questionsInGroup: number[] = [];
  for (const row of records(survey)) {
    const type = (row.type ?? "").trim();
    const name = (row.name ?? "").trim();
    if (type === "end_group") {
      const begun = open.pop();
      if (begun === undefined) problems.push(`end_group ${name} without a begin_group`);
      else if (name !== "" && name !== begun)
        problems.push(`end_group ${name} closes group ${begun}`);
      if (questionsInGroup.pop() === 0) problems.push(`group ${begun ?? name} is empty`);
      continue;
    }
    if (!NAME.test(name) || /^xml/i.test(name)) problems.push(`"${name}" is not a valid name`);
    if (seen.has(name)) problems.push(`the name ${name} is used twice`);
    seen.add(name);
    if (questionsInGroup.length > 0)
      questionsInGroup = [...questionsInGroup.slice(0, -1), (questionsInGroup.at(-1) ?? 0) + 1];
    for (const column of labelColumns)
      if ((row[column] ?? "").trim() === "") problems.push(`${name} has no ${column}`);
    if (type === "begin_group") {
      open.push(name);
      questionsInGroup.push(0);
      continue;
    }
    const select = /^select_(one|multiple) (\S+)$/.exec(type);
    if (select !== null) {
      if (!lists.has(select[2] ?? ""))
        problems.push(`${name} uses the undefined list ${select[2]}`);
    } else if (!["text", "note", "integer", "decimal", "date", "calculate"].includes(type)) {
      problems.push(`${name} has the unknown type "${type}"`);
    }
    const required = (row.required ?? "").trim();
    if (!["", "yes", "no", "true", "false"].includes(required))
      problems.push(`${name} has required "${required}"`);
  }
  for (const name of open) problems.push(`group ${name} is never closed`);

  const [settings] = records(sheets.settings ?? []);
  if (settings === undefined) problems.push("no settings row");
  else {
    if (!NAME.test(settings.form_id ?? ""))
      problems.push(`form_id "${settings.form_id}" is not valid`);
    if ((settings.version ?? "") === "") problems.push("no version");
    const language = settings.default_language ?? "";
    if (language !== "" && !labelColumns.includes(`label::${language}`))
      problems.push(`default_language ${language} has no label column`);
  }
  return problems;
}
