import type { Area, AreaCode, Footprint, Landscape } from '../model/types';

/** The area codes a footprint covers, with `all` resolved to every area of the landscape. */
export function footprintAreas(
  landscape: Pick<Landscape, 'areas'>,
  footprint: Footprint,
): AreaCode[] {
  return footprint === 'all' ? landscape.areas.map((a) => a.code) : footprint;
}

/** The areas that fall in one region of a region system, in the landscape's area order. */
export function regionAreas(
  landscape: Pick<Landscape, 'areas'>,
  system: string,
  region: string,
): AreaCode[] {
  return landscape.areas.filter((a) => a.regions[system] === region).map((a) => a.code);
}

/** The distinct regions of `system` that a footprint touches, in first-seen order. */
export function regionsTouched(
  landscape: Pick<Landscape, 'areas'>,
  footprint: Footprint,
  system: string,
): string[] {
  const byCode = new Map<AreaCode, Area>(landscape.areas.map((a) => [a.code, a]));
  const seen = new Set<string>();
  for (const code of footprintAreas(landscape, footprint)) {
    const region = byCode.get(code)?.regions[system];
    if (region !== undefined) seen.add(region);
  }
  return [...seen];
}

/**
 * The one region of `system` that wholly contains the footprint, or undefined when the
 * footprint spans several regions (an all-Wales body, or one that crosses a boundary).
 */
export function containingRegion(
  landscape: Pick<Landscape, 'areas'>,
  footprint: Footprint,
  system: string,
): string | undefined {
  return containingRegionIn(landscape, system)(footprint);
}

/** The lookups made for each list of areas and system, kept while the list lives. */
const lookups = new WeakMap<
  Landscape['areas'],
  Map<string, (footprint: Footprint) => string | undefined>
>();

/**
 * `containingRegion` for many footprints in one system, looking each area up once. The answer
 * for a footprint is kept while the footprint lives: edits share the footprints they leave
 * alone, so after an edit only the changed boards are looked up again.
 */
export function containingRegionIn(
  landscape: Pick<Landscape, 'areas'>,
  system: string,
): (footprint: Footprint) => string | undefined {
  let bySystem = lookups.get(landscape.areas);
  if (!bySystem) lookups.set(landscape.areas, (bySystem = new Map()));
  const known = bySystem.get(system);
  if (known) return known;
  const regionOf = new Map(landscape.areas.map((a) => [a.code, a.regions[system]]));
  const answers = new WeakMap<readonly AreaCode[], string | null>();
  const find = (footprint: Footprint): string | undefined => {
    let found: string | undefined;
    for (const code of footprintAreas(landscape, footprint)) {
      const region = regionOf.get(code);
      if (region === undefined || region === found) continue;
      if (found !== undefined) return undefined;
      found = region;
    }
    return found;
  };
  const everywhere = find('all');
  const lookup = (footprint: Footprint): string | undefined => {
    if (footprint === 'all') return everywhere;
    const kept = answers.get(footprint);
    if (kept !== undefined) return kept ?? undefined;
    const found = find(footprint);
    answers.set(footprint, found ?? null);
    return found;
  };
  bySystem.set(system, lookup);
  return lookup;
}
