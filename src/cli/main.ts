import { readFile } from 'node:fs/promises';
import { summariseLandscape } from '../core/analysis/summary';
import { parseLandscape } from '../core/io/landscape-format';
import { formatProblems } from '../core/model/problems';
import type { Landscape } from '../core/model/types';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

interface Command {
  usage: string;
  summary: string;
  run(args: string[], io: Output): Promise<number>;
}

const USAGE_ERROR = 2;

async function load(file: string | undefined, io: Output): Promise<Landscape | undefined> {
  if (!file) {
    io.err('Name a landscape file.');
    return undefined;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(
      `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
    return undefined;
  }
  const result = parseLandscape(text);
  if (!result.ok) {
    for (const line of formatProblems(result.problems, file)) io.err(line);
    io.err(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
    return undefined;
  }
  return result.value;
}

const commands: Record<string, Command> = {
  validate: {
    usage: 'validate <file>',
    summary: 'check a landscape file and list every problem with its record and field',
    async run([file], io) {
      const landscape = await load(file, io);
      if (!landscape) return 1;
      io.out(
        `${file}: valid (${landscape.boards.length} boards, ${landscape.organisations.length} organisations, ${landscape.memberships.length} memberships)`,
      );
      return 0;
    },
  },
  summary: {
    usage: 'summary <file> [--json]',
    summary: 'count boards by level and police region, organisations and memberships',
    async run(args, io) {
      const file = args.find((a) => !a.startsWith('--'));
      const landscape = await load(file, io);
      if (!landscape) return 1;
      const s = summariseLandscape(landscape);
      if (args.includes('--json')) {
        io.out(JSON.stringify(s, null, 2));
        return 0;
      }
      io.out(`${landscape.title} (as at ${landscape.asAt})`);
      io.out(`Boards: ${s.boards}`);
      for (const [level, n] of Object.entries(s.byLevel)) io.out(`  ${level.padEnd(24)}${n}`);
      io.out('Boards by police region:');
      for (const [region, n] of Object.entries(s.byRegion))
        io.out(`  ${(region === 'across' ? 'across regions / all Wales' : region).padEnd(24)}${n}`);
      io.out('Boards by status:');
      for (const [status, n] of Object.entries(s.byStatus)) io.out(`  ${status.padEnd(24)}${n}`);
      io.out(`Organisations: ${s.organisations}`);
      io.out(`Memberships: ${s.memberships} (${s.seats} seats)`);
      io.out(`Relations: ${s.relations}`);
      return 0;
    },
  },
};

function help(io: Output): void {
  io.out('Usage: tirwedd <command> [options]');
  io.out('');
  for (const c of Object.values(commands)) io.out(`  ${c.usage.padEnd(28)}${c.summary}`);
}

/** Runs the command line; returns the exit code (0 success, 1 bad data, 2 bad usage). */
export async function main(argv: string[], io: Output): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    help(io);
    return name ? 0 : USAGE_ERROR;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Unknown command "${name}".`);
    help(io);
    return USAGE_ERROR;
  }
  return command.run(rest, io);
}
