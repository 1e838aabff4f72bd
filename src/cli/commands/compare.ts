import { compareLandscapes, type Comparison, type SetChange } from '../../core/scenarios/compare';
import { landscapeForArgs, optionValue } from './scenario-arg';
import type { Command } from './types';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export const compare: Command = {
  name: 'compare',
  usage: 'compare <file> --scenario <id> [--region <name>] [--json]',
  summary: 'baseline and scenario side by side: boards, seats, seat-hours, duplications, themes',
  async run(args, io) {
    if (optionValue(args, 'scenario') === undefined) {
      io.err(
        'Name a scenario: compare <file> --scenario <id> (list them with `scenarios <file>`).',
      );
      return 2;
    }
    const applied = await landscapeForArgs(args, io);
    if (!applied?.scenario) return 1;
    const region = optionValue(args, 'region');
    const c = compareLandscapes(applied.baseline, applied.landscape, region ? { region } : {});
    if (args.includes('--json')) {
      io.out(
        JSON.stringify(
          {
            scenarioId: applied.scenario.id,
            scenarioName: applied.scenario.name,
            diagnostics: applied.diagnostics,
            ...c,
          },
          null,
          2,
        ),
      );
      return 0;
    }
    io.out(`${applied.scenario.name} [${applied.scenario.id}]`);
    for (const line of printComparison(c)) io.out(line);
    return 0;
  },
};

function printComparison(c: Comparison): string[] {
  const out: string[] = [];
  const row = (label: string, a: number, b: number) =>
    out.push(
      `  ${label.padEnd(28)}${String(a).padStart(8)}${String(b).padStart(10)}${signed(b - a).padStart(8)}`,
    );
  out.push(
    `  ${''.padEnd(28)}${'baseline'.padStart(8)}${'scenario'.padStart(10)}${'change'.padStart(8)}`,
  );
  row('meeting boards', c.baseline.meetingBoards, c.scenario.meetingBoards);
  for (const [level, n] of Object.entries(c.baseline.boardsByLevel))
    row(`  ${level}`, n, c.scenario.boardsByLevel[level as keyof typeof c.baseline.boardsByLevel]);
  row('seats', c.baseline.seats, c.scenario.seats);
  row('seat-hours a year', c.baseline.seatHours, c.scenario.seatHours);
  if (c.region && c.baseline.region && c.scenario.region) {
    row(`${c.region}: boards`, c.baseline.region.boards, c.scenario.region.boards);
    row(`${c.region}: seats`, c.baseline.region.seats, c.scenario.region.seats);
    row(`${c.region}: seat-hours`, c.baseline.region.seatHours, c.scenario.region.seatHours);
  }
  const set = (label: string, s: SetChange) =>
    out.push(
      `${label}: ${s.left.length} left, ${s.removed.length} removed, ${s.new.length} new`,
      ...s.removed.map((k) => `  - ${k}`),
      ...s.new.map((k) => `  + ${k}`),
    );
  out.push('');
  set('Duplications', c.duplications);
  set('Duplicative local structures', c.localDuplicates);
  set('Footprint breaks', c.footprintBreaks);
  out.push('');
  out.push(
    c.themesWithoutHome.length
      ? `Warning: themes no meeting board holds any more: ${c.themesWithoutHome.join(', ')}`
      : 'Every theme held in the baseline is still held by a meeting board.',
  );
  out.push('', `Boards changed (${c.boards.length}):`);
  for (const b of c.boards)
    out.push(
      `  ${b.change.padEnd(8)} ${b.name} [${b.board}]${b.change === 'changed' ? `: ${b.fields.join(', ')}` : ''}`,
    );
  const changed = c.organisations.filter((o) => o.change.seats !== 0 || o.change.seatHours !== 0);
  out.push(
    '',
    `Organisations whose load changes${c.region ? ` on ${c.region} boards` : ''} (${changed.length}):`,
  );
  for (const o of changed)
    out.push(
      `  ${o.name.padEnd(56)}${signed(o.change.boards).padStart(4)} boards ${signed(o.change.seats).padStart(4)} seats ${signed(o.change.seatHours).padStart(6)} h`,
    );
  return out;
}
