import { describe, expect, it } from 'vitest';
import {
  LANDSCAPE_MIGRATIONS,
  LANDSCAPE_VERSION,
  parseLandscape,
} from '../../../src/core/io/landscape-format';
import { migrate } from '../../../src/core/io/migrate';
import { miniLandscape } from '../../fixtures/mini-landscape';

describe('parseLandscape', () => {
  it('reads a current landscape file, with or without a byte-order mark', () => {
    const text = JSON.stringify(miniLandscape());
    expect(parseLandscape(text)).toMatchObject({ ok: true, value: { title: 'Mini' } });
    expect(parseLandscape(`\uFEFF${text}`).ok).toBe(true);
  });

  it('refuses text that is not JSON, saying so', () => {
    const result = parseLandscape('{"format": "tirwedd.landscape", ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it('refuses JSON that is some other kind of file', () => {
    const result = parseLandscape(JSON.stringify({ type: 'FeatureCollection' }));
    expect(result).toMatchObject({ ok: false, problems: [{ field: 'format' }] });
  });

  it('refuses a version newer than it understands rather than guessing', () => {
    const result = parseLandscape(
      JSON.stringify({ ...miniLandscape(), version: LANDSCAPE_VERSION + 1 }),
    );
    expect(result).toMatchObject({
      ok: false,
      problems: [{ field: 'version', message: expect.stringContaining('newer') }],
    });
  });
});

describe('migrate', () => {
  const steps = [
    {
      from: 1,
      describe: 'rename a field',
      up: (d: Record<string, unknown>) => ({ ...d, title: d.name, name: undefined }),
    },
    {
      from: 2,
      describe: 'add a date',
      up: (d: Record<string, unknown>) => ({ ...d, asAt: '2020' }),
    },
  ];

  it('applies each step in turn up to the target version', () => {
    const result = migrate({ version: 1, name: 'Old' }, 3, steps);
    expect(result).toEqual({
      ok: true,
      value: { version: 3, title: 'Old', name: undefined, asAt: '2020' },
    });
  });

  it('leaves a current document as it is', () => {
    expect(migrate({ version: 3, title: 'x' }, 3, steps)).toEqual({
      ok: true,
      value: { version: 3, title: 'x' },
    });
  });

  it('refuses a version with no path forward', () => {
    expect(migrate({ version: 1 }, 3, [steps[1]!])).toMatchObject({
      ok: false,
      problems: [{ message: 'no migration from version 1' }],
    });
  });

  it('has a migration for every version below the current one', () => {
    for (let v = 1; v < LANDSCAPE_VERSION; v += 1)
      expect(LANDSCAPE_MIGRATIONS.some((m) => m.from === v)).toBe(true);
  });
});
