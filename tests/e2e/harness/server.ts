import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CORPUS, FIXTURES } from './paths';

/** One request as the server saw it, with the headers that tell who made it. */
export interface ServedRequest {
  /** `http://<host>/<path>` as requested. */
  url: string;
  method: string;
  origin: string | null;
  referer: string | null;
  secFetchSite: string | null;
  secFetchDest: string | null;
}

/** The one test server: tests/fixtures at `/`, the shared corpus at `/corpus/`, on two origins. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash: the origin of the pages under test. */
  origin: string;
  /** `http://localhost:<other port>`: a second origin (and site) serving the same files. */
  crossOrigin: string;
  /** The address of a fixture (`demo/article.html`) or corpus file (`corpus/<name>`) on `origin`. */
  url(file: string): string;
  /** The same file on `crossOrigin`. */
  crossUrl(file: string): string;
  /** Every request either origin received, in arrival order. */
  readonly requests: readonly ServedRequest[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/html; charset=utf-8',
};

// Pages may load only what this server serves: tests never reach the network, even for corpus pages.
const DEFAULT_CSP =
  "default-src 'self' 'unsafe-inline' data: blob:; frame-src 'self' http://localhost:*";

/** Fixtures that need a policy of their own; the nonce lets only the page's own script run. */
export const STRICT_CSP = "default-src 'none'; script-src 'nonce-hostile-page'";
const CSP_BY_FILE: Record<string, string> = { 'hostile/strict-csp.html': STRICT_CSP };

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** A plain-text transcript as a minimal page: one paragraph per non-empty line. */
export function transcriptPage(title: string, text: string): string {
  const paragraphs = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n${paragraphs}\n</body></html>\n`;
}

/** Maps a request path to a file under one of the served roots, refusing anything outside them. */
function resolveFile(urlPath: string): { file: string; key: string } | null {
  const decoded = decodeURIComponent(urlPath);
  const [root, rest] = decoded.startsWith('/corpus/')
    ? [CORPUS, decoded.slice('/corpus/'.length)]
    : [FIXTURES, decoded.slice(1)];
  const file = path.resolve(root, rest);
  return file.startsWith(root + path.sep) ? { file, key: decoded.slice(1) } : null;
}

async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const found = resolveFile(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  const extension = found ? path.extname(found.file) : '';
  const type = CONTENT_TYPES[extension];
  if (!found || !type) {
    response.writeHead(404).end();
    return;
  }
  try {
    const data = await readFile(found.file);
    const body =
      extension === '.txt' ? transcriptPage(path.basename(found.file), data.toString()) : data;
    response.writeHead(200, {
      'content-type': type,
      'content-security-policy': CSP_BY_FILE[found.key] ?? DEFAULT_CSP,
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}

const header = (request: IncomingMessage, name: string): string | null => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
};

async function listen(
  requests: ServedRequest[],
  host: string,
): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    requests.push({
      url: `http://${request.headers.host ?? host}${request.url ?? '/'}`,
      method: request.method ?? 'GET',
      origin: header(request, 'origin'),
      referer: header(request, 'referer'),
      secFetchSite: header(request, 'sec-fetch-site'),
      secFetchDest: header(request, 'sec-fetch-dest'),
    });
    void serve(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { server, origin: `http://${host}:${(server.address() as AddressInfo).port}` };
}

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/**
 * Starts the test server on free ports of 127.0.0.1: every request is recorded, and the
 * strict-CSP fixture gets its own `Content-Security-Policy` header.
 */
export async function startStaticServer(): Promise<StaticServer> {
  const requests: ServedRequest[] = [];
  const main = await listen(requests, '127.0.0.1');
  // 'localhost' reaches the same loopback interface but is another origin and another site.
  const cross = await listen(requests, 'localhost');
  const at = (origin: string, file: string) => `${origin}/${file.replace(/^\//, '')}`;
  return {
    origin: main.origin,
    crossOrigin: cross.origin,
    url: (file) => at(main.origin, file),
    crossUrl: (file) => at(cross.origin, file),
    requests,
    close: async () => {
      await Promise.all([closeServer(main.server), closeServer(cross.server)]);
    },
  };
}
