import { appendTo } from '../collections';
import {
  byScore,
  findDuplications,
  pairKey,
  SIGNALS,
  type Duplication,
} from '../analysis/duplication';
import {
  byRegionalThenLocal,
  findLocalDuplicates,
  type LocalDuplicate,
} from '../analysis/local-duplicates';
import { meets } from '../analysis/meeting-pattern';
import { boardFits, footprintBreaks } from '../geography/footprint-fit';
import { hasSystem } from '../geography/region-systems';
import type { BoardId, Landscape } from '../model/types';
import { THEMES, type Theme } from '../model/vocabulary';
import { reconcile, setChange, type SetChange } from './set-change';
import { sideLoad, type RegionFigures, type SideLoad } from './side-load';

export interface SideOptions {
  /** The region system for `region` and for per-region figures. */
  system: string;
  /** Systems whose boundaries count as footprint breaks. */
  breakSystems: readonly string[];
  /** Restrict per-organisation and region figures to boards wholly inside this region. */
  region?: string;
}

export interface SideMetrics {
  /** Boards that meet (active or shadow), by level. */
  boardsByLevel: SideLoad['boardsByLevel'];
  meetingBoards: number;
  seats: number;
  seatHours: number;
  /** True when some figure rests on the default meeting pattern. */
  estimated: boolean;
  /** Seats and seat-hours on boards inside `region` only, when a region is asked for. */
  region?: RegionFigures;
  /** Pair keys (`a|b`) of the duplications found with the analysis defaults. */
  duplications: string[];
  /** `local|regional` keys of duplicative local structures. */
  localDuplicates: string[];
  /** `board|system` keys of footprint breaks. */
  footprintBreaks: string[];
  /** Themes some meeting board holds. */
  themes: Theme[];
}

/** One side of a comparison: its metrics, and the findings behind them. */
export interface Side {
  metrics: SideMetrics;
  byOrganisation: SideLoad['byOrganisation'];
  pairs: Duplication[];
  local: LocalDuplicate[];
  /** Footprint-break keys per board that has any. */
  breaks: Map<BoardId, string[]>;
}

/** A baseline's side, indexed to find the findings about a board. */
export interface BaselineSide extends Side {
  /** Positions in `pairs` of the pairs with each board. */
  pairsOf: Map<BoardId, number[]>;
  /** Positions in `local` of the local duplicates with each board. */
  localOf: Map<BoardId, number[]>;
}

function positionsByBoard<T>(entries: readonly T[], boards: (entry: T) => BoardId[]) {
  const out = new Map<BoardId, number[]>();
  entries.forEach((entry, i) => {
    for (const board of boards(entry)) appendTo(out, board, i);
  });
  return out;
}

/** Marks the positions of the findings about any of `boards`. */
function marks(
  size: number,
  positions: Map<BoardId, number[]>,
  boards: ReadonlySet<BoardId>,
): Uint8Array {
  const out = new Uint8Array(size);
  for (const board of boards) for (const i of positions.get(board) ?? []) out[i] = 1;
  return out;
}

/** A side to compare scenarios with: measured in full, and indexed. */
export function measureBaselineSide(landscape: Landscape, options: SideOptions): BaselineSide {
  const side = measureSide(landscape, options);
  return {
    ...side,
    pairsOf: positionsByBoard(side.pairs, (d) => [d.a, d.b]),
    localOf: positionsByBoard(side.local, (d) => [d.local, d.regional]),
  };
}

/** Changes between a baseline side and a scenario side. */
export interface SideChanges {
  duplications: SetChange;
  localDuplicates: SetChange;
  footprintBreaks: SetChange;
}

const DUPLICATION_DEFAULTS = { minScore: 0.5, signals: SIGNALS, ignore: [] } as const;
const LOCAL_DEFAULTS = { includeStatutory: false } as const;
const localKey = (d: LocalDuplicate) => `${d.local}|${d.regional}`;
const duplicationKey = (d: Duplication) => pairKey(d.a, d.b);

