import { EVIDENCE_PARAM, type EvidenceLevel } from '../../core/analysis/evidence-filter';
import { groupLocalDuplicates } from '../../core/analysis/local-duplicates';
import { ANALYSES, analysisById } from '../../core/analysis/registry';
import {
  PANEL_ANALYSES,
  paramsFor,
  runAnalyses,
  type AnalysisParams,
} from '../../core/analysis/run-analyses';
import { summariseLandscape } from '../../core/analysis/summary';
import { optionValue } from './scenario-arg';
import { paramArgs, readParams } from './analysis-params';
import { ENGLISH, translate, type MessageKey } from '../../i18n/catalogue';
import { duplicationReasons, localDuplicateReason } from '../../i18n/describe-analysis';
import { landscapeForArgs } from './scenario-arg';
import type { Command } from './types';

const t = (key: MessageKey, params?: Record<string, string | number>) =>
  translate(ENGLISH, key, params);

export const analyse: Command = {
  name: 'analyse',
  usage: `analyse <file> [--scenario <id>] [--json] [--only <${ANALYSES.map((a) => a.id).join('|')}>] [--param key=value]…`,
  summary:
    'duplication, duplicative local structures and meeting load; --only runs one analysis as JSON, --param sets its parameters (e.g. evidence=sourced)',
  async run(args, io) {
    const only = optionValue(args, 'only');
    /** Pairs listed with their reasons; `--only duplication` gives every pair. */
    const LISTED_PAIRS = 1000;
    const chosen = only === undefined ? undefined : ANALYSES.find((a) => a.id === only);
    if (only !== undefined && !chosen) {
      io.err(
        `--only ${only}: no such analysis; expected one of: ${ANALYSES.map((a) => a.id).join(', ')}`,
      );
      return 2;
    }
    // Without --only, a parameter applies to every analysis below that declares it.
    const used = chosen ? [chosen] : PANEL_ANALYSES.map(analysisById);
    const specs = Object.assign({}, ...used.map((a) => a.params));
    const read = readParams(specs, paramArgs(args));
    if ('error' in read) {
      io.err(read.error);
      return 2;
    }
    const landscape = (await landscapeForArgs(args, io))?.landscape;
    if (!landscape) return 1;
    // Each analysis takes the parameters it declares, as in the app.
    const settings: AnalysisParams = {
      evidence: (read.values.evidence as EvidenceLevel | undefined) ?? EVIDENCE_PARAM.default,
      byId: Object.fromEntries(used.map((a) => [a.id, read.values])),
    };
    if (chosen) {
      const params = paramsFor(chosen, settings);
      const result = chosen.run(landscape, params);
      io.out(JSON.stringify({ analysis: chosen.id, params, result }, null, 2));
      return 0;
    }
    const names = new Map<string, string>(
      [...landscape.boards, ...landscape.organisations].map((r) => [r.id, r.name]),
    );
    const summary = summariseLandscape(landscape);
    const {
      'meeting-load': load,
      duplication,
      'local-duplicates': local,
    } = runAnalyses(landscape, settings);
    const duplications = duplication.pairs.slice(0, LISTED_PAIRS).map((d) => ({
      a: d.a,
      b: d.b,
      nameA: names.get(d.a),
      nameB: names.get(d.b),
      score: Math.round(d.score * 1000) / 1000,
      reasons: duplicationReasons(d, landscape, t),
    }));
    if (args.includes('--json')) {
      const result = {
        metrics: {
          boardsByLevel: summary.byLevel,
          boardsByStatus: summary.byStatus,
          memberships: load.total.memberships,
          seats: load.total.seats,
          seatHoursPerYear: load.total.seatHours,
          estimated: load.total.estimated,
        },
        duplicationsTotal: duplication.pairs.length,
        duplications,
        clusters: duplication.clusters,
        localDuplicatesTotal: local.length,
        localDuplicates: groupLocalDuplicates(local).map((g) => ({
          regional: g.regional,
          name: names.get(g.regional),
          count: g.locals.length,
          themes: g.themes,
          locals: g.locals,
        })),
        load: Object.fromEntries(
          load.byOrganisation.map((o) => [
            o.organisation,
            { boards: o.boards, seats: o.seats, seatHours: o.seatHours, estimated: o.estimated },
          ]),
        ),
      };
      io.out(JSON.stringify(result, null, 2));
      return 0;
    }
    io.out(`${landscape.title} (as at ${landscape.asAt})`);
    io.out(
      `Meeting boards: ${load.total.boards}; memberships: ${load.total.memberships}; seats: ${load.total.seats}; seat-hours a year: ${load.total.seatHours}${load.total.estimated ? ' (partly estimated)' : ''}`,
    );
    io.out('');
    io.out(
      duplications.length < duplication.pairs.length
        ? `Duplications (${duplication.pairs.length}; the ${duplications.length} strongest):`
        : `Duplications (${duplications.length}):`,
    );
    for (const d of duplications)
      io.out(`  ${d.score.toFixed(2)}  ${d.nameA} ↔ ${d.nameB}: ${d.reasons.join('; ')}`);
    io.out('');
    io.out(`Duplicative local structures (${local.length}):`);
    for (const d of local)
      io.out(`  ${names.get(d.local)} → ${names.get(d.regional)}: ${localDuplicateReason(d, t)}`);
    io.out('');
    io.out('Meeting load, most hours first:');
    for (const o of load.byOrganisation.filter((x) => x.boards > 0))
      io.out(
        `  ${(names.get(o.organisation) ?? o.organisation).padEnd(56)}${String(o.boards).padStart(4)} boards ${String(o.seats).padStart(4)} seats ${String(o.seatHours).padStart(6)} h${o.estimated ? ' (est.)' : ''}`,
      );
    return 0;
  },
};
