// Progress of reading many workbooks, on standard error: files done, the rate and the time left.
// A few files each get a line of their own (the run is over before a rate means anything); more
// get a line every few seconds, rewritten in place on a terminal, so a registry-sized run says where
// it is without flooding a log.

import type { Language } from "../../engine/language/language";
import { secondsIn, type CliIo } from "../io";
import { cliText } from "../texts";

/** Up to this many files, one line per file. */
const FEW_FILES = 5;
/** Between two progress lines of a long run, in ms (a terminal's line is rewritten more often). */
const LOG_INTERVAL = 5000;
const TERMINAL_INTERVAL = 250;

export interface ReadingProgress {
  /** Called before reading file `index` (0-based). */
  reading(index: number, source: string): void;
  /** After the last file. */
  done(): void;
}

export function readingProgress(
  io: CliIo,
  command: string,
  total: number,
  language: Language,
): ReadingProgress {
  const started = io.now().getTime();
  const seconds = (): number => (io.now().getTime() - started) / 1000;
  if (total <= FEW_FILES)
    return {
      reading: (index, source) => {
        const reading = cliText(language, "progress.readingOf", {
          index: index + 1,
          total,
          source,
        });
        io.stderr(`c2c ${command}: ${reading} (${secondsIn(language, seconds())} s)\n`);
      },
      done: () => undefined,
    };
  const terminal = io.stderrIsTerminal === true;
  let last = started;
  let shown = false;
  const line = (done: number): string => {
    const elapsed = seconds();
    const rate = elapsed > 0 ? done / elapsed : 0;
    const left = rate > 0 ? (total - done) / rate : null;
    const read = cliText(language, "progress.read", {
      done,
      total,
      elapsed: duration(elapsed, language),
    });
    const perSecond =
      rate > 0 ? cliText(language, "progress.rate", { rate: secondsIn(language, rate) }) : "";
    const tail =
      done === total || left === null
        ? ""
        : cliText(language, "progress.left", { left: duration(left, language) });
    return `c2c ${command}: ${read}${perSecond}${tail}`;
  };
  const print = (done: number): void => {
    io.stderr(terminal ? `\r${line(done)}\u001b[K` : `${line(done)}\n`);
    shown = true;
  };
  return {
    reading: (index) => {
      const now = io.now().getTime();
      if (index === 0 || now - last < (terminal ? TERMINAL_INTERVAL : LOG_INTERVAL)) return;
      last = now;
      print(index);
    },
    done: () => {
      print(total);
      if (terminal && shown) io.stderr("\n");
    },
  };
}

/** "12.3 s" ("12,3 s" in French and Spanish), "4 min 05 s". */
export function duration(seconds: number, language: Language = "en"): string {
  if (seconds < 60) return `${secondsIn(language, seconds)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, "0")} s`;
}
