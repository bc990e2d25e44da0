// The one home of spreadsheet semantics: blanks, text, decimal numbers, name keys, error codes and
// XML text, as every reader, function and host now applies them.

import {
  EXCEL_ERROR_CODES,
  cellErrorOf,
  describeCell,
  isBlank,
  isCellError,
  nameKey,
  numberFromText,
  textOf,
  xmlText,
  type CellValue,
} from "../../../src/engine/sheetValues";

describe("isBlank", () => {
  it.each<[CellValue, boolean]>([
    [null, true],
    [undefined, true],
    ["", true],
    ["  \t ", true],
    [0, false],
    [false, false],
    ["0", false],
    [{ errorCode: "#N/A" }, false],
  ])("%p is blank: %p", (cell, blank) => {
    expect(isBlank(cell)).toBe(blank);
  });
});

describe("textOf", () => {
  it.each<[CellValue, string]>([
    [" Nakuru ", "Nakuru"],
    [42.5, "42.5"],
    [true, "TRUE"],
    [false, "FALSE"],
    [null, ""],
    [{ errorCode: "#N/A" }, ""],
  ])("%p reads as %p, as Excel shows it", (cell, text) => {
    expect(textOf(cell)).toBe(text);
  });

  it("names cells in messages by their kind", () => {
    expect(describeCell(true)).toBe("TRUE");
    expect(describeCell(" abc ")).toBe('the text "abc"');
    expect(describeCell({ errorCode: "#DIV/0!" })).toBe("the error #DIV/0!");
    expect(describeCell(null)).toBe("a blank");
  });
});

describe("numberFromText: decimal notation only", () => {
  it.each<[string, number]>([
    ["42", 42],
    [" 42.5 ", 42.5],
    ["-3e2", -300],
    ["+.5", 0.5],
    ["7.", 7],
  ])("%p is %p", (text, value) => {
    expect(numberFromText(text)).toBeCloseTo(value, 12);
  });

  it.each(["0x1A", "0b11", "0o7", "Infinity", "NaN", "1,5", "12 km", "", "  ", "1e", "--1"])(
    "%p is not a number",
    (text) => {
      expect(numberFromText(text)).toBeUndefined();
    },
  );
});

describe("nameKey", () => {
  it("ignores case, surrounding spaces and runs of white space", () => {
    expect(nameKey("  Saint  Louis ")).toBe(nameKey("saint louis"));
    expect(nameKey("Saint\tLouis")).toBe("saint louis");
    expect(nameKey("MALMÖ")).toBe("malmö");
  });

  it("keeps names apart that differ by more than spacing and case", () => {
    expect(nameKey("Saint Louis")).not.toBe(nameKey("SaintLouis"));
  });
});

describe("Excel error codes, a closed set", () => {
  it("keeps every code Excel reports", () => {
    for (const code of EXCEL_ERROR_CODES) expect(cellErrorOf(code)).toEqual({ errorCode: code });
  });

  it("reads a code it does not know as #VALUE!", () => {
    expect(cellErrorOf("#FUTURE!")).toEqual({ errorCode: "#VALUE!" });
    expect(cellErrorOf("n/a")).toEqual({ errorCode: "#VALUE!" });
  });

  it("tells an error cell from the other values", () => {
    expect(isCellError({ errorCode: "#N/A" })).toBe(true);
    expect(isCellError("#N/A")).toBe(false);
    expect(isCellError(null)).toBe(false);
  });
});

describe("xmlText: one escaper for every XML part", () => {
  it("escapes markup and double quotes, and leaves apostrophes as Excel writes references", () => {
    expect(xmlText(`a<b & "c" > 'SDG index'!$B$1`)).toBe(
      "a&lt;b &amp; &quot;c&quot; &gt; 'SDG index'!$B$1",
    );
  });

  it("keeps tab, line feed, carriage return and characters beyond the Basic Multilingual Plane", () => {
    expect(xmlText("a\tb\nc\rd 🌍 é")).toBe("a\tb\nc\rd 🌍 é");
  });

  it("drops every character XML 1.0 forbids: C0 controls, U+FFFE, U+FFFF and lone surrogates", () => {
    expect(xmlText("a\u0000b\u0001c\u000bd\u001fe")).toBe("abcde");
    expect(xmlText("x\uFFFEy\uFFFFz")).toBe("xyz");
    expect(xmlText("lone\uD800 high, lone\uDC00 low")).toBe("lone high, lone low");
    expect(xmlText("\uD800\uD83C\uDF0D\uDF0D\uDC00")).toBe("🌍");
  });

  // The escaper reads code units and copies runs whole; this reference reads code points one by
  // one, as the XML 1.0 Char production is written. Each text mixes the characters at the edges.
  it("agrees with a code point by code point reading on mixed texts", () => {
    const allowed = (point: number): boolean =>
      point < 0x20
        ? point === 0x09 || point === 0x0a || point === 0x0d
        : point <= 0xd7ff || (point >= 0xe000 && point <= 0xfffd) || point >= 0x10000;
    const named: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
    const reference = (text: string): string => {
      let escaped = "";
      for (const character of text)
        if (allowed(character.codePointAt(0) ?? 0)) escaped += named[character] ?? character;
      return escaped;
    };
    const pieces = ["a", "&", "<", ">", '"', "'", "\t", "\u0000", "\u001f", "\uD800", "\uDBFF"];
    pieces.push("\uDC00", "\uDFFF", "\uD83C\uDF0D", "\uFFFD", "\uFFFE", "\uFFFF", "é", " ");
    let seed = 7;
    const next = (): number => (seed = (seed * 48271) % 2147483647);
    for (let round = 0; round < 2000; round++) {
      const length = next() % 12;
      const text = Array.from({ length }, () => pieces[next() % pieces.length]).join("");
      expect(xmlText(text)).toBe(reference(text));
    }
  });
});
