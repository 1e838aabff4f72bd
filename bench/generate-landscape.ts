import { mulberry32 } from '../tests/support/mulberry32';
/**
 * A seeded generator of synthetic landscapes for the benchmark. The same options always give the
 * same landscape: randomness comes from mulberry32 (a 32-bit integer PRNG with a full 2^32
 * period), never from a float LCG, which can cycle early and silently shrink a generated graph.
 *
 * The landscape reuses the seed's real region systems and areas, so footprints, region colours
 * and the band layout behave exactly as they do for real data.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seed from '../data/landscape.json';
import type {
  Area,
  AreaCode,
  Board,
  BoardId,
  Footprint,
  Landscape,
  Membership,
  Organisation,
  OrganisationId,
  Relation,
  RegionSystem,
  SourceDocument,
  SourceId,
  SourceRef,
} from '../src/core/model/types';
import { validateLandscape } from '../src/core/model/validate';
import {
  SECTORS,
  THEMES,
  type Level,
  type RelationType,
  type Role,
  type Status,
  type Theme,
} from '../src/core/model/vocabulary';

export interface GenerateOptions {
  /** Number of boards. 0 gives an empty canvas with the seed's areas and region systems. */
  boards: number;
  /** Number of organisations; defaults to max(40, boards / 5), or 0 when there are no boards. */
  organisations?: number;
  /** Average memberships per board (each board gets this ± 2, never more than there are organisations). */
  membershipsPerBoard?: number;
  seed: number;
}

const SOURCE_ID = 'generated' as SourceId;
const REF: SourceRef = { source: SOURCE_ID, confidence: 'illustrative' };

/** Roughly 5 % national, 25 % regional, 10 % sub-regional, 60 % local. */
const LEVEL_WEIGHTS: ReadonlyArray<readonly [Level, number]> = [
  ['national', 0.05],
  ['regional', 0.25],
  ['sub-regional', 0.1],
  ['local', 0.6],
];
const LEVEL_RANK: Record<Level, number> = {
  national: 0,
  regional: 1,
  'sub-regional': 2,
  local: 3,
};
const STATUS_WEIGHTS: ReadonlyArray<readonly [Status, number]> = [
  ['active', 0.9],
  ['shadow', 0.03],
  ['proposed', 0.03],
  ['merged', 0.02],
  ['retired', 0.02],
];
const RELATION_WEIGHTS: ReadonlyArray<readonly [RelationType, number]> = [
  ['reports-to', 0.5],
  ['sub-group-of', 0.25],
  ['back-to-back', 0.1],
  ['commissions', 0.09],
  ['merged-into', 0.03],
  ['replaced-by', 0.03],
];
const KINDS = ['Board', 'Partnership', 'Group', 'Forum', 'Panel', 'Executive'] as const;

/**
 * The seed's region systems and areas, the geography every generated landscape shares, with the
 * seed sources the region systems cite (so they keep their real provenance and stay valid).
 */
export function seedGeography(): {
  regionSystems: RegionSystem[];
  areas: Area[];
  sources: SourceDocument[];
} {
  const regionSystems = structuredClone(seed.regionSystems) as unknown as RegionSystem[];
  const cited = new Set(regionSystems.map((s) => s.source?.source).filter(Boolean));
  return {
    regionSystems,
    areas: structuredClone(seed.areas) as unknown as Area[],
    sources: (structuredClone(seed.sources) as unknown as SourceDocument[]).filter((s) =>
      cited.has(s.id),
    ),
  };
}

