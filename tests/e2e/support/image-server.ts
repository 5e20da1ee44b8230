import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/**
 * An image host for the e2e tests: real HTTPS on 127.0.0.1 (feeds may only name `https` images),
 * with a self-signed certificate made by openssl for this run. Chromium reaches it under a name of
 * its own (`chromiumArgs`: the name is mapped to this port and this certificate's key trusted), so
 * the image is on another site than the extension and the feed, as a real organizer's CDN is.
 * Every request is kept with its headers: what the host learns is what these record.
 */
export interface ImageRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface ImagePath {
  /** Sends `Access-Control-Allow-Origin: *` (a CDN that allows anonymous reads). */
  cors: boolean;
  /** Default `public, max-age=3600`. */
  cacheControl?: string;
  /** Set-Cookie headers: a visit to this path gives the browser cookies for the host. */
  setCookie?: string[];
}

export class ImageServer {
  readonly requests: ImageRequest[] = [];
  private readonly paths = new Map<string, ImagePath>();
  private server: Server | undefined;
  private certDir: string | undefined;
  private spki = '';

  constructor(readonly hostname = 'images.ownvoice-test.example') {}

  get port(): number {
    return (this.server?.address() as AddressInfo).port;
  }

  /** The address a feed names; Chromium resolves the name to this server. */
  url(pathname: string): string {
    return `https://${this.hostname}${pathname}`;
  }

  /**
   * The same file at https://localhost:<port>, for Firefox, which has no host-resolver rules (its
   * e2e profile proxies every other host away) and is told to accept the certificate instead.
   */
  localhostUrl(pathname: string): string {
    return `https://localhost:${this.port}${pathname}`;
  }

  /** Flags for `launchExtension`: the name goes to 127.0.0.1:<port>, this certificate's key is trusted. */
  chromiumArgs(): string[] {
    return [
      `--host-resolver-rules=MAP ${this.hostname} 127.0.0.1:${this.port}`,
      `--ignore-certificate-errors-spki-list=${this.spki}`,
    ];
  }

  serve(pathname: string, behaviour: ImagePath): void {
    this.paths.set(pathname, behaviour);
  }

  requestsFor(pathname: string): ImageRequest[] {
    return this.requests.filter((r) => r.path === pathname);
  }

  async start(): Promise<this> {
    this.certDir = mkdtempSync(path.join(os.tmpdir(), 'ownvoice-img-cert-'));
    const key = path.join(this.certDir, 'key.pem');
    const cert = path.join(this.certDir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${this.hostname}`,
        '-addext',
        `subjectAltName=DNS:${this.hostname},DNS:localhost`,
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    // Chromium keeps no response in its HTTP cache when the certificate had an error, so a plain
    // --ignore-certificate-errors would hide caching; trusting this one key makes it valid instead.
    const der = execFileSync('openssl', ['x509', '-in', cert, '-pubkey', '-noout']);
    const pubDer = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'der'], { input: der });
    this.spki = createHash('sha256').update(pubDer).digest('base64');
    const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
      const pathname = new URL(req.url ?? '/', 'https://x').pathname;
      this.requests.push({ path: pathname, headers: req.headers });
      const behaviour = this.paths.get(pathname);
      if (!behaviour) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'image/png',
        'Cache-Control': behaviour.cacheControl ?? 'public, max-age=3600',
        ...(behaviour.cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
        ...(behaviour.setCookie ? { 'Set-Cookie': behaviour.setCookie } : {}),
      });
      res.end(PNG);
    });
    server.keepAliveTimeout = 1;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    if (this.certDir) rmSync(this.certDir, { recursive: true, force: true });
  }
}

/** A 320×120 PNG in two colours, so a screenshot shows where the image is and that it loaded. */
const PNG = makePng(320, 120);

function makePng(width: number, height: number): Buffer {
  const row = (y: number) => {
    const line = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const band = (x + y) % 80 < 40;
      line.set(band ? [37, 99, 235] : [147, 197, 253], 1 + x * 3);
    }
    return line;
  };
  const raw = Buffer.concat(Array.from({ length: height }, (_, y) => row(y)));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
