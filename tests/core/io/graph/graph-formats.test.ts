import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceGeography } from '../../../../src/core/io/csv/reference-geography';
import { readGexf, writeGexf } from '../../../../src/core/io/graph/gexf';
import { readGraphml, writeGraphml } from '../../../../src/core/io/graph/graphml';
import type { GraphImport } from '../../../../src/core/io/graph/from-graph';
import { formatProblems } from '../../../../src/core/model/problems';
import type { Positions } from '../../../../src/core/workspace/types';
import { englishLandscape } from '../../../fixtures/english-bundle';
import { seedLandscape } from '../../../fixtures/seed';

const FORMATS = [
  { name: 'GEXF', write: writeGexf, read: readGexf },
  { name: 'GraphML', write: writeGraphml, read: readGraphml },
] as const;
const reference = referenceGeography(seedLandscape());
const foreign = { reference, defaults: { asAt: '2026-01-01' } };
const positions = {
  'pennine-csp': { x: 120, y: -40 },
  'lancashire-csb': { x: 0, y: 300.5 },
} as Positions;

function opened(r: GraphImport) {
  if (!r.ok) throw new Error(formatProblems(r.problems).join('\n'));
  return r;
}
function refused(r: GraphImport) {
  if (r.ok) throw new Error('expected the file to be refused');
  return formatProblems(r.problems);
}

describe.each(FORMATS)('$name', ({ write, read }) => {
  it('gives back a landscape with its own geography, and the positions, exactly', () => {
    const l = englishLandscape();
    const back = opened(read(write(l, positions, { memberships: true }), 'l'));
    expect(back.landscape).toStrictEqual(l);
    expect(back.positions).toEqual(positions);
    expect(back.warnings).toEqual([]);
  });

  it('gives back the Welsh seed, Welsh names and per-fact sources included', () => {
    const seed = seedLandscape();
    expect(opened(read(write(seed, {}, { memberships: true }), 'l')).landscape).toStrictEqual(seed);
  });

  it('writes memberships as edges only when asked', () => {
    const l = englishLandscape();
    const without = opened(read(write(l, {}), 'l')).landscape;
    expect(without.memberships).toEqual([]);
    expect(without.organisations).toStrictEqual(l.organisations);
    expect(without.relations).toStrictEqual(l.relations);
  });

  it('refuses a malformed file, naming it', () => {
    const out = refused(read('<gexf><graph><nodes>', 'broken'));
    expect(out[0]).toMatch(/^broken: not well-formed XML/);
  });

  it('refuses edges to missing nodes, naming each edge and end', () => {
    const text = write(englishLandscape(), {}).replace(
      'source="burnley-forum"',
      'source="burnley-frum"',
    );
    expect(refused(read(text, 'f'))).toEqual([
      'edge 5 (burnley-frum → pennine-csp) › source: no node has the id "burnley-frum"',
    ]);
  });

  it('refuses an unknown level or theme, saying which values are allowed', () => {
    const text = write(englishLandscape(), {})
      .replace('>sub-regional<', '>county<')
      .replace('"sub-regional"', '"county"')
      .replace('>serious-violence<', '>knife-crime<')
      .replace('"serious-violence"', '"knife-crime"');
    const out = refused(read(text, 'f')).sort();
    expect(out).toHaveLength(2);
    expect(out[1]).toMatch(
      /^node "preston-svg" › themes: "knife-crime" is not a theme; expected one of: community-safety, /,
    );
    expect(out[0]).toBe(
      'node "pennine-csp" › level: "county" is not allowed; expected one of: national, regional, sub-regional, local',
    );
  });
});

describe('a GEXF file from Gephi Lite', () => {
  const text = readFileSync(
    join(import.meta.dirname, '../../../fixtures/gexf/gephi-lite.gexf'),
    'utf8',
  );

  it('opens as boards with their positions, saying what could not be mapped', () => {
    const r = opened(readGexf(text, 'gephi-lite.gexf', foreign));
    expect(r.landscape.boards).toHaveLength(61);
    expect(r.landscape.boards.find((b) => b.id === 'mathieu-jacomy')).toMatchObject({
      name: 'Mathieu Jacomy',
      level: 'local',
      status: 'active',
      footprint: 'all',
      source: { source: 'user-entry', confidence: 'illustrative' },
    });
    expect(r.positions['mathieu-jacomy' as never]).toEqual({
      x: 36.46704864501953,
      y: 13.000205039978027,
    });
    const warnings = formatProblems(r.warnings);
    expect(warnings).toContain(
      'graph › id: 30 node ids were changed to Tirwedd ids (lowercase letters, digits, hyphens), e.g. mathieu_jacomy → mathieu-jacomy, matthieu_bastian → matthieu-bastian, franck_ghitalla → franck-ghitalla',
    );
    expect(warnings).toContain('graph: 61 nodes have no level; they are set to local');
    expect(warnings.join('\n')).toMatch(/88 edges have no relation type \(one of reports-to, /);
    expect(warnings.join('\n')).toContain(
      'attributes with no place in a landscape were not kept: type, degree, rawSize, start_year, image',
    );
  });

  it('is refused without a reference geography, since it carries no areas', () => {
    expect(refused(readGexf(text, 'g.gexf'))[0]).toContain('carries no areas');
  });
});
