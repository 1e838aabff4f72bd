import { defaultParams } from '../../core/analysis/types';
import {
  footprintFitAnalysis,
  type FootprintFitReport,
} from '../../core/analysis/footprint-fit-analysis';
import type { SystemAlignment } from '../../core/geography/coterminosity';
import type { RegionShare, SystemFit } from '../../core/geography/footprint-fit';
import type { AreaCode, Landscape } from '../../core/model/types';
import { loadLandscape, positional } from './load';
import type { Command } from './types';

export const footprints: Command = {
  name: 'footprints',
  usage: 'footprints <file> [--json]',
  summary: 'which regional boards match, sit inside or cross police, health and fire regions',
  async run(args, io) {
    const landscape = await loadLandscape(positional(args), io);
    if (!landscape) return 1;
    const report = footprintFitAnalysis.run(landscape, defaultParams(footprintFitAnalysis.params));
    if (args.includes('--json')) {
      io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    for (const line of printReport(landscape, report)) io.out(line);
    return 0;
  },
};

/** The report as plain English lines, the same order as the JSON. */
function printReport(landscape: Landscape, report: FootprintFitReport): string[] {
  const name = (code: AreaCode) => landscape.areas.find((a) => a.code === code)?.name ?? code;
  const names = (codes: readonly AreaCode[]) => codes.map(name).join(', ');
  const shares = (regions: readonly RegionShare[]) =>
    regions.map((r) => `${r.region} (${r.areas.length} of ${r.regionSize})`).join(', ');
  const fit = (f: SystemFit) =>
    f.fit === 'crosses'
      ? `crosses ${shares(f.regions)}`
      : f.fit === 'unplaced'
        ? 'no region'
        : `${f.fit} ${f.region}`;

  const out: string[] = [];
  out.push(`${landscape.title} (as at ${landscape.asAt})`);
  out.push(
    `Footprint fit of ${report.boards.length} regional and sub-regional boards (not retired or merged) against ${report.systems.join(', ')}:`,
  );
  for (const b of report.boards) {
    out.push(`  ${b.name} [${b.board}], ${b.areaCount} area${b.areaCount === 1 ? '' : 's'}`);
    for (const f of b.fits) out.push(`    ${f.system.padEnd(12)}${fit(f)}`);
  }
  out.push('');
  out.push(`Breaks: ${report.breaks.length}`);
  for (const b of report.breaks)
    out.push(
      `  ${b.name} [${b.board}] crosses ${b.system}: ${b.regions
        .map((r) => `${r.region} (${names(r.areas)})`)
        .join('; ')}`,
    );
  out.push('');
  out.push('How the region systems line up:');
  for (const a of report.alignments) out.push(...alignmentLines(a, names));
  if (report.skipped.length > 0)
    out.push('', `Not in this landscape, skipped: ${report.skipped.join(', ')}`);
  return out;
}

function alignmentLines(
  a: SystemAlignment,
  names: (codes: readonly AreaCode[]) => string,
): string[] {
  const head = `  ${a.a} × ${a.b}: ${a.verdict}`;
  if (a.verdict === 'coterminous') return [`${head}, every region of one is a region of the other`];
  if (a.verdict === 'nested')
    return [`${head}, every ${a.finer} region lies inside one ${a.coarser} region`];
  return [
    `${head}, ${names(a.offending)} break${a.offending.length === 1 ? 's' : ''} the fit`,
    ...a.splits.map((s) => {
      const parts = s.parts.map((p) => `${names(p.areas)} in ${p.region} (${p.system})`);
      return `    ${s.region} (${s.system}) is split: ${parts.join('; ')}`;
    }),
  ];
}
