/**
 * A small static file server for the built app, on 127.0.0.1 and a free port, with a request log
 * and fault injection. The folder it serves can be switched while it runs (the update test moves
 * from version 1 of the build to version 2). It sends the site's security headers, from the same
 * policy as `npm start` and the build's `_headers` (scripts/security-headers.ts), unless told not
 * to (a host that sends none: the framing test). It keeps its own `no-cache` on the data files,
 * not the policy's `no-store`: Playwright loses track of a `no-store` response (no
 * `requestfinished` event, no body to read), which the update tests watch for.
 */
import { readFile, stat } from 'node:fs/promises';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SECURITY_HEADERS } from '../../../scripts/security-headers';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * - `status500`: answer 500 with a short text body.
 * - `truncate`: send the headers (with the full Content-Length) and half the body, then destroy
 *   the socket: the download is cut off half way.
 * - `corrupt`: send a body of the same length with different bytes (`corrupt` below, or by default
 *   one letter in the middle changed).
 */
export type FaultKind = 'status500' | 'truncate' | 'corrupt';

export interface Fault {
  kind: FaultKind;
  /** Path pattern, matched against the path without query (e.g. `/data/b/abc.json`). */
  path: RegExp | string;
  /** For `corrupt`: turns the real body into the bytes to send. Must keep the length. */
  corrupt?: (body: Buffer) => Buffer;
}

export interface LoggedRequest {
  method: string;
  /** Path and query as requested. */
  url: string;
  /** Path without query, decoded. */
  pathname: string;
  headers: IncomingHttpHeaders;
  status: number;
  /** The fault applied to this request, if any. */
  fault?: FaultKind;
  /** Which folder served it (see `setRoot`). */
  root: string;
  at: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Absolute URL of a path on this server (`url('/')`, `url('/data/index.json')`). */
  url(pathname?: string): string;
  /** Every request so far, in arrival order. */
  readonly log: LoggedRequest[];
  /** Requests whose path matches. */
  requests(pathname: RegExp | string): LoggedRequest[];
  /** Serves another folder from now on. */
  setRoot(dir: string): void;
  readonly root: string;
  /** Adds a fault; returns a function that removes it. */
  addFault(fault: Fault): () => void;
  clearFaults(): void;
  /** Stops listening and drops every open connection. */
  close(): Promise<void>;
}

/** Changes one ASCII letter near the middle to another letter: same length, still text. */
export function changeOneLetter(body: Buffer): Buffer {
  const copy = Buffer.from(body);
  for (let i = Math.floor(copy.length / 2); i < copy.length; i++) {
    const byte = copy[i]!;
    const isLetter = (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
    if (isLetter) {
      copy[i] = byte === 0x78 ? 0x79 : 0x78; // 'x', or 'y' when it already is an 'x'
      return copy;
    }
  }
  copy[Math.floor(copy.length / 2)] ^= 0xff;
  return copy;
}

function matches(pattern: RegExp | string, pathname: string): boolean {
  return typeof pattern === 'string' ? pattern === pathname : pattern.test(pathname);
}

/** The file for a request path inside `root`, or null when it escapes it. */
function resolveInside(root: string, pathname: string): string | null {
  const file = path.resolve(root, `.${pathname}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export interface StaticServerOptions {
  /** Send the site's security headers (default true); false serves like a host that sends none. */
  securityHeaders?: boolean;
}

export async function startStaticServer(
  rootDir: string,
  { securityHeaders = true }: StaticServerOptions = {},
): Promise<StaticServer> {
  let root = path.resolve(rootDir);
  const log: LoggedRequest[] = [];
  const faults = new Set<Fault>();

  const server = http.createServer(async (req, res) => {
    const url = req.url ?? '/';
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(url, 'http://127.0.0.1').pathname);
    } catch {
      pathname = '/';
    }
    const entry: LoggedRequest = {
      method: req.method ?? 'GET',
      url,
      pathname,
      headers: req.headers,
      status: 0,
      root,
      at: Date.now(),
    };
    log.push(entry);
    // The policy's headers, set before any answer (the answers add their own).
    if (securityHeaders) for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);

    const send = (status: number, body: Buffer | string, type = 'text/plain; charset=utf-8') => {
      entry.status = status;
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');

    let file = resolveInside(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (file === null) return send(404, 'Not found');
    if (!(await isFile(file))) {
      // Unknown paths without an extension are app routes: serve the shell.
      if (path.extname(pathname) !== '') return send(404, 'Not found');
      file = path.join(root, 'index.html');
    }

    const fault = [...faults].find((candidate) => matches(candidate.path, pathname));
    if (fault?.kind === 'status500') {
      entry.fault = fault.kind;
      return send(500, 'Internal Server Error');
    }

    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return send(404, 'Not found');
    }
    const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

    if (fault?.kind === 'corrupt') {
      entry.fault = fault.kind;
      const corrupted = (fault.corrupt ?? changeOneLetter)(body);
      if (corrupted.length !== body.length) throw new Error('a corrupt fault must keep the length');
      return send(200, corrupted, type);
    }
    if (fault?.kind === 'truncate') {
      entry.fault = fault.kind;
      entry.status = 200;
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
      return;
    }
    send(200, body, type);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | undefined;

  return {
    origin,
    url: (pathname = '/') => new URL(pathname, origin).href,
    log,
    requests: (pattern) => log.filter((request) => matches(pattern, request.pathname)),
    setRoot(dir) {
      root = path.resolve(dir);
    },
    get root() {
      return root;
    },
    addFault(fault) {
      faults.add(fault);
      return () => faults.delete(fault);
    },
    clearFaults() {
      faults.clear();
    },
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
