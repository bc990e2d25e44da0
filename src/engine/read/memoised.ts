// A text function worked out once per distinct text. The rows of a long list repeat a few texts
// (10 cities, a few hundred codes) thousands of times; a key made by a regular expression or a
// lower-cased copy per row is the same key made again.

/**
 * More distinct texts than a workbook's column holds in practice: past it the memory starts
 * afresh, so a memo kept for the add-in's whole session (the catalogue's lookups) stays small.
 */
const MAX_REMEMBERED = 4096;

/** `compute`, remembering its answer for each text it has been given. */
export function memoised<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const answer = compute(text);
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(text, answer);
    return answer;
  };
}
