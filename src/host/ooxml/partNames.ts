// Names for the parts a save adds: a new package numbers them from 1 in the order written
// (sheet1.xml, table1.xml…); an opened package's new parts take the first number its own parts
// leave free, so nothing of the user's is overwritten, and table ids (unique in a workbook) go on
// from the highest one in use.

export interface PartNamer {
  worksheet(): string;
  /** A table part's path and its workbook-unique id. */
  table(): { readonly path: string; readonly id: number };
  drawing(): string;
  chart(): string;
}

/** Names taken by nothing yet: part paths compared without case, as package part names are. */
export function freePartNames(
  takenPaths: Iterable<string>,
  takenTableIds: Iterable<number>,
): PartNamer {
  const taken = new Set([...takenPaths].map((path) => path.toLowerCase()));
  let tableId = Math.max(0, ...takenTableIds);
  const next = (folder: string, stem: string): string => {
    for (let number = 1; ; number++) {
      const path = `${folder}/${stem}${number}.xml`;
      if (!taken.has(path.toLowerCase())) {
        taken.add(path.toLowerCase());
        return path;
      }
    }
  };
  return {
    worksheet: () => next("xl/worksheets", "sheet"),
    table: () => ({ path: next("xl/tables", "table"), id: ++tableId }),
    drawing: () => next("xl/drawings", "drawing"),
    chart: () => next("xl/charts", "chart"),
  };
}

/** A relationship's Target from the part that holds it to another part of the package. */
export function relativeTarget(fromPart: string, toPath: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPath.split("/");
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => ".."), ...to.slice(shared)].join("/");
}
