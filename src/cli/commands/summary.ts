import { summariseLandscape } from '../../core/analysis/summary';
import { loadLandscape, positional } from './load';
import type { Command } from './types';

export const summary: Command = {
  name: 'summary',
  usage: 'summary <file> [--json]',
  summary: 'count boards by level and police region, organisations and memberships',
  async run(args, io) {
    const landscape = await loadLandscape(positional(args), io);
    if (!landscape) return 1;
    const s = summariseLandscape(landscape);
    if (args.includes('--json')) {
      io.out(JSON.stringify(s, null, 2));
      return 0;
    }
    const row = (label: string, n: number) => io.out(`  ${label.padEnd(30)}${n}`);
    io.out(`${landscape.title} (as at ${landscape.asAt})`);
    io.out(`Boards: ${s.boards}`);
    for (const [level, n] of Object.entries(s.byLevel)) row(level, n);
    io.out('Boards by police region:');
    for (const [region, n] of Object.entries(s.byRegion))
      row(region === 'across' ? 'across regions / all Wales' : region, n);
    io.out('Boards by status:');
    for (const [status, n] of Object.entries(s.byStatus)) row(status, n);
    io.out(`Organisations: ${s.organisations}`);
    io.out(`Memberships: ${s.memberships} (${s.seats} seats)`);
    io.out(`Relations: ${s.relations}`);
    return 0;
  },
};
