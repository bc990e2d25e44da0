// The text of a string item (<si> in the shared strings, <is> in a cell): the runs of rich text
// joined, phonetic guides (<rPh>, furigana) left out as Excel shows them, and the _xHHHH_ escapes
// by which the format stores characters XML cannot hold (a carriage return is _x000D_) decoded.

import { SPREADSHEET } from "./namespaces";
import type { XmlElement } from "./xmlStream";

/** Collects the text of one string item while its elements stream by. */
export class StringItemText {
  private parts: string[] = [];
  private inText = 0;
  private inPhonetic = 0;

  open(element: XmlElement): void {
    if (element.uri !== SPREADSHEET) return;
    if (element.local === "t") this.inText++;
    else if (element.local === "rPh") this.inPhonetic++;
  }

  close(element: XmlElement): void {
    if (element.uri !== SPREADSHEET) return;
    if (element.local === "t") this.inText--;
    else if (element.local === "rPh") this.inPhonetic--;
  }

  text(text: string): void {
    if (this.inText > 0 && this.inPhonetic === 0) this.parts.push(text);
  }

  /** The item's text so far, and a fresh start for the next item. */
  take(): string {
    const text = decodeEscapes(this.parts.join(""));
    this.parts = [];
    return text;
  }
}

/** "_x000D_" → "\r"; "_x005F_" is an escaped "_", so "_x005F_x000D_" stays "_x000D_" as written. */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
