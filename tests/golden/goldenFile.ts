// Comparing generated text with a committed golden file. On a mismatch the generated text is written
// beside the expected file as `<file>.actual` (git-ignored), so a reviewer can diff the two or
// accept the change by renaming it; UPDATE_GOLDEN=1 rewrites the expected files instead.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const UPDATE = process.env.UPDATE_GOLDEN === "1";
/** A failure message shows the start of the difference; the .actual file holds the rest. */
const DIFF_LINES_SHOWN = 60;

function firstLines(text: string, count: number): string {
  const lines = text.split("\n");
  return lines.length <= count
    ? text
    : `${lines.slice(0, count).join("\n")}\n… ${lines.length - count} more lines`;
}

/** The path of the file a failed comparison leaves beside the expected one. */
export function actualPath(expectedPath: string): string {
  return `${expectedPath}.actual`;
}

/**
 * Throws, after writing `<expectedPath>.actual`, when `actual` differs from the committed file; a
 * passing comparison removes an `.actual` file left by an earlier failure.
 */
export function expectGolden(expectedPath: string, actual: string, updateCommand: string): void {
  const leftover = actualPath(expectedPath);
  if (UPDATE) {
    mkdirSync(path.dirname(expectedPath), { recursive: true });
    writeFileSync(expectedPath, actual);
    rmSync(leftover, { force: true });
    return;
  }
  const expected = existsSync(expectedPath) ? readFileSync(expectedPath, "utf8") : undefined;
  if (expected === actual) {
    rmSync(leftover, { force: true });
    return;
  }
  writeFileSync(leftover, actual);
  const name = path.basename(expectedPath);
  const reason =
    expected === undefined
      ? `${name} is missing. `
      : `${name} differs from what the code generates (− committed, + generated):\n${firstLines(lineDiff(expected, actual), DIFF_LINES_SHOWN)}\n`;
  throw new Error(
    `${reason}The generated text is in ${leftover}: diff the two; if the change is intended, run ${updateCommand}`,
  );
}

/** Lines only in `expected` (−) or only in `actual` (+), with their line numbers, from a longest common subsequence. */
export function lineDiff(expected: string, actual: string): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  const common: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = common[i]!;
      row[j] =
        a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, row[j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (j === b.length || common[i + 1]![j]! >= common[i]![j + 1]!)) {
      out.push(`- ${i + 1}: ${a[i]!}`);
      i++;
    } else {
      out.push(`+ ${j + 1}: ${b[j]!}`);
      j++;
    }
  }
  return out.join("\n");
}
