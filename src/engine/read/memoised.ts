// A text function worked out once per distinct text. The rows of a long list repeat a few texts
// (10 cities, a few hundred codes) thousands of times; a key made by a regular expression or a
// lower-cased copy per row is the same key made again.

/** `compute`, remembering its answer for each text it has been given. */
export function memoised<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const answer = compute(text);
    known.set(text, answer);
    return answer;
  };
}
