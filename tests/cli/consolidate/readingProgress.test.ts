import type { CliIo } from "../../../src/cli/io";
import { duration, readingProgress } from "../../../src/cli/consolidate/readingProgress";

/** An io whose clock the test moves: each read of a file takes `step` ms. */
function fakeIo(terminal: boolean): {
  io: CliIo;
  advance: (ms: number) => void;
  text: () => string;
} {
  let now = 0;
  let stderr = "";
  return {
    io: {
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
      },
      now: () => new Date(now),
      stderrIsTerminal: terminal,
    },
    advance: (ms) => {
      now += ms;
    },
    text: () => stderr,
  };
}

describe("progress of reading many workbooks", () => {
  it("gives each of a few files its line", () => {
    const { io, advance, text } = fakeIo(false);
    const progress = readingProgress(io, "consolidate", 2, "en");
    progress.reading(0, "a.xlsx");
    advance(1500);
    progress.reading(1, "b.xlsx");
    progress.done();
    expect(text()).toBe(
      "c2c consolidate: reading 1/2 a.xlsx (0.0 s)\nc2c consolidate: reading 2/2 b.xlsx (1.5 s)\n",
    );
  });

  it("says files done, rate and time left every five seconds of a long run, in a log", () => {
    const { io, advance, text } = fakeIo(false);
    const progress = readingProgress(io, "consolidate", 100, "en");
    for (let index = 0; index < 100; index++) {
      progress.reading(index, `p${index}.xlsx`);
      advance(200); // 5 workbooks a second
    }
    progress.done();
    const lines = text().trimEnd().split("\n");
    // At 5.0 s (25 read: 75 left at 5 a second, 15 s), 10 s, 15 s; then the end.
    expect(lines[0]).toBe(
      "c2c consolidate: read 25/100 workbooks in 5.0 s, 5.0 a second, about 15.0 s left",
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("c2c consolidate: read 100/100 workbooks in 20.0 s, 5.0 a second");
  });

  it("rewrites one line in place on a terminal", () => {
    const { io, advance, text } = fakeIo(true);
    const progress = readingProgress(io, "consolidate", 10, "en");
    for (let index = 0; index < 10; index++) {
      progress.reading(index, `p${index}.xlsx`);
      advance(300);
    }
    progress.done();
    expect(text().split("\n")).toHaveLength(2);
    expect(text().startsWith("\r")).toBe(true);
    expect(text().split("\r").length).toBeGreaterThan(3);
    expect(text().endsWith("read 10/10 workbooks in 3.0 s, 3.3 a second\u001b[K\n")).toBe(true);
  });

  it("writes durations in seconds, then minutes", () => {
    expect([duration(12.34), duration(59.96), duration(245)]).toEqual([
      "12.3 s",
      "60.0 s",
      "4 min 05 s",
    ]);
  });

  it.each([
    [
      "fr",
      "c2c consolidate: lecture 1/2 a.xlsx (0,0 s)",
      "c2c consolidate: 25/100 classeurs lus en 5,0 s, 5,0 par seconde, encore environ 15,0 s",
      "c2c consolidate: 100/100 classeurs lus en 20,0 s, 5,0 par seconde",
    ],
    [
      "es",
      "c2c consolidate: leyendo 1/2 a.xlsx (0,0 s)",
      "c2c consolidate: 25/100 libros leídos en 5,0 s, 5,0 por segundo, quedan unos 15,0 s",
      "c2c consolidate: 100/100 libros leídos en 20,0 s, 5,0 por segundo",
    ],
  ] as const)("speaks %s, with the decimal comma", (language, few, first, last) => {
    const short = fakeIo(false);
    readingProgress(short.io, "consolidate", 2, language).reading(0, "a.xlsx");
    expect(short.text()).toBe(`${few}\n`);
    const long = fakeIo(false);
    const progress = readingProgress(long.io, "consolidate", 100, language);
    for (let index = 0; index < 100; index++) {
      progress.reading(index, `p${index}.xlsx`);
      long.advance(200);
    }
    progress.done();
    const lines = long.text().trimEnd().split("\n");
    expect([lines[0], lines[3]]).toEqual([first, last]);
    expect(duration(245, language)).toBe("4 min 05 s");
  });
});
