// The shared string table (xl/sharedStrings.xml): cells of type "s" hold an index into it.

import { SPREADSHEET } from "./namespaces";
import type { PackageParts } from "./packageParts";
import { StringItemText } from "./cellText";
import { parseXmlPart } from "./xmlStream";

export function readSharedStrings(parts: PackageParts, path: string | undefined): string[] {
  const bytes = path === undefined ? undefined : parts.get(path);
  if (path === undefined || bytes === undefined) return [];
  const strings: string[] = [];
  const item = new StringItemText();
  let inItem = false;
  parseXmlPart(path, bytes, {
    open(element) {
      if (element.uri === SPREADSHEET && element.local === "si") inItem = true;
      else if (inItem) item.open(element);
    },
    text(text) {
      if (inItem) item.text(text);
    },
    close(element) {
      if (element.uri === SPREADSHEET && element.local === "si") {
        strings.push(item.take());
        inItem = false;
      } else if (inItem) item.close(element);
    },
  });
  return strings;
}
