// The content type of a package part, as a package consumer must read it (ECMA-376 Part 2,
// §10.1.2): the part's Override in [Content_Types].xml, else the Default of its extension.

import { elementsAttributes } from "../xlsx/xml";

/** A part path → its content type: the part's Override, else the Default of its extension. */
export function partContentTypes(
  contentTypesXml: string,
): (partPath: string) => string | undefined {
  // Part names and extensions compare case-insensitively (ECMA-376 Part 2, §9.1.1.1 and §10.1.2.2).
  const overrides = new Map(
    elementsAttributes(contentTypesXml, "Override").flatMap(({ PartName, ContentType }) =>
      PartName === undefined || ContentType === undefined
        ? []
        : [[PartName.replace(/^\//, "").toLowerCase(), ContentType] as const],
    ),
  );
  const defaults = new Map(
    elementsAttributes(contentTypesXml, "Default").flatMap(({ Extension, ContentType }) =>
      Extension === undefined || ContentType === undefined
        ? []
        : [[Extension.toLowerCase(), ContentType] as const],
    ),
  );
  return (partPath) => {
    const path = partPath.replace(/^\//, "").toLowerCase();
    const override = overrides.get(path);
    if (override !== undefined) return override;
    const dot = path.lastIndexOf(".");
    return dot < 0 || dot < path.lastIndexOf("/") ? undefined : defaults.get(path.slice(dot + 1));
  };
}
