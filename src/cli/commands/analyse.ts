import { findDuplications, SIGNALS } from '../../core/analysis/duplication';
import { findLocalDuplicates } from '../../core/analysis/local-duplicates';
import { meetingLoad } from '../../core/analysis/meeting-load';
import { summariseLandscape } from '../../core/analysis/summary';
import { ENGLISH, translate, type MessageKey } from '../../i18n/catalogue';
import { duplicationReasons, localDuplicateReason } from '../../i18n/describe-analysis';
import { landscapeForArgs } from './scenario-arg';
import type { Command } from './types';

const t = (key: MessageKey, params?: Record<string, string | number>) =>
  translate(ENGLISH, key, params);

export const analyse: Command = {
  name: 'analyse',
  usage: 'analyse <file> [--scenario <id>] [--json]',
  summary: 'duplication, duplicative local structures and meeting load',
  async run(args, io) {
    const landscape = (await landscapeForArgs(args, io))?.landscape;
    if (!landscape) return 1;
    const names = new Map<string, string>(
      [...landscape.boards, ...landscape.organisations].map((r) => [r.id, r.name]),
    );
    const summary = summariseLandscape(landscape);
    const load = meetingLoad(landscape);
    const duplication = findDuplications(landscape, {
      minScore: 0.5,
      signals: SIGNALS,
      ignore: [],
    });
    const local = findLocalDuplicates(landscape, { includeStatutory: false });
    const duplications = duplication.pairs.map((d) => ({
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
        duplications,
        clusters: duplication.clusters,
        localDuplicates: local.map((d) => ({ ...d, reason: localDuplicateReason(d, t) })),
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
    io.out(`Duplications (${duplications.length}):`);
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
