/**
 * The core benchmark's figures for any geography (issue 14): validating and opening a 5,000-board
 * landscape that brings 400 areas of its own, and making a tile grid for 400 areas.
 */
import { autoTiles, type Centroids } from '../../src/core/geography/auto-tiles';
import { parseLandscape } from '../../src/core/io/landscape-format';
import type { AreaCode, Landscape } from '../../src/core/model/types';
import { mulberry32 } from '../../tests/support/mulberry32';
import { measure, type Row } from './measure';

const AREAS = 400;

/** The landscape with its areas replaced by `AREAS` English-coded ones in 20 regions, footprints remapped. */
function withOwnAreas(l: Landscape): Landscape {
  const code = (i: number) => `E07${String(100000 + i).padStart(6, '0')}` as AreaCode;
  const old = new Map(l.areas.map((a, i) => [a.code, i]));
  return {
    ...l,
    regionSystems: [
      {
        id: 'zone',
        name: 'Zone',
        regions: Array.from({ length: 20 }, (_, r) => ({ name: `Zone ${r}` })),
      },
    ],
    areas: Array.from({ length: AREAS }, (_, i) => ({
      code: code(i),
      name: `Area ${i}`,
      regions: { zone: `Zone ${i % 20}` },
    })),
    boards: l.boards.map((b, n) =>
      b.footprint === 'all'
        ? b
        : {
            ...b,
            // Each old area stands for a block of new ones, shifted by board so footprints vary.
            footprint: [
              ...new Set(b.footprint.map((c) => code(((old.get(c) ?? 0) * 18 + (n % 18)) % AREAS))),
            ],
          },
    ),
  };
}

export function geography(landscape5k: Landscape): Row[] {
  const own = withOwnAreas(landscape5k);
  const text = JSON.stringify(own);
  const open = measure(() => parseLandscape(text));
  const result = open.last as ReturnType<typeof parseLandscape>;
  if (!result.ok)
    throw new Error(
      `the 400-area landscape was refused: ${JSON.stringify(result.problems.slice(0, 3))}`,
    );
  const random = mulberry32(400);
  const centroids: Centroids = new Map(
    own.areas.map((a) => [a.code, [random() * 4 - 5, 50 + random() * 4]] as const),
  );
  return [
    {
      figure: 'parseLandscape (validate and open)',
      landscape: `5k, ${AREAS} own areas`,
      timing: open,
      notes: `${own.boards.length} boards; ${(text.length / 1024 / 1024).toFixed(1)} MB of JSON`,
    },
    {
      figure: 'autoTiles (simple grid)',
      landscape: `${AREAS} areas`,
      timing: measure(() => autoTiles(own)),
    },
    {
      figure: 'autoTiles (from centroids)',
      landscape: `${AREAS} areas`,
      timing: measure(() => autoTiles(own, centroids)),
      notes: 'seeded random centroids',
    },
  ];
}
