// The CLI's own messages in English, the key set of fr.json and es.json: the file refusals, the
// summary lines and the stop line it prints most. Problems carrying one of these codes are printed
// in the CLI's language (--lang, else LANG); the "warning:" and "error:" prefixes stay as they are,
// since scripts grep for them. Help texts are English.

export const ENGLISH_CLI_TEXTS = {
  "output.isInput":
    "is also an input; the input file is never modified, so choose another output file",
  "output.noFolder": "cannot be written: the folder {folder} does not exist",
  "output.exists": "already exists; it is not overwritten unless asked to (--force)",
  "input.unreadable": "cannot be read: {reason}",
  // Inputs the CLI finds or refuses itself (consolidate's folders and lists, an opened workbook).
  "input.noSuchPath": "there is no such file or folder",
  "input.emptyFolder": "the folder {folder} holds no .xlsx or .xlsm workbook",
  "input.listUnreadable": "the list file cannot be read",
  "input.signed":
    "{part}: the workbook is digitally signed, and the signature does not hold for the scored copy (it changes signed parts); sign the copy again in Excel if it must be signed",
  "input.plainSheet":
    "a plain sheet with the headers of {table}, read as that table (the scored copy holds it as the Excel table {table})",
  // consolidate --keep-going: inputs skipped (one, many) and workbooks consolidated (one, many).
  "consolidate.skippedOneOfOne":
    "1 input could not be read and was skipped (--keep-going): {files}; 1 workbook consolidated",
  "consolidate.skippedOneOfMany":
    "1 input could not be read and was skipped (--keep-going): {files}; {consolidated} workbooks consolidated",
  "consolidate.skippedManyOfOne":
    "{count} inputs could not be read and were skipped (--keep-going): {files}; 1 workbook consolidated",
  "consolidate.skippedManyOfMany":
    "{count} inputs could not be read and were skipped (--keep-going): {files}; {consolidated} workbooks consolidated",
  nothingWritten: "nothing written ({errors} errors)",
  nothingWrittenOne: "nothing written (1 error)",
  newSummary:
    "{output}: {partnership}: {items} checklist items × {respondents}, {indicators} indicator rows ({list} list)",
  scoreSummary: "{output}: {partnership}: alignment {alignment}{band}{cities}; {warnings}",
  scoreSdgIndex: "; SDG index {cities}",
  warningsOne: "{count} warning",
  warningsMany: "{count} warnings",
  // Progress lines on standard error (src/cli/io.ts, consolidate/readingProgress.ts).
  "progress.reading": "reading {file}",
  "progress.writing": "writing {file}",
  "progress.scoring": "scoring {items} checklist items and {indicators} indicator rows",
  "progress.placing": "placing {answers} answers",
  "progress.placingNewOne": "placing {answers} answers and 1 new respondent",
  "progress.placingNewMany": "placing {answers} answers and {added} new respondents",
  "progress.demoSample": "scoring the sample partnership",
  "progress.demoPilot": "scoring {count} pilot partnerships",
  "progress.demoWritingPilot": "writing pilot workbooks {first}–{last} of {total}",
  "progress.readingOf": "reading {index}/{total} {source}",
  "progress.read": "read {done}/{total} workbooks in {elapsed}",
  "progress.rate": ", {rate} a second",
  "progress.left": ", about {left} left",
  // Summary lines on standard output.
  consolidateSummary:
    "{output}: {partnerships}, {cities} with indicator data; principle averages {averages}",
  importRespondentsOne: "1 respondent added ({names})",
  importRespondentsMany: "{count} respondents added{names}",
  importWrittenOne: ", 1 answer written",
  importWrittenMany: ", {count} answers written",
  importUnchanged: ", {count} already there",
  importBeforeOne: ", 1 submission imported before",
  importBeforeMany: ", {count} submissions imported before",
  importNotPlacedOne: ", 1 row not placed",
  importNotPlacedMany: ", {count} rows not placed",
  importSummary: "{output}: {summary}; {warnings}",
  // Usage errors and stop lines (cli.ts): a UsageError carries one of the usage.* keys; option
  // names and the values typed stay as written inside the sentence.
  "usage.unknownOption": "unknown option {option}",
  "usage.needsValue": "{option} needs a value",
  "usage.takesNoValue": "{option} takes no value",
  "usage.missing": "missing {what}",
  "usage.and": "and",
  "usage.unexpected": "unexpected argument {arguments}",
  "usage.required": "{flag} is required",
  "positional.inputWorkbook": "the input workbook",
  "positional.answersFile": "the answers file",
  "usage.consolidateInputs":
    "give the partnership workbooks or folders to consolidate (or --from a list)",
  "usage.compareInputs":
    "give one partnership or programme workbook, or several partnership workbooks",
  "usage.lang": '--lang takes one of {languages}, not "{value}"',
  "usage.list": '--list must be simplified or long, not "{value}"',
  "usage.year": '{flag} takes a four-digit year, not "{value}"',
  "usage.yearsBackwards": "--years {value}: the range runs backwards",
  "usage.yearsTooMany": "--years {value}: more than 50 years",
  "usage.newRefused": "{detail}",
  "usage.jobs": "--jobs takes a whole number of workbooks read at once, 1 or more: not {value}",
  "usage.reportFormat":
    "choose one format: --json or --csv (data), --html (a page to publish), --open-sdg (Open SDG tidy CSV) or --values (a values-only workbook, with -o)",
  "usage.stakeholdersValues":
    "--stakeholders prints as text, --json or --csv, not as a --values workbook",
  "usage.stakeholdersHtml":
    "--stakeholders prints as text, --json or --csv; the --html report has a Stakeholders section of its own",
  "usage.valuesOutput": "--values writes a workbook: name the file with -o FILE",
  "usage.reportCsvOnly": "--delimiter and --decimal-comma apply to --csv and --open-sdg only",
  "usage.compareFormat": "choose one format: --json, --csv or --html (or none, for a text table)",
  "usage.compareCsvOnly": "--delimiter and --decimal-comma apply to --csv only",
  "usage.delimiter": '--delimiter must be "," or ";" or tab, not "{value}"',
  "usage.decimalCommaWithComma":
    '--decimal-comma: a decimal comma needs a delimiter other than the comma (use --delimiter ";" or --delimiter tab), or every number would split across two columns',
  "usage.units": '--units takes names or positions separated by commas, not "{value}"',
  "usage.unitNotPartnership": '--units: "{entry}" is not one of the partnerships ({choices})',
  "usage.unitNotCity": '--units: "{entry}" is not one of the partner cities ({choices})',
  "usage.unitNotFile": '--units: "{entry}" is not one of the files ({choices})',
  "usage.surveyLang": "--lang needs a language, e.g. --lang en,fr,es",
  "usage.surveyNoQuestionnaire":
    "no questionnaire in {languages}: the checklist is written in {catalogue}",
  "usage.xlsform": "say which questionnaire to write: --xlsform",
  "stop.runHelp": "Run c2c {command} --help for usage.",
  "stop.unknownCommand": 'unknown command "{name}"; the commands are {commands}',
  "stop.nothingWritten": "{message}; nothing written",
  "stop.nothingWrittenSentence": "{message} Nothing written.",
  "stop.renameSheet": '{message}: rename your sheet "{name}" and run again; nothing written',
  "stop.renameTable": '{message}: rename your table "{name}" and run again; nothing written',
  "stop.renameName": '{message}: rename your name "{name}" and run again; nothing written',
  "stop.theWorkbook": "the workbook",
  "stop.internal": "internal error, please report it: {detail}",
  // Summaries and stop lines of commands (kept parts: src/cli/keptLine.ts).
  "kept.line": "{output}: kept: {parts}",
  "kept.chartOne": "{count} chart",
  "kept.chartMany": "{count} charts",
  "kept.chartSheetOne": "{count} chart sheet",
  "kept.chartSheetMany": "{count} chart sheets",
  "kept.pivotTableOne": "{count} pivot table",
  "kept.pivotTableMany": "{count} pivot tables",
  "kept.imageOne": "{count} image",
  "kept.imageMany": "{count} images",
  "kept.commentOne": "{count} comment",
  "kept.commentMany": "{count} comments",
  "kept.commentReplyOne": "{count} comment reply",
  "kept.commentReplyMany": "{count} comment replies",
  "kept.slicerOne": "{count} slicer",
  "kept.slicerMany": "{count} slicers",
  "kept.timelineOne": "{count} timeline",
  "kept.timelineMany": "{count} timelines",
  "kept.formControlOne": "{count} form control",
  "kept.formControlMany": "{count} form controls",
  "kept.activeXControlOne": "{count} ActiveX control",
  "kept.activeXControlMany": "{count} ActiveX controls",
  "kept.embeddedObjectOne": "{count} embedded object",
  "kept.embeddedObjectMany": "{count} embedded objects",
  "kept.externalLinkOne": "{count} link to another workbook",
  "kept.externalLinkMany": "{count} links to other workbooks",
  "kept.dataConnectionOne": "{count} data connection",
  "kept.dataConnectionMany": "{count} data connections",
  "kept.addinRegistrationOne": "{count} add-in registration",
  "kept.addinRegistrationMany": "{count} add-in registrations",
  "kept.macros": "macros",
  "kept.customXml": "custom XML",
  "kept.customProperties": "custom document properties",
  "consolidate.nothingWritten": "nothing written",
  "consolidate.noWorkbook": "nothing written: no workbook to consolidate",
  "consolidate.cannotConsolidate":
    "nothing written: {source} cannot be consolidated (--keep-going skips such workbooks)",
  "stop.nothingCompared": "nothing compared",
  "compare.cannotCompare": "{path} cannot be compared",
  "compare.listDiffers":
    "the workbooks differ in indicator list: {sides}; their SDG indices would not compare (use --force to compare anyway)",
  "compare.listDiffersForced":
    "the workbooks differ in indicator list: {sides}; compared anyway (--force), so their SDG indices do not measure the same thing",
  "compare.modeDiffers":
    "the workbooks differ in worst-value mode: {sides}; their SDG indices would not compare (use --force to compare anyway)",
  "compare.modeDiffersForced":
    "the workbooks differ in worst-value mode: {sides}; compared anyway (--force), so their SDG indices do not measure the same thing",
  "demo.title": "C2C Scoreboard demo — SAMPLE DATA, generated from fixed seeds",
  "demo.partnership": "{output}: {name}",
  "demo.sample":
    "{cities}, {respondents} respondents, {indicators} indicator rows, {actions} actions",
  "demo.alignment": "Alignment with the G20 principles: {score} of 5 ({band})",
  "demo.noScore": "no score",
  "demo.overallIndex": "Overall SDG index",
  "demo.scale": "0–100",
  "demo.band": "Band",
  "demo.trend": "Trend",
  "demo.programme":
    "{output}: {partnerships} partnerships, principle averages over the partnerships with a score",
  "demo.principle": "Principle",
  "demo.average": "Average",
  "demo.partnerships": "Partnerships",
  "demo.report": "{output}: the partnership's report to publish, one self-contained HTML page",
  "report.programmeFormats":
    "{source} is a programme workbook: c2c report gives its --json, --csv or --html; --open-sdg, --stakeholders and --values are for one partnership's workbook",
  "report.programmeEmpty": "{source} is a programme workbook without any partnership to report",
  // c2c survey's lines (the questionnaire it wrote, its renamed and untranslated items).
  "survey.noItems": "has no checklist items, and the questionnaire asks the Checklist's items",
  "survey.wrote": "wrote {output}: {items} in {groups}, form {formId} version {version}",
  "survey.itemsOne": "{count} item",
  "survey.itemsMany": "{count} items",
  "survey.groupsOne": "{count} principle group",
  "survey.groupsMany": "{count} principle groups",
  "survey.renamed":
    "note: item {id} is the question {name} (a form's names cannot hold its characters)",
  "survey.untranslated":
    "note: untranslated: {items} keep the workbook's own wording in every language (custom or reworded items have no catalogue translation)",
  // Counts in the summaries of new and consolidate, one and many (takesSingular).
  "count.respondentOne": "{count} respondent",
  "count.respondentMany": "{count} respondents",
  "count.partnershipOne": "{count} partnership",
  "count.partnershipMany": "{count} partnerships",
  "count.cityOne": "{count} city",
  "count.cityMany": "{count} cities",
} as const;

export type CliTextKey = keyof typeof ENGLISH_CLI_TEXTS;
