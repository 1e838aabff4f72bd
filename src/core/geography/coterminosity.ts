import type { AreaCode, Landscape } from '../model/types';
import { systemRegions } from './region-systems';

/** One row of the matrix: a region of system A and the areas it shares with each region of B. */
export interface MatrixRow {
  region: string;
  cells: { region: string; areas: AreaCode[] }[];
}

/** Every pair of regions (one of each system) with the areas they share; empty cells included. */
export interface CoterminosityMatrix {
  systemA: string;
  systemB: string;
  regionsA: string[];
  regionsB: string[];
  rows: MatrixRow[];
  /** Areas with no region in one of the two systems, left out of the matrix. */
  unplaced: AreaCode[];
}

/**
 * `coterminous`: every region of one system is a region of the other. `nested`: every region of
 * one (the finer) lies inside a region of the other. `crossing`: neither, some boundary cuts
 * across the other system's regions.
 */
export type AlignmentVerdict = 'coterminous' | 'nested' | 'crossing';

/** A region of one system that the other system's boundaries split. */
export interface RegionSplit {
  system: string;
  region: string;
  /** The regions of the other system it falls in, with its areas in each. */
  parts: { system: string; region: string; areas: AreaCode[] }[];
  /** The areas outside the part that holds most of the region: the ones that break the fit. */
  offending: AreaCode[];
}

export interface SystemAlignment {
  a: string;
  b: string;
  verdict: AlignmentVerdict;
  /** When nested: the system whose regions each lie in one region of the other, and that other. */
  finer?: string;
  coarser?: string;
  /**
   * When crossing: the split regions, seen from whichever system gives the fewer offending
   * areas, so that the report names the smallest set of areas to explain the mismatch.
   */
  splits: RegionSplit[];
  /** Every offending area of `splits`, in landscape order. */
  offending: AreaCode[];
  matrix: CoterminosityMatrix;
}

/**
 * Cross-tabulates two region systems: for each region of `systemA` and each of `systemB`, the
 * areas they share, in landscape order. Areas missing a region in either system are listed
 * apart rather than guessed at.
 */
export function coterminosityMatrix(
  landscape: Pick<Landscape, 'areas' | 'regionSystems'>,
  systemA: string,
  systemB: string,
): CoterminosityMatrix {
  const regionsA = systemRegions(landscape, systemA);
  const regionsB = systemRegions(landscape, systemB);
  const rows: MatrixRow[] = regionsA.map((region) => ({
    region,
    cells: regionsB.map((r) => ({ region: r, areas: [] as AreaCode[] })),
  }));
  const unplaced: AreaCode[] = [];
  for (const area of landscape.areas) {
    const ra = area.regions[systemA];
    const rb = area.regions[systemB];
    if (ra === undefined || rb === undefined) {
      unplaced.push(area.code);
      continue;
    }
    rows[regionsA.indexOf(ra)]!.cells[regionsB.indexOf(rb)]!.areas.push(area.code);
  }
  return { systemA, systemB, regionsA, regionsB, rows, unplaced };
}

/**
 * Says how two region systems line up: coterminous, nested (and which is finer) or crossing,
 * naming for a crossing the regions split and the areas that break the fit, e.g. police against
 * fire gives South Wales police split by Swansea and Neath Port Talbot lying in Mid and West
 * Wales fire.
 */
export function alignSystems(
  landscape: Pick<Landscape, 'areas' | 'regionSystems'>,
  a: string,
  b: string,
): SystemAlignment {
  const matrix = coterminosityMatrix(landscape, a, b);
  const splitsA = splitsOf(a, b, matrix.rows);
  const splitsB = splitsOf(b, a, transpose(matrix));
  const base = { a, b, matrix };
  if (splitsA.length === 0 && splitsB.length === 0)
    return { ...base, verdict: 'coterminous', splits: [], offending: [] };
  if (splitsA.length === 0)
    return { ...base, verdict: 'nested', finer: a, coarser: b, splits: [], offending: [] };
  if (splitsB.length === 0)
    return { ...base, verdict: 'nested', finer: b, coarser: a, splits: [], offending: [] };
  const count = (s: RegionSplit[]) => s.reduce((n, x) => n + x.offending.length, 0);
  const splits = count(splitsB) < count(splitsA) ? splitsB : splitsA;
  const offendingSet = new Set(splits.flatMap((s) => s.offending));
  const offending = landscape.areas.map((x) => x.code).filter((c) => offendingSet.has(c));
  return { ...base, verdict: 'crossing', splits, offending };
}

/** Regions of `system` (the rows) that fall in more than one region of `other`. */
function splitsOf(system: string, other: string, rows: readonly MatrixRow[]): RegionSplit[] {
  const out: RegionSplit[] = [];
  for (const row of rows) {
    const parts = row.cells
      .filter((c) => c.areas.length > 0)
      .map((c) => ({ system: other, region: c.region, areas: c.areas }));
    if (parts.length < 2) continue;
    // The largest part is taken as where the region "belongs"; on a tie the first in the other
    // system's order wins, so the answer is the same every time.
    const main = parts.reduce((best, p) => (p.areas.length > best.areas.length ? p : best));
    out.push({
      system,
      region: row.region,
      parts,
      offending: parts.filter((p) => p !== main).flatMap((p) => p.areas),
    });
  }
  return out;
}

function transpose(m: CoterminosityMatrix): MatrixRow[] {
  return m.regionsB.map((region, j) => ({
    region,
    cells: m.rows.map((row) => ({ region: row.region, areas: row.cells[j]!.areas })),
  }));
}
