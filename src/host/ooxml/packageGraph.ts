// The parts of a package reachable through its relationships, from the package's own .rels down:
// what a removed sheet takes with it is what only it reached (its tables, its drawing and the
// charts there, its comments), never a part another kept part still points at.

import { relationshipsOf } from "../xlsx/package/relationships";
import type { PackageParts } from "../xlsx/package/packageParts";

/** The package relationships' targets: workbook.xml, docProps, custom XML… */
export function packageRoots(parts: PackageParts): string[] {
  return relationshipsOf(parts, "").map((relationship) => relationship.path);
}

/** Every part reachable from `roots`, lower-cased, never entering a part of `skip` (lower-cased). */
export function reachableParts(
  parts: PackageParts,
  roots: readonly string[],
  skip: ReadonlySet<string> = new Set(),
): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let part = queue.shift(); part !== undefined; part = queue.shift()) {
    const key = part.toLowerCase();
    if (seen.has(key) || skip.has(key) || parts.get(part) === undefined) continue;
    seen.add(key);
    queue.push(...relationshipsOf(parts, part).map((relationship) => relationship.path));
  }
  return seen;
}

/** The parts only `removed` reached: reachable from them, and not from the package without them. */
export function partsOnlyReachedFrom(
  parts: PackageParts,
  removed: readonly string[],
  alsoRemoved: readonly string[] = [],
): Set<string> {
  const skip = new Set([...removed, ...alsoRemoved].map((path) => path.toLowerCase()));
  const kept = reachableParts(parts, packageRoots(parts), skip);
  const fromRemoved = reachableParts(parts, [...removed, ...alsoRemoved]);
  return new Set([...fromRemoved].filter((part) => !kept.has(part)));
}
