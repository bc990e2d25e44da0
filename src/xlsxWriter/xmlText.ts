// A text element of a package part (a shared string, an inline string): sheetValues' xmlText
// escapes the text and drops what XML 1.0 cannot hold.

import { xmlText } from "../engine/sheetValues";

/** `<t>` keeps leading and trailing spaces only when told to. */
export function textElement(text: string): string {
  const preserve = text !== text.trim() ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${xmlText(text)}</t>`;
}
