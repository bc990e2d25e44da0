// File names of what Publish gives the user: named after the partnership, so a download folder of
// several partnerships' reports stays readable ("Lyon–Rabat report.html").

const NOT_IN_FILE_NAMES = /[\\/:*?"<>|]/g;
const FALLBACK_NAME = "C2C Scoreboard";
// Most file systems take 255 bytes; the partnership part is kept well below with room for the suffix.
const MAX_NAME_LENGTH = 120;

export function publishedFileName(partnershipName: string, suffix: string): string {
  const printable = Array.from(partnershipName)
    .map((character) => ((character.codePointAt(0) ?? 0) < 0x20 ? " " : character))
    .join("");
  const cleaned = printable
    .replace(NOT_IN_FILE_NAMES, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const base = (cleaned === "" ? FALLBACK_NAME : cleaned).slice(0, MAX_NAME_LENGTH).trimEnd();
  return `${base} ${suffix}`;
}
