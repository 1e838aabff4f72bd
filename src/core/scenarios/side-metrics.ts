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
import { sideLoad, type LoadFigures, type SideLoad } from './side-load';

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
  region?: LoadFigures;
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
    const key = `${b.board}|${b.system}`;
    const list = out.get(b.board);
    if (list) list.push(key);
    else out.set(b.board, [key]);
  }
  return out;
}

function assemble(
  landscape: Landscape,
  options: SideOptions,
  found: Pick<Side, 'pairs' | 'local' | 'breaks'>,
): Side {
  const load = sideLoad(landscape, options.system, options.region);
  const held = new Set(landscape.boards.filter(meets).flatMap((b) => b.themes));
  return {
    ...found,
    byOrganisation: load.byOrganisation,
    metrics: {
      boardsByLevel: load.boardsByLevel,
      meetingBoards: load.meetingBoards,
      seats: load.seats,
      seatHours: load.seatHours,
      estimated: load.estimated,
      ...(load.region ? { region: load.region } : {}),
      duplications: found.pairs.map(duplicationKey),
      localDuplicates: found.local.map(localKey),
      footprintBreaks: landscape.boards.flatMap((b) => found.breaks.get(b.id) ?? []),
      themes: THEMES.filter((t) => held.has(t)),
    },
  };
}

/** Every figure of one landscape, worked out in full. */
export function measureSide(landscape: Landscape, options: SideOptions): Side {
  return assemble(landscape, options, {
    pairs: findDuplications(landscape, DUPLICATION_DEFAULTS).pairs,
    local: findLocalDuplicates(landscape, LOCAL_DEFAULTS),
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
  base: Side,
  scenario: Landscape,
  touched: ReadonlySet<BoardId>,
  options: SideOptions,
): { side: Side; changes: SideChanges } {
  const hit = (a: BoardId, b: BoardId) => touched.has(a) || touched.has(b);
  const pairs = reconcile(
    base.pairs,
    findDuplications(scenario, { ...DUPLICATION_DEFAULTS, only: touched }).pairs,
    (d) => hit(d.a, d.b),
    duplicationKey,
    byScore,
  );
  const local = reconcile(
    base.local,
    findLocalDuplicates(scenario, { ...LOCAL_DEFAULTS, only: touched }),
    (d) => hit(d.local, d.regional),
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
  const side = assemble(scenario, options, { pairs: pairs.after, local: local.after, breaks });
  return {
    side,
    changes: {
      duplications: pairs.change,
      localDuplicates: local.change,
      footprintBreaks: setChange(base.metrics.footprintBreaks, side.metrics.footprintBreaks),
    },
  };
}
