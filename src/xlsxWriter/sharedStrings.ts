// The shared-string table of a package: every text cell holds the index of its text here, each
// distinct text stored once (a Scoreboard repeats band labels and city names many times).

import { textElement } from "./xmlText";

export class SharedStrings {
  private readonly indexOf = new Map<string, number>();
  private readonly texts: string[] = [];
  private references = 0;

  /** The index of the text, added when new. */
  add(text: string): number {
    this.references++;
    const known = this.indexOf.get(text);
    if (known !== undefined) return known;
    const index = this.texts.length;
    this.texts.push(text);
    this.indexOf.set(text, index);
    return index;
  }

  xml(): string {
    const items = this.texts.map((text) => `<si>${textElement(text)}</si>`).join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${SPREADSHEET_NS}" count="${this.references}" uniqueCount="${this.texts.length}">${items}</sst>`;
  }
}

export const SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RELATIONSHIP_NS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
