/**
 * The core benchmark: `npm run bench:core` (and the first half of `npm run bench`).
 *
 * Times the pure core in Node, with the real modules under `src/core/`, on the seed and on
 * seeded generated landscapes: the analyses run on every edit (issue 4), a 50-operation
 * scenario applied and compared (issue 5), SVG and CSV export and a 100,000-row CSV import
 * (issue 6), the map drawn and recoloured (issue 3), search (issue 7) and the band layout.
 * Each figure is the median of at least 5 runs after a warm-up (quick ones run for ~300 ms).
 * Prints Markdown tables and exits 0; exits 1 if a generated input is refused (a bug, not a
 * slow result). Figures belong here, never in test assertions (see PERFORMANCE.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readBoundaries } from '../src/core/geography/boundaries';
import { parseTiles } from '../src/core/geography/tiles';
import { parseLandscape } from '../src/core/io/landscape-format';
import type { Landscape } from '../src/core/model/types';
import { readBuiltInScenarios } from '../src/core/scenarios/builtin';
import { measure, otherLoad, timingTable, verdict, type Row } from './core/measure';
import { benchScenario } from './core/scenario-ops';
import { geography } from './core/geography';
import * as figures from './core/sections';
import * as views from './core/views';
import { generateLandscape } from './generate-landscape';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BOUNDARIES = join(ROOT, '..', 'shared', 'geo', 'wales-lad-2013.topojson');
const started = performance.now();

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

function commit(): string {
  try {
    const changed = git('status', '--porcelain').split('\n').filter(Boolean).length;
    return `${git('rev-parse', '--short', 'HEAD')} (${changed ? `dirty: ${changed} changed files` : 'clean'})`;
  } catch {
    return 'unknown (git unavailable)';
  }
}

function fail(message: string): never {
  console.error(`\nbench/core: ${message}`);
  process.exit(1);
}

function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; problems: unknown[] },
  what: string,
): T {
  if (!result.ok) fail(`${what} was refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.value;
}

/** Keeps exactly `n` memberships, dropping from the end of each board's list, one per board per pass. */
function trimMemberships(landscape: Landscape, n: number): Landscape {
  const count = new Map<string, number>();
  for (const m of landscape.memberships) count.set(m.board, (count.get(m.board) ?? 0) + 1);
  let excess = landscape.memberships.length - n;
  if (excess < 0) fail(`generated only ${landscape.memberships.length} memberships, wanted ${n}`);
  while (excess > 0)
    for (const [board, k] of count)
      if (excess > 0 && k > 1) {
        count.set(board, k - 1);
        excess--;
      }
  const seen = new Map<string, number>();
  const memberships = landscape.memberships.filter((m) => {
    const i = seen.get(m.board) ?? 0;
    seen.set(m.board, i + 1);
    return i < count.get(m.board)!;
  });
  return { ...landscape, memberships };
}

function section(title: string, body: string) {
  console.log(`\n== ${title} ==\n\n${body}`);
}

