import { findDuplications, pairKey, SIGNALS } from '../analysis/duplication';
import { findLocalDuplicates } from '../analysis/local-duplicates';
import { meetingLoad } from '../analysis/meeting-load';
import { meetingPattern, meets } from '../analysis/meeting-pattern';
import { containingRegion } from '../geography/footprint';
import { boardFits, footprintBreaks } from '../geography/footprint-fit';
import { hasSystem } from '../geography/region-systems';
import type { BoardId, Landscape, OrganisationId } from '../model/types';
import { LEVELS, THEMES, type Level, type Theme } from '../model/vocabulary';
import { boardChanges, type BoardChange } from './change-marks';

export interface CompareOptions {
  /** Restrict load figures to boards wholly inside this region (of `system`), e.g. `North Wales`. */
  region?: string;
  /** The region system for `region` and for per-region figures; `police` unless said. */
  system?: string;
  /** Systems whose boundaries count as footprint breaks; police, health and fire unless said. */
  breakSystems?: readonly string[];
}

export interface LoadFigures {
  boards: number;
  seats: number;
  seatHours: number;
}

export interface SideMetrics {
  /** Boards that meet (active or shadow), by level. */
  boardsByLevel: Record<Level, number>;
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

export interface OrganisationChange {
  organisation: OrganisationId;
  name: string;
  before: LoadFigures;
  after: LoadFigures;
  change: LoadFigures;
}

export interface SetChange {
  left: string[];
  removed: string[];
  new: string[];
}

export interface Comparison {
  region?: string;
  baseline: SideMetrics;
  scenario: SideMetrics;
  difference: {
    boardsByLevel: Record<Level, number>;
    meetingBoards: number;
    seats: number;
    seatHours: number;
    region?: LoadFigures;
  };
  /** Per organisation (restricted to the region's boards when one is given), most hours saved first. */
  organisations: OrganisationChange[];
  duplications: SetChange;
  localDuplicates: SetChange;
  footprintBreaks: SetChange;
  /** Themes some meeting board held in the baseline that no meeting board holds in the scenario. */
  themesWithoutHome: Theme[];
  boards: BoardChange[];
}

const zero = (): LoadFigures => ({ boards: 0, seats: 0, seatHours: 0 });
const minus = (a: LoadFigures, b: LoadFigures): LoadFigures => ({
  boards: a.boards - b.boards,
  seats: a.seats - b.seats,
  seatHours: a.seatHours - b.seatHours,
});

/** Load per organisation, counting only meeting boards the filter keeps. */
function loadByOrganisation(
  landscape: Landscape,
  keep: (board: BoardId) => boolean,
): Map<OrganisationId, LoadFigures> {
  const boards = new Map(
    landscape.boards.filter((b) => meets(b) && keep(b.id)).map((b) => [b.id, b]),
  );
  const out = new Map<OrganisationId, LoadFigures>();
  for (const m of landscape.memberships) {
    const board = boards.get(m.board);
    if (!board) continue;
    const load = out.get(m.organisation) ?? zero();
    load.boards += 1;
    load.seats += m.seats;
    load.seatHours += meetingPattern(board).hoursPerSeat * m.seats;
    out.set(m.organisation, load);
  }
  return out;
}

function inRegion(landscape: Landscape, system: string, region: string | undefined) {
  if (region === undefined) return () => true;
  const ids = new Set(
    landscape.boards
      .filter((b) => containingRegion(landscape, b.footprint, system) === region)
      .map((b) => b.id),
  );
  return (id: BoardId) => ids.has(id);
}

function sideMetrics(
  landscape: Landscape,
  options: Required<Omit<CompareOptions, 'region'>> & { region?: string },
): SideMetrics {
  const load = meetingLoad(landscape, options.system);
  const boardsByLevel = Object.fromEntries(
    LEVELS.map((l) => [l, load.byLevel[l].boards]),
  ) as Record<Level, number>;
  const held = new Set(landscape.boards.filter(meets).flatMap((b) => b.themes));
  const systems = options.breakSystems.filter((s) => hasSystem(landscape, s));
  const metrics: SideMetrics = {
    boardsByLevel,
    meetingBoards: load.total.boards,
    seats: load.total.seats,
    seatHours: load.total.seatHours,
    estimated: load.total.estimated,
    duplications: findDuplications(landscape, {
      minScore: 0.5,
      signals: SIGNALS,
      ignore: [],
    }).pairs.map((d) => pairKey(d.a, d.b)),
    localDuplicates: findLocalDuplicates(landscape, { includeStatutory: false }).map(
      (d) => `${d.local}|${d.regional}`,
    ),
    footprintBreaks: footprintBreaks(boardFits(landscape, systems)).map(
      (b) => `${b.board}|${b.system}`,
    ),
    themes: THEMES.filter((t) => held.has(t)),
  };
  if (options.region !== undefined) {
    const keep = inRegion(landscape, options.system, options.region);
    const region = zero();
    region.boards = landscape.boards.filter((b) => meets(b) && keep(b.id)).length;
    for (const l of loadByOrganisation(landscape, keep).values()) {
      region.seats += l.seats;
      region.seatHours += l.seatHours;
    }
    metrics.region = region;
  }
  return metrics;
}

function setChange(before: string[], after: string[]): SetChange {
  const a = new Set(after);
  const b = new Set(before);
  return {
    left: before.filter((k) => a.has(k)),
    removed: before.filter((k) => !a.has(k)),
    new: after.filter((k) => !b.has(k)),
  };
}

/**
 * Every comparison metric for a baseline and a scenario, with the difference (scenario minus
 * baseline): meeting boards by level, seats and seat-hours a year, per-organisation load and
 * its change, duplications and duplicative local structures left, removed and new, footprint
 * breaks, themes left with no meeting board, and a change mark per board. With `region`, the
 * per-organisation figures count only boards wholly inside that region.
 */
export function compareLandscapes(
  baseline: Landscape,
  scenario: Landscape,
  options: CompareOptions = {},
): Comparison {
  const opts = {
    system: options.system ?? 'police',
    breakSystems: options.breakSystems ?? ['police', 'health', 'fire'],
    ...(options.region !== undefined ? { region: options.region } : {}),
  };
  const before = sideMetrics(baseline, opts);
  const after = sideMetrics(scenario, opts);
  const loadBefore = loadByOrganisation(baseline, inRegion(baseline, opts.system, options.region));
  const loadAfter = loadByOrganisation(scenario, inRegion(scenario, opts.system, options.region));
  const names = new Map<string, string>(
    [...baseline.organisations, ...scenario.organisations].map((o) => [o.id, o.name]),
  );
  const organisations = [...new Set([...loadBefore.keys(), ...loadAfter.keys()])]
    .map((organisation) => {
      const b = loadBefore.get(organisation) ?? zero();
      const a = loadAfter.get(organisation) ?? zero();
      return {
        organisation,
        name: names.get(organisation) ?? organisation,
        before: b,
        after: a,
        change: minus(a, b),
      };
    })
    .sort(
      (x, y) =>
        x.change.seatHours - y.change.seatHours ||
        x.change.seats - y.change.seats ||
        x.organisation.localeCompare(y.organisation),
    );
  return {
    ...(options.region !== undefined ? { region: options.region } : {}),
    baseline: before,
    scenario: after,
    difference: {
      boardsByLevel: Object.fromEntries(
        LEVELS.map((l) => [l, after.boardsByLevel[l] - before.boardsByLevel[l]]),
      ) as Record<Level, number>,
      meetingBoards: after.meetingBoards - before.meetingBoards,
      seats: after.seats - before.seats,
      seatHours: after.seatHours - before.seatHours,
      ...(before.region && after.region ? { region: minus(after.region, before.region) } : {}),
    },
    organisations,
    duplications: setChange(before.duplications, after.duplications),
    localDuplicates: setChange(before.localDuplicates, after.localDuplicates),
    footprintBreaks: setChange(before.footprintBreaks, after.footprintBreaks),
    themesWithoutHome: before.themes.filter((t) => !after.themes.includes(t)),
    boards: boardChanges(baseline, scenario),
  };
}
