/**
 * How big a directory may be: the build refuses to publish beyond these, and the device refuses
 * to download or store beyond them. 100,000 entries once took 588 MB of memory and 3 s a keystroke
 * on a phone; a directory of helplines needs a few thousand entries at most. Field lengths are the
 * validator's own (LIMITS in scripts/resources/validate/fields.ts), run on both sides.
 */

/** Entries in one directory: about 18 times today's directory, and still searchable as she types. */
export const MAX_ENTRIES = 10_000;

/**
 * Bytes of any one published file (the full dataset, a delta, a bucket, the index). Also the
 * service worker's precache limit: a full dataset larger than this would not work offline.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
