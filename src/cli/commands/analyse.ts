import {
  duplicationAnalysis,
  localDuplicatesAnalysis,
  meetingLoadAnalysis,
} from '../../core/analysis/duplication-analysis';
import type { DuplicationResult } from '../../core/analysis/duplication';
import { groupLocalDuplicates, type LocalDuplicate } from '../../core/analysis/local-duplicates';
import type { MeetingLoad } from '../../core/analysis/meeting-load';
import { ANALYSES } from '../../core/analysis/registry';
import { summariseLandscape } from '../../core/analysis/summary';
import {
  defaultParams,
  type AnalysisDescriptor,
  type ParamValues,
} from '../../core/analysis/types';
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
    const used = chosen
      ? [chosen]
      : [duplicationAnalysis, localDuplicatesAnalysis, meetingLoadAnalysis];
    const specs = Object.assign({}, ...used.map((a) => a.params));
    const read = readParams(specs, paramArgs(args));
    if ('error' in read) {
      io.err(read.error);
      return 2;
    }
    const landscape = (await landscapeForArgs(args, io))?.landscape;
    if (!landscape) return 1;
    /** Runs a registry analysis with its defaults and the parameters it declares. */
    const run = (a: AnalysisDescriptor) => {
      const own = Object.entries(read.values).filter(([k]) => k in a.params);
      const params = { ...defaultParams(a.params), ...Object.fromEntries(own) };
      return {
        params,
        result: a.run(landscape, params as ParamValues<AnalysisDescriptor['params']>),
      };
    };
    if (chosen) {
      const { params, result } = run(chosen);
      io.out(JSON.stringify({ analysis: chosen.id, params, result }, null, 2));
      return 0;
    }
    const names = new Map<string, string>(
      [...landscape.boards, ...landscape.organisations].map((r) => [r.id, r.name]),
    );
    const summary = summariseLandscape(landscape);
    const load = run(meetingLoadAnalysis).result as MeetingLoad;
    const duplication = run(duplicationAnalysis).result as DuplicationResult;
    const local = run(localDuplicatesAnalysis).result as LocalDuplicate[];
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
