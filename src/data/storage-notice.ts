/**
 * What the reader should know about how the directory is kept on her device: nothing to say,
 * working from memory only (no IndexedDB), or a write that failed (the old copy stays).
 */
export type StorageNotice = 'none' | 'memory-only' | 'save-failed';

/**
 * What the reader is told after a look for a newer directory that did not bring one: nothing when
 * there was none or she is offline; otherwise a quiet line saying why, and that what she has stays.
 */
export type UpdateNotice = 'none' | 'timed-out' | 'failed' | 'storage-full';
