/**
 * What the reader should know about how the directory is kept on her device: nothing to say,
 * working from memory only (no IndexedDB), or a write that failed (the old copy stays).
 */
export type StorageNotice = 'none' | 'memory-only' | 'save-failed';
