import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLandscape } from '../../src/core/io/landscape-format';
import type { Landscape, SourceRef } from '../../src/core/model/types';

const ROOT = join(import.meta.dirname, '../..');

function seed(): Landscape {
  const result = parseLandscape(readFileSync(join(ROOT, 'data/landscape.json'), 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

/** data/README.md: a note that says assumed, typical or "our reading" makes a record illustrative. */
const SAYS_NOT_SOURCED = /\b(assumed|typical|our reading)\b/i;

/** Every source reference in the landscape, with a label naming its record and field. */
function sourceRefs(l: Landscape): [label: string, ref: SourceRef][] {
  return [
    ...l.regionSystems.flatMap((s) => (s.source ? [[`region system ${s.id}`, s.source]] : [])),
    ...l.organisations.map((o) => [`organisation ${o.id}`, o.source]),
    ...l.boards.flatMap((b) => [
      [`board ${b.id}`, b.source],
      ...Object.entries(b.factSources ?? {}).map(([field, ref]) => [`board ${b.id} ${field}`, ref]),
    ]),
    ...l.memberships.map((m) => [`membership ${m.board} ${m.organisation}`, m.source]),
    ...l.relations.map((r) => [`relation ${r.from} ${r.type} ${r.to}`, r.source]),
  ] as [string, SourceRef][];
}

describe('the confidence of the seed landscape', () => {
  const landscape = seed();

  it('labels illustrative every record whose note says it is assumed, typical or our reading', () => {
    const overstated = sourceRefs(landscape)
      .filter(
        ([, ref]) => SAYS_NOT_SOURCED.test(ref.note ?? '') && ref.confidence !== 'illustrative',
      )
      .map(([label, ref]) => `${label}: ${ref.confidence} — ${ref.note}`);
    expect(overstated).toEqual([]);
  });

  it('counts none of the North Wales nine by a source, since no seed names them', () => {
    const nine = landscape.boards.filter((b) =>
      /existing nine/.test(b.factSources?.name?.quote ?? ''),
    );
    expect(nine).toHaveLength(9);
    expect(nine.filter((b) => b.factSources!.name!.confidence !== 'illustrative')).toEqual([]);
  });

  it('agrees with the membership counts by confidence that data/README.md gives', () => {
    const readme = readFileSync(join(ROOT, 'data/README.md'), 'utf8');
    const m = /By confidence: (\d+) stated, (\d+) inferred, (\d+) illustrative/.exec(readme);
    expect(m, 'README counts memberships by confidence').not.toBeNull();
    const count = (c: string) =>
      landscape.memberships.filter((x) => x.source.confidence === c).length;
    expect([count('stated'), count('inferred'), count('illustrative')]).toEqual(
      m!.slice(1, 4).map(Number),
    );
  });
});
