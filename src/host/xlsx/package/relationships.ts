// A .rels part: relationship id → the package path it points at (internal targets only).

import { folderOf, packagePath, relationshipsPathOf } from "../packageParts";
import { PACKAGE_RELATIONSHIPS, relationshipKind } from "./namespaces";
import type { PackageParts } from "./packageParts";
import { parseXmlPart } from "./xmlStream";

export interface PartRelationship {
  readonly id: string;
  /** The type's last segment: "worksheet", "table", "sharedStrings"… */
  readonly kind: string;
  /** The package path of the target part, e.g. "xl/tables/table1.xml". */
  readonly path: string;
}

/** The relationships of a part (none when it has no .rels part). */
export function relationshipsOf(parts: PackageParts, partPath: string): PartRelationship[] {
  const relsPath = relationshipsPathOf(partPath);
  const bytes = parts.get(relsPath);
  if (bytes === undefined) return [];
  const from = folderOf(partPath);
  const relationships: PartRelationship[] = [];
  parseXmlPart(relsPath, bytes, {
    open(element) {
      if (element.uri !== PACKAGE_RELATIONSHIPS || element.local !== "Relationship") return;
      const id = element.attribute("Id");
      const type = element.attribute("Type");
      const target = element.attribute("Target");
      if (id === undefined || type === undefined || target === undefined) return;
      if (element.attribute("TargetMode") === "External") return;
      relationships.push({ id, kind: relationshipKind(type), path: packagePath(from, target) });
    },
  });
  return relationships;
}
