import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoadFiles, firstLoadJs } from '../../bench/first-load';

const DIST = 'dist';
/** A line only Yjs has: where it is, the document engine is. */
const YJS = 'Yjs was already imported';
const holdsYjs = (path: string) => readFileSync(join(DIST, path), 'utf8').includes(YJS);

describe('the first download', () => {
  it('is at most 150 KB of script, gzipped, as a server sends it', () => {
    expect(firstLoadJs(DIST).gzipped).toBeLessThanOrEqual(150 * 1024);
  });

  it('leaves the document engine for after the first view', () => {
    const assets = readdirSync(join(DIST, 'assets')).map((f) => `assets/${f}`);
    expect(assets.some(holdsYjs)).toBe(true);
    expect(firstLoadFiles(DIST).filter(holdsYjs)).toEqual([]);
  });
});
