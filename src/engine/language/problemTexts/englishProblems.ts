// Every problem the engine reports, in English: the key set of fr.json and es.json. A key names a
// problem or a part of one (how a cell is described, why a reading failed), so the same part is
// written once per language. Sheet and table names, ids and typed values are parameters as they
// are; "warning:" and "error:" are the CLI's to print.

export const ENGLISH_PROBLEM_TEXTS = {
  // How a cell is named inside a sentence.
  "cell.error": "the error {error}",
  "cell.text": 'the text "{text}"',
  "cell.true": "TRUE",
  "cell.false": "FALSE",
  "cell.blank": "a blank",
  "cell.number": "the number {number}",
  "cell.value": "the value {value}",

  // Why a cell could not be read, or what was read instead of what was stored.
  "reading.notNumber": "{cell} is not a number",
  "reading.cellError": "the cell holds the error {error}",
  "reading.notANumber": "the value is not a number (NaN)",
  "reading.infinite": "{sign}infinity is not a usable number",
  "reading.notFlag": "{cell} is not y or n",
  "reading.notWholeNumber": "{number} is not a whole number",
  "reading.percentFormatUnit":
    '{value} is shown as {shown} % but the unit is "{unit}", not %: make the unit % or the format a plain number',
  "reading.percentTextUnit": 'the text "{text}" is a percentage but the unit is "{unit}", not %',
  "reading.ambiguousComma":
    'the text "{text}" is ambiguous (a thousands separator or a decimal comma?): type {joined} or {decimal}',
  "reading.answerOffScale":
    "the answer {value} is not on the scale: use a whole number from 1 to 5, n/a or ?",
  "reading.notAnswer": "{cell} is not an answer: use 1 to 5, n/a or ?",
  "note.percentScaled": "{value} is shown as {shown} %; read as {shown}",
  "note.percentText": 'the text "{text}" is read as {number}',
  "note.decimalComma": 'the text "{text}" has a decimal comma; read as {number}',

  // Tables and key/value tables.
  "table.duplicateColumn":
    '{table} has a second column headed "{header}"; only the first one is read',
  "table.missingColumn":
    "{table} has no {columns} column (headers are matched ignoring case and spaces), so it is not read",
  "table.missingColumns":
    "{table} has no {columns} columns (headers are matched ignoring case and spaces), so it is not read",
  "keyValue.noKey": "{table}: a value without a key; the row is not read",
  "keyValue.unknownKey": '{table}: "{key}" is not a key this table knows; the row is not read',
  "keyValue.givenTwice": '{table}: "{key}" is given twice; the first row is used',
  "assessment.nothingToScore":
    "the workbook has neither a readable {checklist} nor a readable {indicators} table (found by name, ignoring case), so there is nothing to score",

  // C2C_Partnership.
  "partnership.oneCity":
    'a partnership needs two or more partner cities, separated by commas; only "{city}" is given',
  "partnership.catalogueVersion":
    "the workbook was stamped with catalogue version {stamped}; this version is {current}: blank worst and end values are taken from {current}",
  "partnership.startYear":
    "the start year must be a year such as 2024, not {cell}; it is treated as not given",
  "partnership.reportingYear":
    "the reporting year must be a year such as 2024, not {cell}; it is treated as not given",
  "partnership.list":
    'the list must be "simplified" or "long", not {cell}; the simplified list is used',

  // C2C_Settings.
  "settings.language": "the language must be en, fr or es, not {cell}; English is used",
  "settings.defaultSettingsUsed": "{reasons}; the default settings are used",
  "settings.defaultUsed": "{reasons}; the default ({default}) is used",
  "settings.defaultLimitsUsed": "{reasons}; the default limits are used",
  "settings.noValue": '"{key}" has no value; the default ({default}) is used',
  "settings.notNumber": '"{key}" must be a number, not {cell}; the default ({default}) is used',
  "settings.badWeight":
    '"{key}" must be a number of 0 or more, not {given}; the default ({default}) is used',
  "settings.allWeightsZero":
    "every principle weight is 0, so no alignment could be computed; equal weights are used",
  "settings.dacNoValue": '"{key}" has no value; the catalogue\'s sources ({sources}) are used',
  "settings.dacUnreadable": '"{key}": {reason}; the catalogue\'s sources ({sources}) are used',
  "rule.worstValueMode": 'the worst-value mode must be fixed, peer or baseline, not "{value}"',
  "rule.itemAggregation": 'the item aggregation must be mean or median, not "{value}"',
  "rule.targetYear": "the target year must be a whole year, not {value}",
  "rule.contestedThreshold":
    "the contested threshold must be a spread between 0 and 4, not {value}",
  "rule.halfAnsweredShare": "the half-answered share must be between 0 and 1, not {value}",
  "rule.coverageThreshold": "the coverage threshold must be between 0 and 1, not {value}",
  "rule.sdgBandLimits":
    "the SDG band limits must rise within 0–100 (significant challenges < challenges remain < achieved), not {limits}",
  "rule.principleBandLimits":
    "the principle band limits must rise within 1–5 (developing < established < advanced), not {limits}",
  "rule.weight": "the weight of {principle} must be 0 or more, not {value}",
  "rule.someWeight": "at least one principle weight must be above 0",
  "rule.peerMinimumUnits":
    "the peer minimum units must be a whole number of 1 or more, not {value}",
  "rule.minimumGroupSize":
    "the minimum group size must be a whole number of 1 or more, not {value}",
  "rule.dacNoSource": "the DAC criterion {criterion} needs at least one source",
  "rule.dacSources": "the sources of the DAC criterion {criterion}: {reason}",
  "dac.noSource": 'list at least one principle id or "{sdgIndex}"',
  "dac.unknownSource": '{sources} is not a principle id ({ids}) nor "{sdgIndex}"',
  "dac.unknownSources": '{sources} are not a principle id ({ids}) nor "{sdgIndex}"',

  // C2C_Checklist and C2C_Stakeholders.
  "checklist.noItemId": "a checklist row without an Item ID is not read",
  "checklist.itemAgain": "item {item} is listed again (first in row {first}); this row is not read",
  "checklist.answerUnreadable": "{reason}; it is treated as missing",
  "checklist.unregistered":
    'the respondent "{name}" has no row in the stakeholder register (C2C_Stakeholders); their answers count, without a group',
  "checklist.sameRespondent":
    'two respondent columns are headed "{name}"; both are read, as two respondents',
  "checklist.noPrinciple":
    "item {item} has no principle, and its id does not say which; the row is not read",
  "checklist.notPrinciple":
    '"{typed}" is not a principle (use an id such as TA or a name such as Territorial approach); the row is not read',
  "checklist.notPrincipleFromId":
    '"{typed}" is not a principle (use an id such as TA or a name such as Territorial approach); {principle} is used, from the item\'s id',
  "checklist.principleDiffers":
    "item {item} belongs to {catalogue} in the catalogue, but this row says {row}; the row's principle is used",
  "stakeholder.noName": "{table}: a row without a respondent's name is not read",
  "stakeholder.listedTwice": '{table}: "{name}" is listed twice; the first row is used',
  "stakeholder.notGroup": "{cell} is not a stakeholder group; use one of: {groups}",

  // C2C_Indicators.
  "indicator.noCode": "a row without an indicator code is not read",
  "indicator.noCity": "{code}: a row without a city is not read",
  "indicator.yearFromDate": "{code}: the date {date} is read as the year {year}",
  "indicator.badYear":
    "{code}: the year must be a year such as 2024, not {cell}; the row is not read",
  "indicator.notGoal": "{code}: {cell} is not an SDG goal (1 to 17)",
  "indicator.goalDiffers":
    "{code} belongs to goal {goal} in the catalogue, not {typed}; goal {goal} is used",
  "indicator.noGoal": "{code} is not in the catalogue and has no goal; the row is not read",
  "indicator.valueUnreadable": "the value: {reason}; it is treated as missing",
  "indicator.worstUnreadable": "the worst value: {reason}; it is treated as missing",
  "indicator.endUnreadable": "the end value: {reason}; it is treated as missing",
  "indicator.disaggregatedUnreadable": "Disaggregated: {reason}; it is treated as not given",
  "indicator.notObjective":
    "{cell} is not an EC objective (GOV, INC, GRN or PRO); the row has no objective",
  "indicator.notObjectiveFallback":
    "{cell} is not an EC objective (GOV, INC, GRN or PRO); the catalogue's {objective} is used",
  "indicator.listedAgain":
    "{code} for {city}, {year} is listed again (first in row {first}); this row is not read",
  "indicator.notInCatalogue":
    "{code} is not in the catalogue: its rows are scored with their own Goal, Worst and End value",
  "indicator.longList":
    "{code} is on the long list, and this workbook uses the simplified list; it is scored and counts in goal {goal}",
  "indicator.notPartnerCity":
    '"{city}" is not one of the partner cities ({cities}); its rows are scored as a city of their own',
  "indicator.noWorst":
    "{code} is not in the catalogue and has no worst value, so it cannot be scored",
  "indicator.noEnd": "{code} is not in the catalogue and has no end value, so it cannot be scored",
  "indicator.endEqualsWorst":
    "{code} for {city}, {year}: the end value equals the worst value ({worst}): the score is undefined",
  "indicator.peerFallbackOne":
    "the peer worst value needs data from at least {units} cities; fewer have data for {codes}, so the fixed worst value is used for it",
  "indicator.peerFallbackMany":
    "the peer worst value needs data from at least {units} cities; fewer have data for {codes}, so the fixed worst value is used for them",

  // Why a principle, the alignment or an indicator row has no score: where the score would be shown.
  "noScore.noItems": "the principle has no items",
  "noScore.notApplicable": "every item of the principle is n/a: it does not apply",
  "noScore.noneAnswered":
    "insufficient answers: none of the {applicable} applicable items is answered yet",
  "noScore.tooFewAnswered":
    "insufficient answers: {answered} of {applicable} applicable items answered; {needed} are needed",
  "noScore.neededHalf": "at least half",
  "noScore.neededAll": "all",
  "noScore.neededShare": "at least {share} %",
  "noScore.noPrincipleScored": "no principle has a score yet",
  "noScore.weightsZero": "every principle with a score has weight 0",
  "noScore.noWorst": "no worst value, so no score",
  "noScore.noEnd": "no end value, so no score",
  "noScore.endEqualsWorst":
    "the end value equals the worst value ({worst}): the score is undefined",

  // C2C_Actions.
  "action.listedAgain":
    "action {id} is listed again (first in row {first}); both rows count as actions",
  "action.badTarget": '"{target}" names neither a principle (TA…DIG) nor an SDG (1 to 17)',
  "action.notStatus": "{cell} is not a status; use one of: {statuses}",
  "action.addressedUnreadable": "Stakeholder input addressed: {reason}; it is treated as not given",

  // A programme: consolidating partnerships, comparing them.
  "programme.nothingToConsolidate": "no partnership to consolidate",
  "programme.side": "{value} in {files}",
  "programme.notStamped": "not stamped",
  "programme.forced": "consolidated anyway (--force), so the averages mix them",
  "programme.refused": "their averages would not compare (use --force to consolidate anyway)",
  "programme.listDiffers": "the workbooks differ in indicator list: {sides}; {outcome}",
  "programme.modeDiffers": "the workbooks differ in worst-value mode: {sides}; {outcome}",
  "programme.versionDiffers": "the workbooks differ in catalogue version: {sides}; {outcome}",
  "programme.coverageThresholdDiffers":
    "the workbooks differ in coverage threshold: {sides}; the programme's figures use the default, {default}",
  "programme.sdgBandLimitsDiffer":
    "the workbooks differ in SDG band limits: {sides}; the programme's figures use the default, {default}",
  "programme.principleBandLimitsDiffer":
    "the workbooks differ in principle band limits: {sides}; the programme's figures use the default, {default}",
  "programme.dacSourcesDiffer":
    "the workbooks differ in the sources of the DAC criterion {criterion}: {sides}; the programme's figures use the catalogue's, {sources}",
  "compare.goalRowUnreadable":
    "the row's year or index is not a number (an index is 0–100), so it is left out of its city's SDG index",
  "compare.missingColumn":
    "{table} has no {columns} column, so its partnerships cannot be compared",
  "compare.missingColumns":
    "{table} has no {columns} columns, so its partnerships cannot be compared",
  "compare.noPartnership": "the row has no partnership name, so it is left out of the comparison",
  "compare.scoreUnreadable":
    "{reason}; a principle score or alignment is a number from 1 to 5, so this counts as no score",
  "compare.scoreOutside": "{value} is outside 1–5, so it counts as no score",
  "compare.cityIndexUnreadable":
    '"{part}" is not "City 72.4 (2024)" or "City no data (2024)", so it is left out of the partnership\'s SDG index',
  // A programme workbook's settings stamp, read back by consolidate and compare.
  "stamp.missing": "the programme workbook has no settings stamp",
  "stamp.unreadable": "the programme workbook's settings stamp is not readable",
  "stamp.noBandLimits": "the programme workbook's settings stamp has no band limits",
  "stamp.unusableBandLimits": "the programme workbook's settings stamp has unusable band limits",
  "stamp.unusableSettings": "the programme workbook's settings stamp holds unusable settings",
  "stamp.defaultBandLimits": "{reason}; the default band limits are used",
  "stamp.defaultSettings": "{reason}; the programme's figures use the default settings",
  // A programme workbook's C2C_Programme row, read back by report.
  "programme.rulesUnusable":
    "the partnership's coverage threshold and band limits (this cell and the six after it) are not usable rules (a share from 0 to 1, limits rising within the scale), so the programme workbook's stamped ones are used for it",
  "programme.lensUnusable":
    "the partnership's sources of the DAC criterion {criterion}: {reason}; the programme workbook's stamped ones are used for it",

  // Why a file is not read as a workbook: another format, damage, a decompression bomb, encryption
  // (src/host/xlsx/preflight.ts), each with what to do about it, as the end of "cannot be read: …".
  "package.empty": "the file is empty: get a fresh copy of the workbook",
  "package.encrypted":
    "it is password-protected: open it in Excel and save a copy without a password (File > Info > Protect Workbook > Encrypt with Password, then clear the password)",
  "package.xls":
    "it is not an .xlsx workbook but an Excel 97–2003 workbook (.xls): open it in Excel and save it as an Excel workbook (.xlsx)",
  "package.ole":
    "it is not an .xlsx workbook but an older Office file (an OLE compound file): open it in the program that made it and save it as an Excel workbook (.xlsx)",
  "package.damaged":
    "it is damaged (its zip package is incomplete or corrupt, perhaps cut short while downloading or copying): get a fresh copy, or open it in Excel and save it again",
  "package.html":
    "it is not an .xlsx workbook but a web page (HTML) under a spreadsheet name: open it in the program that made it and save it as an Excel workbook (.xlsx)",
  "package.xmlSpreadsheet":
    "it is not an .xlsx workbook but an XML Spreadsheet 2003 file: open it in the program that made it and save it as an Excel workbook (.xlsx)",
  "package.text":
    "it is not an .xlsx workbook but a text file (CSV or similar) under a spreadsheet name: open it in Excel and save it as an Excel workbook (.xlsx)",
  "package.unknown":
    "it is not an .xlsx workbook, nor any spreadsheet file this program recognises: open it in the program that made it and save it as an Excel workbook (.xlsx)",
  "package.tooLarge":
    "it holds more than an assessment workbook ever needs (over {megabytes} MB once unpacked, or too many parts; it may be a decompression bomb) and is not read: check where it came from, or split the workbook",
  "package.zipEncrypted":
    "its parts are encrypted with a zip password, which Excel never writes: open it in the program that made it and save it without a password",
  "package.method":
    "its parts are compressed in a way Excel never writes: open it in the program that made it and save it as an Excel workbook (.xlsx)",
  "package.ods":
    "it is not an .xlsx workbook but an OpenDocument spreadsheet (.ods): open it in LibreOffice or Excel and save it as an Excel workbook (.xlsx)",
  "package.xlsb":
    "it is not an .xlsx workbook but an Excel binary workbook (.xlsb): open it in Excel and save it as an Excel workbook (.xlsx)",
  "package.otherOffice":
    "it is not an .xlsx workbook but another Office document (Word or PowerPoint): choose the workbook file",
  "package.noWorkbook":
    "it is a zip package but holds no workbook part (xl/workbook.xml) or no [Content_Types].xml: open it in the program that made it and save it as an Excel workbook (.xlsx)",
  "package.duplicatePart":
    'it holds two parts named "{part}" (names differing only in case), so which one counts is unclear: open it in Excel and save it again',
  "package.unreadableContents":
    "its contents are not laid out as an .xlsx workbook holds them (damaged, or written by a program this one cannot follow): open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx)",
  "package.notUtf8":
    'it is a text file but not UTF-8 (perhaps saved as "CSV" in a Windows code page): export it again as CSV UTF-8, or save it from a spreadsheet as "CSV UTF-8"',

  // Why the system would not hand over a file's bytes (Node's error codes, in plain words).
  "file.missing": "there is no such file",
  "file.notPermitted": "you are not allowed to read it (its permissions or a security setting)",
  "file.isFolder": "it is a folder, not a file",
  "file.locked": "another program holds it locked: close it there and try again",
  "file.refused": "the system refused to read it ({code})",

  // Answers imported from a survey tool's file (CSV or .xlsx): why a line, row or cell was not
  // placed, what was noted, and why the file or the workbook was refused.
  "answers.or": "{first} or {last}",
  "answers.and": "{first} and {last}",
  "answers.reasons": "{reasons}",
  "answers.fileEmpty": "the file is empty: it has no header line",
  "answers.quoteNotClosed":
    "a quoted field that starts on this line is never closed; this line and the rest of the file are not read",
  "answers.unreadableFrom":
    "the file cannot be read from this line on ({detail}); this line and the rest of the file are not read",
  "answers.headerNeeds": "the header line needs a column headed {wanted}; it has {found}",
  "answers.noColumns": "no columns",
  "answers.columnRespondent": '"Respondent" or "Name"',
  "answers.columnItem": '"Item ID" or "ItemID" or "Item"',
  "answers.columnAnswer": '"Answer" or "Response"',
  "answers.noRowRead": "{reason}; no row is read",
  "answers.rowWidth":
    "the row has {fields} fields but the header {header}; quote a field that holds the delimiter",
  "answers.noRespondent": "no respondent's name",
  "answers.noItemId": "no item ID",
  "answers.unknownItem": '"{item}" is not a checklist item ID of the catalogue (TA1 … {last})',
  "answers.noAnswerOnScale": "no answer (use 1 to 5, n/a or ?)",
  "answers.unknownGroup": '"{group}" is not a stakeholder group; use one of: {groups}',
  "answers.otherGroup":
    '{respondent} is in the group "{earlier}" on line {earlierLine}, but in "{group}" here; a respondent belongs to one group',
  "answers.secondAnswer":
    "{respondent} already answered {item} with {earlier} on line {earlierLine}; this second answer, {answer}, is not used",
  "answers.noChecklistRow":
    "the checklist table ({table}) has no row for item {item}; add the item's row and import again",
  "answers.cellHolds": "{cell} already holds {held}; the file's answer {answer} was not written",
  "answers.twoColumns":
    'two Checklist columns ({columns}) are headed "{respondent}", so it is unclear which holds these answers; the answer was not written',
  "answers.headerTaken":
    'the checklist table already has a column headed like "{respondent}" that is not a respondent\'s; rename the respondent in the file',
  "answers.noRegister":
    "the workbook has no stakeholder register ({table} with a Respondent column), so {respondent}'s organisation and group are not recorded",
  "answers.noRegisterWithCity":
    "the workbook has no stakeholder register ({table} with a Respondent column), so {respondent}'s organisation, group and city are not recorded",
  "answers.registerOrganisation":
    '{cell} already says {respondent}\'s organisation is "{held}"; the file\'s "{given}" was not written',
  "answers.registerGroup":
    '{cell} already says {respondent}\'s group is "{held}"; the file\'s "{given}" was not written',
  "answers.registerCity":
    '{cell} already says {respondent}\'s city is "{held}"; the file\'s "{given}" was not written',
  "answers.anonymousWithoutId":
    "the submission names no respondent and has no id, so a later import could not tell it from another: give it a name and import again",
  "answers.column": 'column "{header}"',
  "answers.columnAt": 'column "{header}" ({cell})',
  "answers.repeatedColumn": "{column} asks the same item as {first}, so it is not read",
  "answers.foreignItem":
    "{column} holds answers to {item}, which the workbook's checklist does not have; add the item's row and import again",
  "answers.unknownColumn":
    "this column is not read, being neither a checklist item of the workbook nor a respondent's detail: {headers}",
  "answers.unknownColumns":
    "these columns are not read, being neither a checklist item of the workbook nor a respondent's detail: {headers}",
  "answers.inColumn": "{column}: {reason}",
  "answers.answerNotPlaced": "{reason}; the answer to {item} was not placed",
  "answers.nameIsEmail":
    "the respondent's name is an e-mail address, which is never copied into the workbook; give the submission a name and import again",
  "answers.organisationIsEmail":
    "the organisation is an e-mail address, which is never copied into the workbook",
  "answers.nothingAnswered": "the submission answers no checklist item, so nothing is placed",
  "answers.noAnswer": "no answer",
  "answers.numberWordsDisagree":
    '"{text}" is not one of the form\'s answers: its number and its words disagree',
  "answers.notFormAnswer":
    '"{text}" is not an answer: use 1 to 5, n/a or ?, or one of the form\'s choices such as "3 – Partly in place"',
  "answers.groupNotRecorded":
    '"{text}" is not a stakeholder group ({groups}), so it is not recorded',
  "answers.cityNotRecorded":
    '"{text}" is not one of the partnership\'s cities ({known}), so it is not recorded',
  "answers.noPartnerCities": "the workbook names no partner cities",
  "answers.partnerCities": "the partner cities are {cities}",
  "answers.noSheetWithCells": "the workbook has no sheet with cells, so no answer to read",
  "answers.noAnswerColumn":
    'no column holds answers to a checklist item: a survey tool\'s export needs a column per item, headed by the form\'s question name (such as "TA1" or "TA/TA1") or by a question text starting with the item ID (such as "TA1. …"), and the long layout needs the columns Respondent, Item ID and Answer; {where} has {headers}',
  "answers.headerLine": "its header line",
  "answers.firstRowOfSheet": 'the first row of its sheet "{sheet}"',
  "answers.noHeaders": "no headers",
  "answers.moreHeaders": "{headers} and {more} more",
  "answers.noChecklist":
    "the workbook has no checklist table ({table}); answers go into its respondent columns, so create an assessment first",
  "answers.noItemIdColumn":
    'the checklist table ({table}) has no "{column}" column, so no answer can be matched to its item',
  "answers.nothingPlaced": "no row could be placed (see the lines above)",
  // Places in an answers file, said where they are shown: a sheet's row, a text file's line.
  "answers.sheetRow": "{sheet} row {row}",
  "answers.fileLine": "{file} line {line}",
  // Refusals to write, thrown before anything changes: what a plan would overwrite (a user's
  // sheet, table, name or cells), what protection forbids, what a sheet's part cannot take. Each
  // is a whole sentence; the CLI and the pane say it in their language.
  "sentences.then": "{sentence} {then}",
  "conflict.sheetExists": 'The workbook already has a sheet "{sheet}".',
  "conflict.userSheet": 'The sheet "{sheet}" belongs to the user and is not replaced.',
  "conflict.notOwnedSheet":
    'The sheet "{sheet}" would be replaced by a sheet the add-in does not own.',
  "conflict.tableExists": 'The workbook already has a table "{table}" on the sheet "{sheet}".',
  "conflict.nameForOtherCells": 'The workbook already defines the name "{name}" for other cells.',
  "conflict.tableCalled": 'The workbook has a table called "{table}".',
  "conflict.nameDefined": 'The workbook defines a name "{name}".',
  "conflict.coveredCells":
    'Growing the table "{table}" to {range} would cover cells that hold data: {cells}. Move them away from the table and try again.',
  "conflict.movedCells":
    'Adding rows to the table "{table}" would push the cells below it down, out of line with the rest of their rows: {cells}. {why} Move those cells away from below the table and try again.',
  "conflict.insertingExcel":
    "This version of Excel inserts new table rows, shifting what lies below, instead of adding them below the table (Excel JavaScript API 1.15 and later do; updating Office avoids this).",
  "conflict.moreCells": "{cells} and {more} more",
  "conflict.tableBeside":
    'The table "{other}" stands beside "{table}" in its rows, so new columns cannot shift it right. Move it below or above the table and try again.',
  "conflict.pastLastColumn":
    'New columns in "{table}" would push cells of its rows past the sheet\'s last column.',
  // Why a user's table may not gain columns: a part elsewhere points at the cells it would move.
  "growth.wouldMove": 'which adding columns to the table "{table}" would move',
  "growth.chart":
    "The chart in {path} reads {cells}, {would}: move the chart's data or the table first.",
  "growth.pivotCache":
    "The pivot table cache in {path} reads {cells}, {would}: move the pivot table's source data or the table first.",
  "growth.drawing":
    "The {shows} in {path} is anchored over {cells}, {would} from under it: move the {shows} or the table first.",
  "growth.pivotTable":
    "The pivot table in {path} stands at {cells}, {would}: move the pivot table or the table first.",
  "growth.comment":
    'The comment on {cell} in {path} is anchored to a cell whose content adding columns to the table "{table}" would move: move the comment or the table first.',
  "growth.threadedComment":
    'The threaded comment on {cell} in {path} is anchored to a cell whose content adding columns to the table "{table}" would move: move the comment or the table first.',
  "growth.formula":
    "The formula in {cell} ({path}) reads {cells}, {would}: change the formula or move the table first.",
  "growth.printArea":
    "The print area (the defined name _xlnm.Print_Area in xl/workbook.xml) covers {cells}, {would}: clear or set the print area again after moving the table, or move the table first.",
  "growth.autofilter":
    "The sheet's autofilter (the hidden defined name _xlnm._FilterDatabase in xl/workbook.xml) covers {cells}, {would}: remove the filter or move the table first.",
  "growth.definedName":
    'The defined name "{name}" in xl/workbook.xml points at {cells}, {would}: change the name or move the table first.',
  // What a drawing anchor holds, as a user names it.
  "drawing.picture": "picture",
  "drawing.chart": "chart",
  "drawing.graphic": "graphic",
  "drawing.shape": "shape",
  "drawing.drawing": "drawing",
  // Protection: the sentence, and the change it refuses.
  "protected.workbook":
    "The workbook's structure is protected, so {change}; nothing was written. Unprotect it (Review › Protect Workbook) and try again.",
  "protected.sheet":
    'The sheet "{sheet}" is protected, so {change}; nothing was written. Unprotect the sheet (Review › Unprotect Sheet) and try again.',
  "protected.addSheet": 'the sheet "{sheet}" cannot be added',
  "protected.keepSheet": 'the sheet "{sheet}" cannot be kept as "{keptAs}"',
  "protected.replaceSheet": 'the sheet "{sheet}" cannot be replaced',
  "protected.settingsSheet": "the add-in cannot add its hidden settings sheet",
  "protected.growTable": 'the table "{table}" cannot grow',
  "protected.writeCells": "its cells cannot be written ({cells})",
  "protected.writeSettings": "the add-in's settings cannot be written",
  // A user's sheet a patch would have to cut through.
  "patch.arrayFormula":
    'The sheet "{sheet}" holds an array formula over {range}, whose cells are computed together, and the runner would write {cell} inside it: move the array formula away from the runner\'s cells and try again.',
  "patch.damaged":
    'The sheet "{sheet}" cannot be written into: its part is damaged ({reason}). Open the workbook in Excel, save it again and try again.',

  // What a new assessment cannot be made from.
  "template.cannotMake": "cannot make a new assessment: {problems}",
  "template.noPartnershipName": "the partnership needs a name",
  "template.oneCity": "a partnership has two or more partner cities",
  "template.blankCity": "a city name is blank",
  "template.cityTwice": "a city is listed twice",
  "template.noYear": "give at least one year for the indicator rows",
  "template.wholeYears": "years must be whole numbers",
  "template.yearTwice": "a year is listed twice",
  "template.noRespondent": "the checklist needs at least one respondent",
  "template.blankRespondent": "a respondent name is blank",
  "template.respondentTwice":
    "two respondents have the same name; each heads its own checklist column",
  "template.noRespondentColumn": "the checklist needs at least one respondent column",
  "template.noItem": "the checklist needs at least one item",
  "template.noIndicatorRow": "the indicator table needs at least one row",
} as const;

export type ProblemCode = keyof typeof ENGLISH_PROBLEM_TEXTS;
