import type { Problem } from '../model/problems';
import type { AreaCode, Landscape } from '../model/types';

/**
 * The regions of a system in a stable order: as the system declares them, then any region an
 * area names that the declaration leaves out. Region names are free text in data files, so a
 * region missing from the declaration is still shown rather than dropped.
 */
export function systemRegions(
  landscape: Pick<Landscape, 'areas' | 'regionSystems'>,
  system: string,
): string[] {
  const declared = landscape.regionSystems.find((s) => s.id === system)?.regions ?? [];
  const names = declared.map((r) => r.name);
  for (const area of landscape.areas) {
    const region = area.regions[system];
    if (region !== undefined && !names.includes(region)) names.push(region);
  }
  return names;
}

/** Whether the landscape knows a region system, by declaration or because an area uses it. */
export function hasSystem(
  landscape: Pick<Landscape, 'areas' | 'regionSystems'>,
  system: string,
): boolean {
  return (
    landscape.regionSystems.some((s) => s.id === system) ||
    landscape.areas.some((a) => a.regions[system] !== undefined)
  );
}

export interface AreaRegion {
  system: string;
  systemName: string;
  systemNameCy?: string;
  region: string;
  regionNameCy?: string;
}

/**
 * The region an area belongs to in each system, in the order the landscape declares its
 * systems (undeclared systems last), for the panel that says where a local authority sits.
 */
export function areaRegions(
  landscape: Pick<Landscape, 'areas' | 'regionSystems'>,
  code: AreaCode,
): AreaRegion[] {
  const area = landscape.areas.find((a) => a.code === code);
  if (!area) return [];
  const declared = landscape.regionSystems.map((s) => s.id);
  const systems = [...declared, ...Object.keys(area.regions).filter((s) => !declared.includes(s))];
  const out: AreaRegion[] = [];
  for (const id of systems) {
    const region = area.regions[id];
    if (region === undefined) continue;
    const system = landscape.regionSystems.find((s) => s.id === id);
    const regionNameCy = system?.regions.find((r) => r.name === region)?.nameCy;
    out.push({
      system: id,
      systemName: system?.name ?? id,
      ...(system?.nameCy ? { systemNameCy: system.nameCy } : {}),
      region,
      ...(regionNameCy ? { regionNameCy } : {}),
    });
  }
  return out;
}

/**
 * Warnings for region systems that leave some areas out: not wrong (a police system of a
 * cross-border landscape may not cover its English areas), but worth saying, once per system,
 * with the areas named. An area assigned twice in one system is refused by the readers instead.
 */
export function regionCoverageWarnings(
  landscape: Pick<Landscape, 'areas' | 'regionSystems'>,
): Problem[] {
  const warnings: Problem[] = [];
  landscape.regionSystems.forEach((system, i) => {
    const left = landscape.areas.filter((a) => a.regions[system.id] === undefined);
    if (left.length === 0) return;
    const named = left.slice(0, 10).map((a) => `${a.name} (${a.code})`);
    const more = left.length > 10 ? ` and ${left.length - 10} more` : '';
    warnings.push({
      record: `regionSystems[${i}] (${system.id})`,
      field: 'regions',
      message: `${left.length} of ${landscape.areas.length} areas are in no region of "${system.id}": ${named.join(', ')}${more}`,
    });
  });
  return warnings;
}
