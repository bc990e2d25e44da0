// The namespaces the reader matches elements by, in their transitional spelling (xmlStream.ts maps
// strict OOXML's to these).

export const SPREADSHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Relationship ids on elements (r:id). */
export const RELATIONSHIP_IDS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The elements of .rels parts; strict OOXML keeps this one. */
export const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Relationship types by their last segment: strict and transitional end alike. */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}