console.log('Tirwedd core benchmark: the pure core in Node (no browser, no DOM)');
console.log(
  `Machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GB; Node ${process.version}; load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`Commit: ${commit()}`);
const busy = (share: number) =>
  `${Math.round(share * 100)} % of ${os.availableParallelism()} cores${share > 0.15 ? ' (a busy machine: figures read slower and spread wider than on an idle one)' : ''}`;
console.log(`CPU used by other processes over 1 s just before the run: ${busy(otherLoad())}`);
console.log(
  'Each figure: median of ≥ 5 runs after one warm-up run (quick figures run for ~300 ms); min and max of the timed runs beside it.',
);

// ---- Inputs (untimed) ----
const seed = unwrap(
  parseLandscape(readFileSync(join(ROOT, 'data/landscape.json'), 'utf8')),
  'data/landscape.json',
);
const scenarios = unwrap(
  readBuiltInScenarios(JSON.parse(readFileSync(join(ROOT, 'data/scenarios.json'), 'utf8')), seed),
  'data/scenarios.json',
);
const tiles = unwrap(
  parseTiles(readFileSync(join(ROOT, 'data/tiles.json'), 'utf8'), seed),
  'data/tiles.json',
);
const t0 = performance.now();
const g1k = generateLandscape({ boards: 1000, membershipsPerBoard: 50, seed: 1000 });
const g5k = generateLandscape({ boards: 5000, membershipsPerBoard: 10, seed: 5000 });
const g10k = trimMemberships(
  generateLandscape({ boards: 10_000, membershipsPerBoard: 11, seed: 10_000 }),
  100_000,
);
const generatedMs = performance.now() - t0;
const describe = (l: Landscape) =>
  `${l.boards.length} boards, ${l.organisations.length} organisations, ${l.memberships.length} memberships, ${l.relations.length} relations`;
console.log(
  `Landscapes: seed = data/landscape.json (${describe(seed)}); 1k = generateLandscape seed 1000 (${describe(g1k)}); 5k = seed 5000 (${describe(g5k)}, the browser benchmark's 5,000-board case); 10k = seed 10000, memberships trimmed to 100,000 (${describe(g10k)}). Generated and validated in ${(generatedMs / 1000).toFixed(1)} s (not timed below).`,
);

const seedCase = { label: 'seed', landscape: seed };
const case1k = { label: '1k', landscape: g1k };
const case5k = { label: '5k', landscape: g5k };
const allAims: Row[] = [];
const keep = (rows: Row[]) => {
  allAims.push(...rows.filter((r) => r.aim));
  return rows;
};

// ---- 1. Analyses ----
section(
  '1. Analyses on every edit (issue 4): findDuplications, findLocalDuplicates, meetingLoad, default parameters',
  timingTable(keep(figures.analyses([seedCase, case1k, case5k], { seed: 10, '5k': 200 }))),
);

// ---- 2. Scenarios ----
const ops = benchScenario(g5k, 50);
const kinds = new Map<string, number>();
for (const op of ops) kinds.set(op.kind, (kinds.get(op.kind) ?? 0) + 1);
section(
  '2. Scenarios (issue 5): applyScenario + compareLandscapes',
  `${timingTable(
    keep([
      ...figures.scenario('5k', g5k, 'bench 50 operations', ops, 300),
      ...figures.builtInScenarios(seed, scenarios),
    ]),
  )}\n\nThe 50 operations on 5k: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}; boards drawn without replacement from the boards that meet (seeded), so every operation applies.`,
);

// ---- 3. Export and import ----
section(
  '3. Export and import (issue 6): graph SVG, CSV bundle, CSV import of 100,000 membership rows',
  timingTable([...figures.exports([seedCase, case5k]), ...figures.csvImport('10k', g10k)]),
);

// ---- 4. Map ----
let shapes: ReturnType<typeof readBoundaries> | undefined;
let boundaryRows: Row[] = [];
let boundaryNote: string;
if (existsSync(BOUNDARIES)) {
  const text = readFileSync(BOUNDARIES, 'utf8');
  const read = measure(() => readBoundaries(text, seed));
  shapes = read.last as ReturnType<typeof readBoundaries>;
  if (!shapes.ok) fail(`${BOUNDARIES} was refused: ${JSON.stringify(shapes.problems.slice(0, 3))}`);
  boundaryRows = [
    {
      figure: 'readBoundaries (on loading the file)',
      landscape: 'any',
      timing: read,
      notes: `${shapes.value.shapes.size} shapes from ${(text.length / 1024).toFixed(0)} KB of TopoJSON`,
    },
  ];
  boundaryNote = `Real boundaries: ${relative(ROOT, BOUNDARIES)}, read in place.`;
} else {
  boundaryNote = `Boundary map skipped: ${relative(ROOT, BOUNDARIES)} is not there (the shared folder is absent on this machine; it is never copied into the project).`;
}
section(
  '4. Map (issue 3): renderMapSvg as the map view calls it (760×640, police outline, interactive), coloured by boardCounts',
  `${timingTable([
    ...boundaryRows,
    ...views.maps([seedCase, case5k], tiles, shapes?.ok ? shapes.value.shapes : undefined),
  ])}\n\n${boundaryNote} "Recolour on selection" redraws with another board's footprint highlighted (a different board each run) and the measure unchanged, as the map view does when the selection changes.`,
);

// ---- 4b. Any geography ----
section(
  '4b. Any geography (issue 14): a 5,000-board landscape with 400 areas of its own; tile grids for 400 areas',
  timingTable(geography(g5k)),
);

// ---- 5. Search ----
const search = views.search([seedCase, case5k]);
section(
  '5. Search (issue 7): createSearchIndex and queries',
  `${timingTable(search.rows)}\n\nQuery latency, each of ${views.QUERIES.length} queries (exact names, acronyms, Welsh names, typos, prefixes) timed 7 times after a warm-up:\n\n${search.latency}\n\nQueries: ${views.QUERIES.map((q) => `"${q}"`).join(', ')}.`,
);

// ---- 6. Layout ----
section(
  '6. Layout: bandLayout and tidyLayout (issue 7)',
  timingTable(views.layout([seedCase, case5k])),
);

// ---- Aims ----
console.log('\n== Aims ==\n');
for (const r of allAims)
  console.log(
    `- ${r.figure}, ${r.landscape}: median ${r.timing.median.toFixed(1)} ms; ${verdict(r.timing.median, r.aim)}`,
  );
console.log(`\nCPU used by other processes over 1 s just after the run: ${busy(otherLoad())}`);
console.log(`Total run time ${((performance.now() - started) / 1000).toFixed(1)} s.`);
