// A short, stable fingerprint of a text (32-bit FNV-1a over its UTF-16 code units, as 8 hex
// digits): enough to tell two versions of a form apart, not a security measure. Pure code, so it
// runs in the pane and the runner alike.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function contentHash(text: string): string {
  let hash = FNV_OFFSET;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
