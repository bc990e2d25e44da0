import { newAssessment } from "../../src/engine/templates";
import {
  EMPTY_CREATE_FORM,
  readCreateForm,
  readYears,
  splitList,
} from "../../src/taskpane/views/createForm";

describe("readYears", () => {
  it.each([
    ["2022-2024", [2022, 2023, 2024]],
    ["2022 – 2023", [2022, 2023]],
    ["2024-2024", [2024]],
    ["2022, 2024", [2022, 2024]],
    [" 2023 ,2022, ", [2023, 2022]],
  ])("reads %p as %p", (text, years) => {
    expect(readYears(text)).toEqual({ ok: true, years });
  });

  it.each([
    [
      "",
      "Years: type the years the indicators are reported for, e.g. 2022, 2023 or a range 2022-2024.",
    ],
    ["2024-2022", "Years: the range 2024-2022 ends before it starts; write it as 2022-2024."],
    ["2000-2060", "Years: the range 2000-2060 covers more than 50 years; check the years typed."],
    [
      "2022, 23",
      'Years: "23" is not a year; type four-digit years separated by commas, or a range such as 2022-2024.',
    ],
    [
      "twenty, 2022.5",
      'Years: "twenty", "2022.5" are not years; type four-digit years separated by commas, or a range such as 2022-2024.',
    ],
  ])("refuses %p, saying why", (text, problem) => {
    expect(readYears(text)).toEqual({ ok: false, problem });
  });
});

describe("readCreateForm", () => {
  it("reads the wizard's fields into options the engine accepts", () => {
    const reading = readCreateForm({
      partnershipName: "  Lyon–Rabat ",
      cities: "Lyon, Rabat,",
      countries: "France , Morocco",
      years: "2023-2025",
      list: "long",
      language: "fr",
      respondents: "Ana\n\n  Youssef \n",
    });
    expect(reading).toEqual({
      ok: true,
      options: {
        partnershipName: "Lyon–Rabat",
        cities: ["Lyon", "Rabat"],
        countries: ["France", "Morocco"],
        years: [2023, 2024, 2025],
        list: "long",
        language: "fr",
        respondents: ["Ana", "Youssef"],
      },
    });
    if (!reading.ok) return;
    const assessment = newAssessment(reading.options);
    expect(assessment.partnership.cities).toEqual(["Lyon", "Rabat"]);
    expect(assessment.respondents.map((respondent) => respondent.name)).toEqual(["Ana", "Youssef"]);
  });

  it("leaves countries out when none is typed, and refuses unreadable years before anything is written", () => {
    const reading = readCreateForm({
      ...EMPTY_CREATE_FORM,
      partnershipName: "P",
      cities: "A, B",
      years: "2024",
      respondents: "Ana",
    });
    expect(reading.ok && "countries" in reading.options).toBe(false);
    expect(readCreateForm({ ...EMPTY_CREATE_FORM, years: "soon" })).toEqual({
      ok: false,
      problems: [
        'Years: "soon" is not a year; type four-digit years separated by commas, or a range such as 2022-2024.',
      ],
    });
  });

  it("splitList trims and drops blank entries", () => {
    expect(splitList(" a ,, b ,", ",")).toEqual(["a", "b"]);
    expect(splitList("", ",")).toEqual([]);
  });
});
