/**
 * Downloads the device trusts only once checked: every request can be cancelled, ends when the
 * connection stalls, stops past the size a directory file may have, and a published file must
 * match its SHA-256 before it is parsed. Nothing goes through the HTTP cache (`no-store`): the
 * files are checked here anyway, and a cache on disk is one more trace of the app.
 */
import { MAX_FILE_BYTES } from '../rules/dataset-limits';
import { DatasetIntegrityError } from './dataset-guards';
import { BUCKET_HASH_LENGTH } from './dataset-format';
import { sha256Hex } from './dataset-hash';

export type Fetcher = (url: string, init?: RequestInit) => Promise<Response>;

/** Where and how to download. */
export interface DownloadContext {
  fetch: Fetcher;
  /** The app's base address: data files are resolved against it. */
  baseUrl: string;
  /** Ends every download at once (the reader left, the page is closing). */
  signal?: AbortSignal;
  /** A download that receives nothing for this long is ended; 20 s unless set. */
  stallTimeoutMs?: number;
  /** A file larger than this is refused; MAX_FILE_BYTES unless set. */
  maxBytes?: number;
}

/**
 * On a poor connection a transfer can stop without failing and hang for minutes. The clock
 * restarts with every chunk received, so a large file on a slow but working line still arrives.
 */
export const DEFAULT_STALL_TIMEOUT_MS = 20_000;

/** What went wrong with a download: no connection, an error from the server, a stall, a cancel, or too many bytes. */
export type DownloadFailure = 'network' | 'http' | 'timed-out' | 'cancelled' | 'too-large';

/** A download did not complete; `failure` says why. */
export class DownloadError extends Error {
  override name = 'DownloadError';
  constructor(
    message: string,
    readonly failure: DownloadFailure,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

class TooLargeError extends Error {
  override name = 'TooLargeError';
}

/** Reads a body chunk by chunk, calling `progress` after each; stops past `maxBytes`. */
async function readBody(response: Response, maxBytes: number, progress: () => void): Promise<ArrayBuffer> {
  const tooLarge = () => new TooLargeError(`more than ${maxBytes} bytes`);
  if (!response.body) {
    const whole = await response.arrayBuffer();
    if (whole.byteLength > maxBytes) throw tooLarge();
    return whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.byteLength;
    if (length > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    progress();
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Downloads `path` (relative to the base address); throws DownloadError when it cannot complete. */
export async function fetchBytes(context: DownloadContext, path: string): Promise<ArrayBuffer> {
  if (context.signal?.aborted) throw new DownloadError(`${path}: cancelled`, 'cancelled');
  const timeoutMs = context.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS;
  const maxBytes = context.maxBytes ?? MAX_FILE_BYTES;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let giveUp!: (error: DownloadError) => void;
  // Settles only when the download is abandoned; racing it guarantees an end even if a fetch
  // implementation ignores the abort signal.
  const abandoned = new Promise<never>((_, reject) => {
    giveUp = (error) => {
      controller.abort(error);
      reject(error);
    };
  });
  const restartClock = () => {
    clearTimeout(timer);
    timer = setTimeout(() => giveUp(new DownloadError(`${path}: nothing received for ${timeoutMs} ms`, 'timed-out')), timeoutMs);
  };
  const cancel = () => giveUp(new DownloadError(`${path}: cancelled`, 'cancelled'));
  context.signal?.addEventListener('abort', cancel, { once: true });

  const download = async (): Promise<ArrayBuffer> => {
    let response: Response;
    try {
      response = await context.fetch(new URL(path, context.baseUrl).href, { cache: 'no-store', signal: controller.signal });
    } catch (error) {
      throw new DownloadError(`${path}: ${describe(error)}`, 'network', { cause: error });
    }
    if (!response.ok) throw new DownloadError(`${path}: HTTP ${response.status}`, 'http');
    const declared = Number(response.headers.get('Content-Length'));
    if (declared > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      throw new DownloadError(`${path}: ${declared} bytes; at most ${maxBytes} allowed`, 'too-large');
    }
    try {
      return await readBody(response, maxBytes, restartClock);
    } catch (error) {
      if (error instanceof TooLargeError) throw new DownloadError(`${path}: ${error.message}; refused`, 'too-large');
      throw new DownloadError(`${path}: the download broke off (${describe(error)})`, 'network', { cause: error });
    }
  };

  restartClock();
  try {
    return await Promise.race([download(), abandoned]);
  } finally {
    clearTimeout(timer);
    context.signal?.removeEventListener('abort', cancel);
  }
}

/** Parses downloaded bytes as JSON; anything else is a corrupt download. */
export function parseJson(bytes: ArrayBuffer, path: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new DatasetIntegrityError(`${path}: not JSON (${describe(error)})`, { cause: error });
  }
}

/**
 * Downloads a file from `data/` and checks its SHA-256 before parsing it. `sha256` is the whole
 * hex digest, or the first BUCKET_HASH_LENGTH characters of it for a bucket.
 */
export async function fetchVerified(
  context: DownloadContext,
  file: string,
  sha256: string,
): Promise<{ value: unknown; bytes: number }> {
  const path = `data/${file}`;
  const bytes = await fetchBytes(context, path);
  if (sha256.length < BUCKET_HASH_LENGTH || !(await sha256Hex(bytes)).startsWith(sha256)) {
    throw new DatasetIntegrityError(`${path}: hash mismatch`);
  }
  return { value: parseJson(bytes, path), bytes: bytes.byteLength };
}
