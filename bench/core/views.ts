/**
 * The core benchmark's figures for what the views draw and look up: the map (issue 3), search
 * (issue 7) and the band layout. `bench/core.ts` prints them.
 */
import { boardCounts } from '../../src/core/geography/area-measures';
import type { AreaShape } from '../../src/core/geography/boundaries';
import { footprintAreas } from '../../src/core/geography/footprint';
import type { TileMap } from '../../src/core/geography/tiles';
import { renderMapSvg, type MapSvgOptions } from '../../src/core/io/svg/map-svg';
import { bandLayout } from '../../src/core/layout/band-layout';
import { tidyLayout } from '../../src/core/layout/tidy-layout';
import type { AreaCode } from '../../src/core/model/types';
import { createSearchIndex } from '../../src/core/search/search-index';
import { kb, measure, median, ms, percentile, table, type Row } from './measure';
import type { Case } from './sections';

const MAP_LABELS = {
  title: 'Boards covering each area',
  description: 'Local authorities of Wales, coloured by the number of boards covering each',
  values: 'Boards covering the area',
  noData: 'No boards',
  highlight: 'Footprint of the selected board',
  inHighlight: 'in the footprint',
};

/** Issue 3: drawing the map as the map view does, and redrawing it when the selection changes. */
export function maps(
  cases: readonly Case[],
  tiles: TileMap,
  shapes: ReadonlyMap<AreaCode, AreaShape> | undefined,
): Row[] {
  const rows: Row[] = [];
  const modes: ['tiles' | 'boundaries', string][] = [['tiles', 'tile map']];
  if (shapes) modes.push(['boundaries', 'boundary map']);
  for (const { label, landscape: l } of cases) {
    const base: MapSvgOptions = {
      mode: 'tiles',
      tiles,
      ...(shapes ? { shapes } : {}),
      lang: 'en',
      labels: MAP_LABELS,
      outline: 'police',
      interactive: true,
      width: 760,
      height: 640,
      idPrefix: 'view-map',
    };
    const counts = measure(() => boardCounts(l));
    rows.push({ figure: 'boardCounts (map measure)', landscape: label, timing: counts });
    const values = counts.last as Map<AreaCode, number>;
    // A different board on every run, as if the user clicked through the graph.
    const boards = l.boards.filter((b) => b.footprint !== 'all');
    const highlight = (run: number) =>
      footprintAreas(l, boards[(Math.abs(run) * 7919) % boards.length]!.footprint);
    for (const [mode, name] of modes) {
      const draw = measure(() => renderMapSvg(l, { ...base, mode, values: boardCounts(l) }));
      const recolour = measure((run) =>
        renderMapSvg(l, { ...base, mode, values, highlight: highlight(run) }),
      );
      rows.push(
        {
          figure: `${name}: draw`,
          landscape: label,
          timing: draw,
          notes: `boardCounts + renderMapSvg; ${kb(Buffer.byteLength(draw.last as string))}`,
        },
        {
          figure: `${name}: recolour on selection`,
          landscape: label,
          timing: recolour,
          notes: 'renderMapSvg, new highlight, same values',
        },
      );
    }
  }
  return rows;
}

/** Issue 7 queries: exact names, acronyms, Welsh names, typos, prefixes. */
export const QUERIES = [
  'All Wales Criminal Justice Board',
  'Dyfed-Powys Police',
  'Area Planning Board',
  'community safety',
  'SVOC',
  'APB',
  'CONTEST',
  'VAWDASV',
  'PSB',
  'IOM',
  'AWCJB',
  'Llywodraeth Cymru',
  'Heddlu Gogledd Cymru',
  'Cyngor Gwynedd',
  'Ynys Môn',
  'Dyfed-Pwys',
  'Saftey Board',
  'Contset',
  'orgnised crime',
  'Gwnet',
  'serious violence',
  'Swansea',
  'Cardiff',
  'youth justice',
  'Board 1234',
  'saf',
];

/** Issue 7: building the search index and querying it. */
export function search(cases: readonly Case[]): { rows: Row[]; latency: string } {
  const rows: Row[] = [];
  const latency: string[][] = [];
  for (const { label, landscape: l } of cases) {
    const build = measure(() => createSearchIndex(l));
    rows.push({
      figure: 'createSearchIndex',
      landscape: label,
      timing: build,
      notes: `${l.boards.length + l.organisations.length} records`,
    });
    const index = createSearchIndex(l);
    for (const q of QUERIES) index.search(q); // warm-up
    const samples: number[] = [];
    const perQuery = new Map<string, number[]>();
    for (let round = 0; round < 7; round++)
      for (const q of QUERIES) {
        const start = performance.now();
        index.search(q);
        const t = performance.now() - start;
        samples.push(t);
        perQuery.set(q, [...(perQuery.get(q) ?? []), t]);
      }
    const [slowest, slowestTimes] = [...perQuery].sort((a, b) => median(b[1]) - median(a[1]))[0]!;
    latency.push([
      label,
      String(QUERIES.length),
      String(samples.length),
      ms(median(samples)),
      ms(percentile(samples, 95)),
      ms(Math.max(...samples)),
      `"${slowest}" (${ms(median(slowestTimes))} ms)`,
    ]);
  }
  return {
    rows,
    latency: table(
      [
        'landscape',
        'queries',
        'samples',
        'median ms',
        'p95 ms',
        'max ms',
        'slowest query (median)',
      ],
      latency,
      [false, true, true, true, true, true, false],
    ),
  };
}

/**
 * The band layout the graph view and the SVG export start from, and the tidy layout that the
 * app runs in a worker (timed here as the work the worker does, with no board pinned).
 */
export function layout(cases: readonly Case[]): Row[] {
  return cases.flatMap(({ label, landscape: l }) => [
    {
      figure: 'bandLayout',
      landscape: label,
      timing: measure(() => bandLayout(l)),
      notes: `${l.boards.length} boards`,
    },
    {
      figure: 'tidyLayout (in the worker)',
      landscape: label,
      timing: measure(() => tidyLayout(l, { pinned: {} }), {
        maxRuns: l.boards.length > 1000 ? 5 : 50,
      }),
      notes: `${l.boards.length} boards, ${l.relations.length} relations`,
    },
  ]);
}
