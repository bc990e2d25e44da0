// How much a package may hold before the preflight refuses it. A zip states its sizes itself, and a
// decompression bomb (a small file that inflates to gigabytes) would take every parser down with
// it, so these limits are checked on the declared sizes first and again while inflating.

/** Uncompressed bytes of all parts together: far above any assessment workbook (a few MB). */
export const MAX_TOTAL_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;

/** Parts in one package: an Excel workbook with hundreds of sheets stays in the low thousands. */
export const MAX_ENTRY_COUNT = 10_000;

/** Uncompressed size over compressed size, per part. XML compresses about 10:1, rarely past 50:1. */
export const MAX_COMPRESSION_RATIO = 100;

/**
 * Parts smaller than this are not held to the ratio: a small part of repeated markup (an empty
 * sheet's styles, a drawing) can compress far better than 100:1 without being any danger.
 */
export const RATIO_GRACE_BYTES = 1024 * 1024;
