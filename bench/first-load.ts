import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The files of the first load: the entry script and every module `index.html` preloads. */
export function firstLoadFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const paths = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!.replace(/^\.?\//, ''));
  return [...new Set(paths)];
}

/**
 * The JavaScript a first visit downloads before the app can start, gzipped as a server would
 * send it. What the app imports later (the seed, storage, Yjs, Welsh, the dialogs) is not
 * counted: the first view is drawn without them.
 */
export function firstLoadJs(dist: string): { files: number; bytes: number; gzipped: number } {
  const paths = firstLoadFiles(dist);
  let bytes = 0;
  let gzipped = 0;
  for (const path of paths) {
    const code = readFileSync(join(dist, path));
    bytes += code.length;
    gzipped += gzipSync(code, { level: 9 }).length;
  }
  return { files: paths.length, bytes, gzipped };
}
