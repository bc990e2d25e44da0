import { isDateFormat, isPercentFormat } from "../../../src/engine/sheetValues";

describe("isPercentFormat", () => {
  it.each(["0%", "0.0%", "0.00 %", "#,##0%", "[Red]0%", '0%;"-"', "0%_);(0%)"])(
    "%s scales the number by 100",
    (code) => {
      expect(isPercentFormat(code)).toBe(true);
    },
  );

  it.each([undefined, "0", "0.0", "General", '0" %"', "0\\%", "0_%", "0*%", "[$%-409]0", "@"])(
    "%s shows the number as stored (a quoted, escaped, padded, filled or bracketed % only prints)",
    (code) => {
      expect(isPercentFormat(code)).toBe(false);
    },
  );
});

describe("isDateFormat", () => {
  it.each(["dd/mm/yyyy", "yyyy", "mmm-yy", "d-mmm", "[$-409]m/d/yy h:mm AM/PM", "yyyy-mm-dd"])(
    "%s is a date",
    (code) => {
      expect(isDateFormat(code)).toBe(true);
    },
  );

  it.each([undefined, "0", "0.00E+00", "General", "hh:mm", "mm:ss", '0" days"', "[Red]0"])(
    "%s is no date",
    (code) => {
      expect(isDateFormat(code)).toBe(false);
    },
  );
});
