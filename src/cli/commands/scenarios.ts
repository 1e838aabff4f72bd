import { applyScenario } from '../../core/scenarios/apply-scenario';
import { fileArg, loadWithScenarios } from './scenario-arg';
import type { Command } from './types';

export const scenarios: Command = {
  name: 'scenarios',
  usage: 'scenarios <file> [--json]',
  summary: "list a workspace's scenarios, or the built-in ones for a landscape file",
  async run(args, io) {
    const loaded = await loadWithScenarios(fileArg(args), io);
    if (!loaded) return 1;
    const rows = loaded.scenarios.map((s) => {
      const counts = { applied: 0, stale: 0, invalid: 0 };
      for (const d of applyScenario(loaded.landscape, s.operations, { name: s.name }).diagnostics)
        counts[d.status] += 1;
      return {
        id: s.id,
        name: s.name,
        operations: s.operations.length,
        builtIn: s.builtIn === true,
        ...counts,
      };
    });
    if (args.includes('--json')) {
      io.out(JSON.stringify({ origin: loaded.origin, scenarios: rows }, null, 2));
      return 0;
    }
    io.out(`${rows.length} ${loaded.origin} scenario${rows.length === 1 ? '' : 's'}:`);
    for (const r of rows) {
      const issues = [r.stale && `${r.stale} stale`, r.invalid && `${r.invalid} invalid`].filter(
        Boolean,
      );
      io.out(
        `  ${r.id.padEnd(40)}${String(r.operations).padStart(3)} operations  ${r.name}${issues.length ? ` (${issues.join(', ')})` : ''}`,
      );
    }
    return 0;
  },
};
