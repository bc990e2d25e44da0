// Writes assets/icon-<size>.png from the glyph in scripts/icons/glyph.ts.
// Run after changing the glyph: `npx tsx scripts/drawIcons.ts`. The icon test draws them again and
// compares bytes with the committed files, so the PNGs and this script cannot drift apart.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ICON_SIZES, iconFileName, renderGlyph } from "./icons/glyph";
import { encodePng } from "./icons/png";

export const ASSETS_DIRECTORY = join(__dirname, "..", "assets");

/** Draws every icon size into `directory`; returns the paths written. */
export function writeIcons(directory: string): string[] {
  return ICON_SIZES.map((size) => {
    const path = join(directory, iconFileName(size));
    writeFileSync(path, encodePng(size, size, renderGlyph(size)));
    return path;
  });
}

if (require.main === module) {
  for (const path of writeIcons(ASSETS_DIRECTORY)) console.log(`wrote ${path}`);
}
