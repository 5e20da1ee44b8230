import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { FEED_SERVER_HOST, FEED_SERVER_PORT } from './constants';

/** What the server does for one path; a test switches it between steps. */
export type FeedBehaviour =
  | {
      kind: 'json';
      body: string;
      etag?: string;
      lastModified?: string;
      contentType: string;
      headers: Record<string, string>;
    }
  | { kind: 'status'; status: number; body: string; headers: Record<string, string> }
  /** Accepts the request and never answers (until `stop()`): for timeout handling. */
  | { kind: 'hang' }
  /** Sends headers, then `chunk` every `intervalMs` until `totalMs` have passed. */
  | { kind: 'drip'; chunk: string; intervalMs: number; totalMs: number; contentType: string }
  /** Destroys the socket: before any answer, or after sending `partialBody` of a 200. */
  | { kind: 'reset'; partialBody?: string }
  /** Answers `status` with a Location header. */
  | { kind: 'redirect'; status: number; location: string };

export interface ServeJsonOptions {
  /** Default: a strong ETag from the body's hash. `null` sends none. */
  etag?: string | null;
  /** Default: when `serveJson` was called. `null` sends none. */
  lastModified?: Date | string | null;
  /** Default `application/feed+json; charset=utf-8`. */
  contentType?: string;
  /** Extra response headers (e.g. `Access-Control-Allow-Origin`). */
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** The status the server answered (0 while hanging). */
  status: number;
  at: number;
}

export interface FeedServerOptions {
  /** Default 47831, the port the e2e build is pre-subscribed to. 0 picks a free port. */
  port?: number;
  host?: string;
}

export const DEFAULT_FEED_PATH = '/feed.json';

/**
 * A tiny feed host on 127.0.0.1. Each path has a behaviour (`serveJson`, `respondWith`, `hang`);
 * unknown paths answer 404. Every request is recorded, so a test can count fetches and check
 * conditional headers.
 */
export class FeedServer {
  readonly host: string;
  private readonly requestedPort: number;
  private server: Server | undefined;
  private readonly behaviours = new Map<string, FeedBehaviour>();
  private readonly hanging = new Set<ServerResponse>();
  private readonly waiters = new Set<() => void>();
  readonly requests: RecordedRequest[] = [];

  constructor(opts: FeedServerOptions = {}) {
    this.requestedPort = opts.port ?? FEED_SERVER_PORT;
    this.host = opts.host ?? FEED_SERVER_HOST;
  }

