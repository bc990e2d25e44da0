// A part's text, decoded from its bytes once per run: a user's sheet is read by the opened model
// (its protection), by our reader (its cells) and by the patcher (the save), and a long sheet's
// text costs about 10 ms and as many megabytes each time it is decoded. Kept while the part's bytes
// are (a WeakMap on the array), so a part the session replaces forgets its old text with it.

const texts = new WeakMap<Uint8Array, string>();

/** The part's text as UTF-8; throws TypeError when the bytes are not UTF-8 (the reader refuses it). */
export function decodedPart(bytes: Uint8Array): string {
  let text = texts.get(bytes);
  if (text === undefined) {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    texts.set(bytes, text);
  }
  return text;
}

/** The part's text, a malformed sequence read as U+FFFD, for a caller that refuses nothing. */
export function partTextOf(bytes: Uint8Array): string {
  try {
    return decodedPart(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}
