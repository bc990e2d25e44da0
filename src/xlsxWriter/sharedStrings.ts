// The shared-string table of a package: every text cell holds the index of its text here, each
// distinct text stored once (a Scoreboard repeats band labels and city names many times).

import { xmlText } from "../engine/sheetValues";
import { SPREADSHEET_NS, XML_HEADER } from "./ooxml";

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
    return `${XML_HEADER}<sst xmlns="${SPREADSHEET_NS}" count="${this.references}" uniqueCount="${this.texts.length}">${items}</sst>`;
  }
}

/** A text as a `<t>` element; it keeps leading and trailing spaces only when told to. */
function textElement(text: string): string {
  const preserve = text !== text.trim() ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${xmlText(text)}</t>`;
}