  /** The bound port (after `start()`). */
  get port(): number {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address) throw new Error('FeedServer: not started');
    return address.port;
  }

  get origin(): string {
    return `http://${this.host}:${this.port}`;
  }

  /** `http://127.0.0.1:<port><path>`. */
  url(path = DEFAULT_FEED_PATH): string {
    return `${this.origin}${path}`;
  }

  get feedUrl(): string {
    return this.url(DEFAULT_FEED_PATH);
  }

  async start(): Promise<this> {
    if (this.server) return this;
    const server = createServer((req, res) => this.handle(req, res));
    // Keep-alive sockets would make stop() wait for Chromium's idle connections.
    server.keepAliveTimeout = 1;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.requestedPort, this.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Serves `body` (an object is JSON-encoded) with ETag/Last-Modified; matching conditional requests get 304. */
  serveJson(body: unknown, opts: ServeJsonOptions = {}, path = DEFAULT_FEED_PATH): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const etag =
      opts.etag === null
        ? undefined
        : (opts.etag ?? `"${createHash('sha1').update(text).digest('hex').slice(0, 16)}"`);
    const lastModified =
      opts.lastModified === null ? undefined : new Date(opts.lastModified ?? Date.now()).toUTCString();
    this.behaviours.set(path, {
      kind: 'json',
      body: text,
      etag,
      lastModified,
      contentType: opts.contentType ?? 'application/feed+json; charset=utf-8',
      headers: opts.headers ?? {},
    });
  }

  /** Answers every request for `path` with `status` (404, 500, …). */
  respondWith(
    status: number,
    body = '',
    path = DEFAULT_FEED_PATH,
    headers: Record<string, string> = {},
  ): void {
    this.behaviours.set(path, { kind: 'status', status, body, headers });
  }

  /** Requests for `path` get no answer until `stop()` or another behaviour is set. */
  hang(path = DEFAULT_FEED_PATH): void {
    this.behaviours.set(path, { kind: 'hang' });
  }

  /** A body that trickles in: `chunk` every `intervalMs` for `totalMs` (default 60 s). */
  drip(
    path = DEFAULT_FEED_PATH,
    opts: { chunk?: string; intervalMs?: number; totalMs?: number; contentType?: string } = {},
  ): void {
    this.behaviours.set(path, {
      kind: 'drip',
      chunk: opts.chunk ?? ' ',
      intervalMs: opts.intervalMs ?? 100,
      totalMs: opts.totalMs ?? 60_000,
      contentType: opts.contentType ?? 'application/feed+json; charset=utf-8',
    });
  }

  /** Requests for `path` get their connection reset: at once, or after part of a 200 body. */
  reset(path = DEFAULT_FEED_PATH, partialBody?: string): void {
    this.behaviours.set(path, { kind: 'reset', ...(partialBody === undefined ? {} : { partialBody }) });
  }

  /** Requests for `path` are redirected to `location` (absolute or relative). */
  redirect(location: string, path = DEFAULT_FEED_PATH, status = 302): void {
    this.behaviours.set(path, { kind: 'redirect', status, location });
  }

  /** Forgets the behaviour for `path` (it answers 404 again). */
  clear(path = DEFAULT_FEED_PATH): void {
    this.behaviours.delete(path);
  }

  /** Requests for `path` so far (all methods). */
  requestCount(path = DEFAULT_FEED_PATH): number {
    return this.requests.filter((r) => r.path === path).length;
  }

  /** How many requests for `path` were answered with `status` (e.g. 304). */
  countByStatus(status: number, path = DEFAULT_FEED_PATH): number {
    return this.requests.filter((r) => r.path === path && r.status === status).length;
  }

  resetRequests(): void {
    this.requests.length = 0;
  }

  /** Resolves once `path` has been requested at least `count` times in total. */
  async waitForRequests(count: number, path = DEFAULT_FEED_PATH, timeoutMs = 15_000): Promise<void> {
    if (this.requestCount(path) >= count) return;
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (this.requestCount(path) < count) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(`FeedServer: ${path} requested ${this.requestCount(path)} times, expected ${count}`),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  private dripTo(
    res: ServerResponse,
    record: RecordedRequest,
    drip: { chunk: string; intervalMs: number; totalMs: number; contentType: string },
  ): void {
    record.status = 200;
    dripBody(res, this.hanging, drip);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      status: 0,
      at: Date.now(),
    };
    this.requests.push(record);
    const send = (status: number, headers: Record<string, string>, body?: string) => {
      record.status = status;
      res.writeHead(status, { 'Cache-Control': 'no-cache', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    const behaviour = this.behaviours.get(path);
    if (!behaviour) {
      send(404, { 'Content-Type': 'text/plain' }, 'Not found');
    } else if (behaviour.kind === 'hang') {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
    } else if (behaviour.kind === 'drip') {
      this.dripTo(res, record, behaviour);
    } else if (behaviour.kind === 'reset') {
      if (behaviour.partialBody === undefined) {
        record.status = -1;
        req.socket.destroy();
      } else {
        record.status = 200;
        res.writeHead(200, { 'Content-Type': 'application/feed+json', 'Content-Length': '100000' });
        res.write(behaviour.partialBody, () => res.destroy());
      }
    } else if (behaviour.kind === 'redirect') {
      send(behaviour.status, { Location: behaviour.location, 'Content-Type': 'text/plain' }, 'Moved');
    } else if (behaviour.kind === 'status') {
      send(behaviour.status, { 'Content-Type': 'text/plain', ...behaviour.headers }, behaviour.body);
    } else {
      const validators: Record<string, string> = {};
      if (behaviour.etag) validators.ETag = behaviour.etag;
      if (behaviour.lastModified) validators['Last-Modified'] = behaviour.lastModified;
      if (isNotModified(req, behaviour.etag, behaviour.lastModified)) {
        send(304, { ...validators, ...behaviour.headers });
      } else {
        send(
          200,
          { 'Content-Type': behaviour.contentType, ...validators, ...behaviour.headers },
          behaviour.body,
        );
      }
    }
    for (const waiter of [...this.waiters]) waiter();
  }
}

/** Writes one chunk per interval until the time is up or the client goes away. */
function dripBody(
  res: ServerResponse,
  hanging: Set<ServerResponse>,
  drip: { chunk: string; intervalMs: number; totalMs: number; contentType: string },
): void {
  res.writeHead(200, { 'Content-Type': drip.contentType, 'Cache-Control': 'no-cache' });
  hanging.add(res);
  const started = Date.now();
  const timer = setInterval(() => {
    if (Date.now() - started >= drip.totalMs) {
      clearInterval(timer);
      res.end();
      return;
    }
    res.write(drip.chunk);
  }, drip.intervalMs);
  res.on('close', () => {
    clearInterval(timer);
    hanging.delete(res);
  });
}

/** RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since is used only without it. */
function isNotModified(
  req: IncomingMessage,
  etag: string | undefined,
  lastModified: string | undefined,
): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (!etag) return false;
    const weak = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
  }
  const ifModifiedSince = req.headers['if-modified-since'];
  if (ifModifiedSince !== undefined && lastModified) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Date.parse(lastModified) <= since;
  }
  return false;
}

/** Creates and starts a feed server (default port 47831). */
export async function startFeedServer(opts: FeedServerOptions = {}): Promise<FeedServer> {
  return new FeedServer(opts).start();
}
