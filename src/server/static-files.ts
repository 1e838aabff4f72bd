import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves the built app from `root`. A path that is not a file gets the app's page, so a link
 * into the app opens it; nothing outside `root` is ever read.
 */
export async function serveStatic(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  headers: Record<string, string>,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://app');
  let path: string;
  try {
    path = normalize(join(root, decodeURIComponent(url.pathname)));
  } catch {
    response.writeHead(400, headers).end();
    return;
  }
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) {
    response.writeHead(404, headers).end();
    return;
  }
  const file = (await isFile(path)) ? path : join(root, 'index.html');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('The app has not been built: run npm run build.');
    return;
  }
  const name = file.slice(root.length);
  response.writeHead(200, {
    ...headers,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    // The bundle's file names carry their hash; the page and the service worker must be fresh.
    'Cache-Control': name.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
