"""Writes the consolidate bench's partnership workbooks with openpyxl: files another program wrote.

Reads one JSON request on standard input:
  {"base": "base.xlsx", "folder": "out/", "first": 0, "count": 500, "seed": 2026}
and writes partnership-0001.xlsx … into the folder: each is the base workbook (written by the
runner, 2 cities x 5 years on the long list, 6 respondents) loaded once by openpyxl, with the
partnership's name, every indicator value (a tenth left blank, the rest between the row's worst
and end values) and every checklist answer (1-5, n/a or ?) drawn again from a generator seeded by
the file's number, and saved by openpyxl. Each file is written under a temporary name and renamed,
so an interrupted run leaves no half-written workbook. Run with Debian's /usr/bin/python3.
"""

import json
import os
import random
import sys

import openpyxl

ANSWERS = [1, 2, 3, 4, 5, "n/a", "?"]


def columns(worksheet, table_name):
    """The table's data rows and its columns by header, as worksheet column numbers."""
    table = worksheet.tables[table_name]
    first, last = table.ref.split(":")
    start_column = openpyxl.utils.cell.column_index_from_string(
        "".join(c for c in first if c.isalpha())
    )
    header_row = int("".join(c for c in first if c.isdigit()))
    last_row = int("".join(c for c in last if c.isdigit()))
    by_name = {
        column.name: start_column + index for index, column in enumerate(table.tableColumns)
    }
    return range(header_row + 1, last_row + 1), by_name


def vary(workbook, number, seed):
    draw = random.Random(seed * 100003 + number)
    about = workbook["About"]
    rows, by_name = columns(about, "C2C_Partnership")
    for row in rows:
        if about.cell(row, by_name["Key"]).value == "Partnership name":
            about.cell(row, by_name["Value"]).value = (
                "Bench partnership %04d (generated data)" % number
            )
    indicators = workbook["Indicators"]
    rows, by_name = columns(indicators, "C2C_Indicators")
    for row in rows:
        worst = indicators.cell(row, by_name["Worst"]).value
        end = indicators.cell(row, by_name["End value"]).value
        low, high = sorted((worst or 0, end if end is not None else 100))
        value = None if draw.random() < 0.1 else low + draw.random() * (high - low)
        indicators.cell(row, by_name["Value"]).value = value
    checklist = workbook["Checklist"]
    rows, by_name = columns(checklist, "C2C_Checklist")
    respondents = [c for name, c in by_name.items() if name.startswith("Respondent ")]
    for row in rows:
        for column in respondents:
            checklist.cell(row, column).value = draw.choice(ANSWERS)


def main():
    request = json.load(sys.stdin)
    workbook = openpyxl.load_workbook(request["base"])
    for number in range(request["first"] + 1, request["first"] + request["count"] + 1):
        vary(workbook, number, request["seed"])
        path = os.path.join(request["folder"], "partnership-%04d.xlsx" % number)
        workbook.save(path + ".part")
        os.replace(path + ".part", path)


if __name__ == "__main__":
    main()
