import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a first visit downloads before the app can start: the entry script and every
 * module `index.html` preloads, gzipped as a server would send them. What the app imports later
 * (the seed, storage, Welsh, the dialogs) is not counted.
 */
export function firstLoadJs(dist: string): { files: number; bytes: number; gzipped: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const paths = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!.replace(/^\.?\//, ''));
  let bytes = 0;
  let gzipped = 0;
  for (const path of new Set(paths)) {
    const code = readFileSync(join(dist, path));
    bytes += code.length;
    gzipped += gzipSync(code, { level: 9 }).length;
  }
  return { files: new Set(paths).size, bytes, gzipped };
}
