import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTracker, type TrackerEntry } from '../../src/core/scenarios/tracker';

const ROOT = join(import.meta.dirname, '../..');
const SEED = join(ROOT, '../shared/seeds/2020-safer-communities-programme-closure-report.txt');
const hasSeed = existsSync(SEED);
if (!hasSeed)
  console.warn('Skipping the Annex E checks: the seed documents are not beside the project.');

function entries(): TrackerEntry[] {
  const result = readTracker(JSON.parse(readFileSync(join(ROOT, 'data/tracker.json'), 'utf8')));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

/** The seed as running text: whitespace collapsed, words the page layout hyphenated across lines joined. */
const seedText = () =>
  readFileSync(SEED, 'utf8')
    .replace(/\s+/g, ' ')
    .replace(/(\w)- (\w)/g, '$1-$2');

/**
 * The words of `text` that are not part of a run of at least `min` words found verbatim in `seed`.
 * Annex E is laid out in columns, so one sentence can be split across the page; runs let the
 * tracker join the parts while still holding every word to the report.
 */
function unquoted(text: string, seed: string, min = 5): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const loose: string[] = [];
  let i = 0;
  while (i < words.length) {
    let end = i;
    while (end < words.length && seed.includes(words.slice(i, end + 1).join(' '))) end++;
    if (end - i >= Math.min(min, words.length - i)) i = end;
    else loose.push(words[i++]!);
  }
  return loose;
}

describe('the rationalisation tracker', () => {
  it.skipIf(!hasSeed)('gives each region’s position and actions in Annex E’s own words', () => {
    const seed = seedText();
    for (const e of entries())
      for (const field of ['position', 'actions'] as const)
        expect(unquoted(e[field], seed), `${e.region} ${field}`).toEqual([]);
  });

  it('carries Annex E’s South Wales sentences on regional talks, Cwm Taf and the BCU changes', () => {
    const south = entries().find((e) => e.region === 'South Wales')!.position;
    expect(south).toContain(
      'There are no current discussions around partnership mapping and rationalisation at a regional level.',
    );
    expect(south).toContain('The Cwm Taf board meets back-to-back with the Area Planning Board.');
    expect(south).toContain('proposed BCU changes');
  });

  it('says where an owner is the app’s reading rather than Annex E’s', () => {
    for (const e of entries().filter((x) => x.owner !== 'TBC'))
      expect(e.source?.note ?? '', e.region).toMatch(/owner is our reading/i);
  });
});
