import { describe, expect, it } from 'vitest';
import { exportCsvBundle, importCsvBundle } from '../../../../src/core/io/csv/landscape-csv';
import { parseLandscape } from '../../../../src/core/io/landscape-format';
import { importWorkspace, exportWorkspace } from '../../../../src/core/io/workspace-file';
import { createWorkspace } from '../../../../src/core/workspace/workspace';
import { generateLandscape } from '../../../fixtures/generate-landscape';
import { mulberry32 } from '../../../support/mulberry32';

const INJECT = [
  '"',
  '""',
  ',',
  '\r\n',
  '\n',
  '<b>',
  ']]>',
  '&',
  '\u0000',
  '\u0007',
  '\u202e',
  '1e999',
  '-1',
  '99999999999999999999',
  'ŵ',
  ';',
  '=',
  '\\',
  '{',
  '}',
  '[',
  ']',
  'null',
];

/** One random edit of a text: cut, duplicate, swap or inject. */
function mutate(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const len = Math.floor(rnd() * 40);
  switch (Math.floor(rnd() * 5)) {
    case 0:
      return text.slice(0, at); // truncated
    case 1:
      return text.slice(0, at) + text.slice(at, at + len) + text.slice(at); // duplicated span
    case 2: {
      const b = Math.floor(rnd() * text.length);
      const [x, y] = at < b ? [at, b] : [b, at];
      return (
        text.slice(0, x) +
        text.slice(y, y + len) +
        text.slice(x + len, y) +
        text.slice(x, x + len) +
        text.slice(y + len)
      );
    }
    case 3:
      return text.slice(0, at) + INJECT[Math.floor(rnd() * INJECT.length)]! + text.slice(at);
    default:
      return text.slice(0, at) + text.slice(at + len); // a span removed
  }
}

describe('import fuzzing', () => {
  it('never throws on 10,000 malformed CSV bundles and JSON files: each imports or says why', () => {
    const rnd = mulberry32(20240601);
    const bases = [1, 2, 3].map((s) => generateLandscape(s, 12));
    const bundles = bases.map(exportCsvBundle);
    const jsons = bases.map((l) => JSON.stringify(l, null, 2));
    const workspaces = bases.map((l) =>
      exportWorkspace(
        createWorkspace({ id: 'w', name: 'W', landscape: l, now: '2024-01-01T00:00:00Z' }),
      ),
    );
    let imported = 0;
    let refused = 0;
    for (let i = 0; i < 10_000; i++) {
      const k = i % 3;
      const kind = i % 5;
      let ok: boolean;
      let problems: unknown[] = [];
      if (kind < 3) {
        const files = { ...bundles[k]! };
        const names = Object.keys(files);
        for (let m = 0; m < 1 + Math.floor(rnd() * 3); m++) {
          const name = names[Math.floor(rnd() * names.length)]!;
          files[name] = mutate(files[name]!, rnd);
        }
        const r = importCsvBundle(files);
        ok = r.ok;
        if (!r.ok) problems = r.problems;
      } else if (kind === 3) {
        const r = parseLandscape(mutate(jsons[k]!, rnd));
        ok = r.ok;
        if (!r.ok) problems = r.problems;
      } else {
        const r = importWorkspace(mutate(workspaces[k]!, rnd));
        ok = r.ok;
        if (!r.ok) problems = r.problems;
      }
      if (ok) imported++;
      else {
        refused++;
        expect(problems.length).toBeGreaterThan(0);
        for (const p of problems as { record: string; message: string }[]) {
          expect(typeof p.record).toBe('string');
          expect(p.message.length).toBeGreaterThan(0);
        }
      }
    }
    expect(imported + refused).toBe(10_000);
    expect(refused).toBeGreaterThan(1000);
  }, 30_000);
});
