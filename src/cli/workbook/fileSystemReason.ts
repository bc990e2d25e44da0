// Why the file system would not hand over a file, in plain words: Node's own message names the
// system call and the full path ("EACCES: permission denied, open '/home/…'"), which is neither
// plain nor to be printed into a programme's notes. The message stays the technical cause (--debug).

import { phrase, phraseText, type Phrase } from "../../engine/language/problemTexts";
import type { Problem } from "../../engine/model/types";

export function fileSystemReason(error: unknown): Phrase {
  const code =
    typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
      ? error.code
      : "unknown";
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return phrase("file.missing");
    case "EACCES":
    case "EPERM":
      return phrase("file.notPermitted");
    case "EISDIR":
      return phrase("file.isFolder");
    case "EBUSY":
    case "ETXTBSY":
      return phrase("file.locked");
    default:
      return phrase("file.refused", { code });
  }
}

/** "cannot be read: …" about an input file, rendered in the CLI's language (src/cli/texts). */
export function unreadableInput(path: string, reason: string | Phrase, cause?: string): Problem {
  const english = typeof reason === "string" ? reason : phraseText("en", reason);
  return {
    address: path,
    message: `cannot be read: ${english}`,
    code: "input.unreadable",
    parameters: { reason },
    severity: "error",
    ...(cause === undefined ? {} : { cause }),
  };
}