/** Generates a valid landscape; throws if the real validator finds any problem with it. */
export function generateLandscape(options: GenerateOptions): Landscape {
  const boardCount = Math.max(0, Math.floor(options.boards));
  const orgCount = Math.max(
    0,
    Math.floor(options.organisations ?? (boardCount === 0 ? 0 : Math.max(40, boardCount / 5))),
  );
  const perBoard = Math.max(0, options.membershipsPerBoard ?? 10);
  const random = mulberry32(options.seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(items: ReadonlyArray<readonly [T, number]>): T => {
    let r = random() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  /** k distinct items, in a random order (partial Fisher–Yates on a copy). */
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const copy = [...items];
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(random() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  };

  const { regionSystems, areas, sources } = seedGeography();
  const areaName = new Map(areas.map((a) => [a.code, a.name]));
  /** Areas of each region of each system, in the landscape's area order. */
  const regionAreas = new Map<string, { system: string; region: string; codes: AreaCode[] }>();
  for (const system of regionSystems)
    for (const region of system.regions)
      regionAreas.set(`${system.id}:${region.name}`, {
        system: system.id,
        region: region.name,
        codes: areas.filter((a) => a.regions[system.id] === region.name).map((a) => a.code),
      });
  const regions = [...regionAreas.values()].filter((r) => r.codes.length > 0);
  const policeRegions = regions.filter((r) => r.system === 'police' && r.codes.length >= 2);

  const organisations: Organisation[] = [];
  for (let i = 0; i < orgCount; i++) {
    const sector = pick(SECTORS);
    organisations.push({
      id: `org-${String(i + 1).padStart(5, '0')}` as OrganisationId,
      name: `Organisation ${i + 1} (${sector.replace(/-/g, ' ')})`,
      sector,
      devolved:
        sector === 'devolved-government' || (sector !== 'central-government' && random() < 0.5),
      source: REF,
    });
  }

  const boards: Board[] = [];
  for (let i = 0; i < boardCount; i++) {
    const level = weighted(LEVEL_WEIGHTS);
    let footprint: Footprint;
    let place: string;
    if (level === 'national') {
      footprint = 'all';
      place = 'All Wales';
    } else if (level === 'regional') {
      const r = pick(regions);
      footprint = [...r.codes];
      place = r.region;
    } else if (level === 'sub-regional') {
      const r = pick(policeRegions);
      const size = int(2, Math.max(2, r.codes.length - 1));
      const chosen = new Set(sample(r.codes, size));
      footprint = r.codes.filter((c) => chosen.has(c));
      place = `${r.region} (${footprint.length} areas)`;
    } else {
      const code = pick(areas).code;
      footprint = [code];
      place = areaName.get(code)!;
    }
    const themes = sample(THEMES, int(1, 3)) as Theme[];
    const kind = pick(KINDS);
    const board: Board = {
      id: `b-${String(i + 1).padStart(5, '0')}` as BoardId,
      name: `${place} ${themes[0]!.replace(/-/g, ' ')} ${kind} ${i + 1}`,
      level,
      footprint,
      themes,
      status: weighted(STATUS_WEIGHTS),
      source: REF,
    };
    if (random() < 0.4) board.acronym = `G${i + 1}`;
    if (level === 'national' && random() < 0.2) board.extent = 'england-and-wales';
    if (random() < 0.7) {
      board.meetingsPerYear = pick([2, 4, 6, 12]);
      board.hoursPerMeeting = pick([1, 1.5, 2, 3]);
    }
    boards.push(board);
  }

  const memberships: Membership[] = [];
  if (orgCount > 0)
    for (const board of boards) {
      const k = Math.min(orgCount, Math.max(1, perBoard + int(-2, 2)));
      const chosen = new Set<number>();
      while (chosen.size < k) chosen.add(Math.floor(random() * orgCount));
      let n = 0;
      for (const index of chosen) {
        const role: Role =
          n === 0
            ? 'chair'
            : n === 1 && random() < 0.3
              ? 'secretariat'
              : random() < 0.85
                ? 'member'
                : 'invited';
        memberships.push({
          board: board.id,
          organisation: organisations[index]!.id,
          role,
          seats: random() < 0.8 ? 1 : int(2, 3),
          source: REF,
        });
        n++;
      }
    }

  // About one relation per board, mostly pointing at a board of a higher level ("reports to").
  const relations: Relation[] = [];
  if (boardCount >= 2) {
    const byLevel = new Map<Level, Board[]>();
    for (const b of boards) {
      const list = byLevel.get(b.level);
      if (list) list.push(b);
      else byLevel.set(b.level, [b]);
    }
    const seen = new Set<string>();
    let attempts = 0;
    while (relations.length < boardCount && attempts < boardCount * 5) {
      attempts++;
      const from = boards[Math.floor(random() * boardCount)]!;
      const type = weighted(RELATION_WEIGHTS);
      const higher = [...byLevel.entries()].filter(([l]) => LEVEL_RANK[l] < LEVEL_RANK[from.level]);
      const pool =
        (type === 'reports-to' || type === 'sub-group-of') && higher.length > 0
          ? pick(higher)[1]
          : boards;
      const to = pick(pool);
      const key = `${from.id} ${type} ${to.id}`;
      if (to.id === from.id || seen.has(key)) continue;
      seen.add(key);
      relations.push({ from: from.id, to: to.id, type, source: REF });
    }
  }

  const landscape: Landscape = {
    format: 'tirwedd.landscape',
    version: 1,
    title: `Generated landscape (${boardCount} boards, seed ${options.seed})`,
    asAt: '2020-01-31',
    sources: [
      ...sources,
      { id: SOURCE_ID, kind: 'public-record', title: 'Generated for benchmarking' },
    ],
    regionSystems,
    areas,
    organisations,
    boards,
    memberships,
    relations,
  };
  const checked = validateLandscape(landscape);
  if (!checked.ok) {
    const first = checked.problems
      .slice(0, 5)
      .map((p) => `${p.record} ${p.field}: ${p.message}`)
      .join('\n');
    throw new Error(
      `generated landscape is invalid (${checked.problems.length} problems):\n${first}`,
    );
  }
  return landscape;
}

/** Writes a landscape to `<fresh temp dir>/<name>.json` and returns the file's path. */
export function writeLandscapeFile(landscape: Landscape, name = 'landscape'): string {
  const dir = mkdtempSync(join(tmpdir(), 'tirwedd-bench-'));
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(landscape));
  return file;
}
