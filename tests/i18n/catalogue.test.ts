import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/catalogue';
import { CATALOGUES } from '../../src/i18n/catalogues';
import {
  LEVELS,
  RELATION_TYPES,
  ROLES,
  STATUSES,
  THEMES,
  CONFIDENCES,
} from '../../src/core/model/vocabulary';

/** Parameter names a template uses: `{name}`, `{name|joiner}` or `{name, plural, …}` (not its branch texts). */
const placeholders = (s: string) =>
  [
    ...new Set(
      [...s.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)(?=[}|,])/g)].map(
        (m) => m[1],
      ),
    ),
  ].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? sourceFiles(path)
      : /\.(svelte|ts)$/.test(name)
        ? [path]
        : [];
  });
}

describe('message catalogues', () => {
  it('have the same keys in English and Welsh, none empty', () => {
    expect(Object.keys(CATALOGUES.cy).sort()).toEqual(Object.keys(CATALOGUES.en).sort());
    for (const lang of ['en', 'cy'] as const)
      for (const [key, value] of Object.entries(CATALOGUES[lang]))
        expect(value.trim(), `${lang} ${key}`).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of Object.entries(CATALOGUES.en))
      expect(placeholders(CATALOGUES.cy[key as keyof typeof CATALOGUES.cy]), key).toEqual(
        placeholders(value),
      );
  });

  it('name every value of every vocabulary', () => {
    const keys = [
      ...LEVELS.map((v) => `level.${v}`),
      ...STATUSES.map((v) => `status.${v}`),
      ...THEMES.map((v) => `theme.${v}`),
      ...ROLES.map((v) => `role.${v}`),
      ...CONFIDENCES.map((v) => `confidence.${v}`),
      ...RELATION_TYPES.flatMap((v) => [`relation.${v}`, `relation.in.${v}`, `relation.out.${v}`]),
    ];
    for (const key of keys) expect(CATALOGUES.en, key).toHaveProperty([key]);
  });

  it('contain every key the interface asks for', () => {
    const used = sourceFiles(join(import.meta.dirname, '../../src')).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(/(?:\bt\(|key: )\s*'([a-zA-Z-]+\.[a-zA-Z.-]+)'/g),
      ].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !(key in CATALOGUES.en))).toEqual([]);
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(translate(CATALOGUES.en, 'panel.members', { count: 3 })).toBe('Members (3)');
    expect(translate(CATALOGUES.cy, 'panel.members', {})).toBe('Aelodau ({count})');
  });
});
