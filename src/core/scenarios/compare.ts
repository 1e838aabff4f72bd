import type { Landscape, OrganisationId } from '../model/types';
import { LEVELS, type Level, type Theme } from '../model/vocabulary';
import { boardChanges, type BoardChange } from './change-marks';
import type { SetChange } from './set-change';
import { zeroLoad, type LoadFigures, type RegionFigures } from './side-load';
import {
  measureBaselineSide,
  measureScenarioSide,
  measureSide,
  sideChanges,
  type BaselineSide,
  type Side,
  type SideMetrics,
  type SideOptions,
} from './side-metrics';
import { touchedBoards } from './touched-boards';
import { withEvidence, type EvidenceLevel } from '../analysis/evidence-filter';

export type { SetChange } from './set-change';
export type { LoadFigures } from './side-load';
export type { SideMetrics } from './side-metrics';

export interface CompareOptions {
  /** Restrict load figures to boards wholly inside this region (of `system`), e.g. `North Wales`. */
  region?: string;
  /** The region system for `region` and for per-region figures; `police` unless said. */
  system?: string;
  /** Systems whose boundaries count as footprint breaks; police, health and fire unless said. */
  breakSystems?: readonly string[];
  /**
   * The "sourced facts only" switch: the figures count only records with this much evidence;
   * the change marks still cover every board, since they say what the scenario does.
   */
  evidence?: EvidenceLevel;
}

export interface OrganisationChange {
  organisation: OrganisationId;
  name: string;
  before: LoadFigures;
  after: LoadFigures;
  change: LoadFigures;
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
    region?: RegionFigures;
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

const minus = (a: LoadFigures, b: LoadFigures): LoadFigures => ({
  boards: a.boards - b.boards,
  seats: a.seats - b.seats,
  seatHours: a.seatHours - b.seatHours,
});

const minusRegion = (a: RegionFigures, b: RegionFigures): RegionFigures => ({
  ...minus(a, b),
  boardsByLevel: Object.fromEntries(
    LEVELS.map((l) => [l, a.boardsByLevel[l] - b.boardsByLevel[l]]),
  ) as Record<Level, number>,
});

function organisationChanges(
  baseline: Landscape,
  scenario: Landscape,
  before: Side,
  after: Side,
): OrganisationChange[] {
  const names = new Map<string, string>(
    [...baseline.organisations, ...scenario.organisations].map((o) => [o.id, o.name]),
  );
  return [...new Set([...before.byOrganisation.keys(), ...after.byOrganisation.keys()])]
    .map((organisation) => {
      const b = before.byOrganisation.get(organisation) ?? zeroLoad();
      const a = after.byOrganisation.get(organisation) ?? zeroLoad();
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
}

/**
 * Comparisons of scenarios with one baseline. The baseline's figures are worked out once, on
 * the first comparison; each scenario's are then worked out only where it touched the
 * baseline (see `measureScenarioSide`), which is what keeps a comparison quick while the user
 * edits a scenario of a large landscape. Scenarios must be derived from `baseline` by
 * operations, which share what they do not change; any other landscape is measured in full.
 */
export function comparer(
  baseline: Landscape,
  options: CompareOptions = {},
): (scenario: Landscape) => Comparison {
  const opts: SideOptions = {
    system: options.system ?? 'police',
    breakSystems: options.breakSystems ?? ['police', 'health', 'fire'],
    ...(options.region !== undefined ? { region: options.region } : {}),
  };
  const evidence = options.evidence ?? 'all';
  const counted = withEvidence(baseline, evidence);
  let base: BaselineSide | undefined;
  return (scenario) => {
    base ??= measureBaselineSide(counted, opts);
    const measured = withEvidence(scenario, evidence);
    const touched = touchedBoards(baseline, scenario);
    // The filter keeps records as they are, so what the scenario touched still shows by identity.
    const touchedCounted = evidence === 'all' ? touched : touchedBoards(counted, measured);
    const { side, changes } = touchedCounted
      ? measureScenarioSide(base, measured, touchedCounted, opts)
      : (() => {
          const full = measureSide(measured, opts);
          return { side: full, changes: sideChanges(base, full) };
        })();
    const before = base.metrics;
    const after = side.metrics;
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
        ...(before.region && after.region
          ? { region: minusRegion(after.region, before.region) }
          : {}),
      },
      organisations: organisationChanges(counted, measured, base, side),
      ...changes,
      themesWithoutHome: before.themes.filter((t) => !after.themes.includes(t)),
      boards: boardChanges(baseline, scenario, touched),
    };
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
  return comparer(baseline, options)(scenario);
}
