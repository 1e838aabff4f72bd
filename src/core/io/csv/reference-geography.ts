import type { Landscape } from '../../model/types';
import type { ReferenceGeography } from './read-bundle';

/**
 * The reference geography of a landscape (normally the embedded Welsh seed): its areas and
 * region systems, with only the sources those systems cite. Passed to `importCsvBundle` so a
 * bundle without `areas.csv` uses it, without the core importing the data folder.
 */
export function referenceGeography(landscape: Landscape): ReferenceGeography {
  const cited = new Set(landscape.regionSystems.map((s) => s.source?.source));
  return {
    areas: landscape.areas,
    regionSystems: landscape.regionSystems,
    sources: landscape.sources.filter((s) => cited.has(s.id)),
  };
}