function breaksByBoard(landscape: Landscape, options: SideOptions): Map<BoardId, string[]> {
  const systems = options.breakSystems.filter((s) => hasSystem(landscape, s));
  const out = new Map<BoardId, string[]>();
  for (const b of footprintBreaks(boardFits(landscape, systems))) {
    appendTo(out, b.board, `${b.board}|${b.system}`);
  }
  return out;
}

interface Findings extends Pick<Side, 'pairs' | 'local' | 'breaks'> {
  pairKeys: string[];
  localKeys: string[];
}

function assemble(landscape: Landscape, options: SideOptions, found: Findings): Side {
  const load = sideLoad(landscape, options.system, options.region);
  const held = new Set(landscape.boards.filter(meets).flatMap((b) => b.themes));
  return {
    pairs: found.pairs,
    local: found.local,
    breaks: found.breaks,
    byOrganisation: load.byOrganisation,
    metrics: {
      boardsByLevel: load.boardsByLevel,
      meetingBoards: load.meetingBoards,
      seats: load.seats,
      seatHours: load.seatHours,
      estimated: load.estimated,
      ...(load.region ? { region: load.region } : {}),
      duplications: found.pairKeys,
      localDuplicates: found.localKeys,
      footprintBreaks: landscape.boards.flatMap((b) => found.breaks.get(b.id) ?? []),
      themes: THEMES.filter((t) => held.has(t)),
    },
  };
}

/** Every figure of one landscape, worked out in full. */
export function measureSide(landscape: Landscape, options: SideOptions): Side {
  const pairs = findDuplications(landscape, DUPLICATION_DEFAULTS).pairs;
  const local = findLocalDuplicates(landscape, LOCAL_DEFAULTS);
  return assemble(landscape, options, {
    pairs,
    pairKeys: pairs.map(duplicationKey),
    local,
    localKeys: local.map(localKey),
    breaks: breaksByBoard(landscape, options),
  });
}

/** The changes from one side to another, both worked out in full. */
export function sideChanges(before: Side, after: Side): SideChanges {
  return {
    duplications: setChange(before.metrics.duplications, after.metrics.duplications),
    localDuplicates: setChange(before.metrics.localDuplicates, after.metrics.localDuplicates),
    footprintBreaks: setChange(before.metrics.footprintBreaks, after.metrics.footprintBreaks),
  };
}

/**
 * A scenario's side, from the baseline's side and the boards the scenario touched: findings
 * between untouched boards are the baseline's, and only those involving a touched board are
 * looked for again. The result, and the changes, equal `measureSide` and `sideChanges` on the
 * scenario; a scenario changes a few boards of thousands, and the findings of a dense
 * landscape run to a hundred thousand.
 */
export function measureScenarioSide(
  base: BaselineSide,
  scenario: Landscape,
  touched: ReadonlySet<BoardId>,
  options: SideOptions,
): { side: Side; changes: SideChanges } {
  const pairs = reconcile(
    {
      entries: base.pairs,
      keys: base.metrics.duplications,
      touched: marks(base.pairs.length, base.pairsOf, touched),
    },
    findDuplications(scenario, { ...DUPLICATION_DEFAULTS, only: touched }).pairs,
    duplicationKey,
    byScore,
  );
  const local = reconcile(
    {
      entries: base.local,
      keys: base.metrics.localDuplicates,
      touched: marks(base.local.length, base.localOf, touched),
    },
    findLocalDuplicates(scenario, { ...LOCAL_DEFAULTS, only: touched }),
    localKey,
    byRegionalThenLocal,
  );
  const touchedBreaks = breaksByBoard(
    { ...scenario, boards: scenario.boards.filter((b) => touched.has(b.id)) },
    options,
  );
  const breaks = new Map(base.breaks);
  for (const id of touched) {
    const found = touchedBreaks.get(id);
    if (found) breaks.set(id, found);
    else breaks.delete(id);
  }
  const side = assemble(scenario, options, {
    pairs: pairs.after,
    pairKeys: pairs.afterKeys,
    local: local.after,
    localKeys: local.afterKeys,
    breaks,
  });
  return {
    side,
    changes: {
      duplications: pairs.change,
      localDuplicates: local.change,
      footprintBreaks: setChange(base.metrics.footprintBreaks, side.metrics.footprintBreaks),
    },
  };
}
