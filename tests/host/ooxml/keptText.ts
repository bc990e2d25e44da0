// The kept parts as the runner words them in English, after the output's name: "kept: 2 charts".
// The host counts (src/host/ooxml/keptParts.ts), the CLI words (src/cli/keptLine.ts); these tests
// check both through the English line.

import { keptLine } from "../../../src/cli/keptLine";
import type { KeptPart } from "../../../src/host/ooxml/keptParts";

export function keptText(parts: readonly KeptPart[]): string | undefined {
  const line = keptLine("en", "out.xlsx", parts);
  if (line === undefined) return undefined;
  if (!line.startsWith("out.xlsx: "))
    throw new Error(`the kept line does not name the output: ${line}`);
  return line.slice("out.xlsx: ".length);
}
