import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CORPUS, FIXTURES } from './paths';

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** The address of a fixture (`demo/article.html`) or corpus file (`corpus/<name>`). */
  url(file: string): string;
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
const CONTENT_SECURITY_POLICY = "default-src 'self' 'unsafe-inline' data: blob:";

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
function resolveFile(urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath);
  const [root, rest] = decoded.startsWith('/corpus/')
    ? [CORPUS, decoded.slice('/corpus/'.length)]
    : [FIXTURES, decoded.slice(1)];
  const file = path.resolve(root, rest);
  return file.startsWith(root + path.sep) ? file : null;
}

async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const file = resolveFile(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  const extension = file ? path.extname(file) : '';
  const type = CONTENT_TYPES[extension];
  if (!file || !type) {
    response.writeHead(404).end();
    return;
  }
  try {
    const data = await readFile(file);
    const body = extension === '.txt' ? transcriptPage(path.basename(file), data.toString()) : data;
    response.writeHead(200, {
      'content-type': type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}

/** Serves tests/fixtures at `/` and the shared corpus at `/corpus/` on 127.0.0.1, on a free port. */
export async function startStaticServer(): Promise<StaticServer> {
  const server = createServer((request, response) => void serve(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (file) => `${origin}/${file.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
