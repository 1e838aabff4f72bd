import { COMMANDS } from './commands';
import type { Output } from './commands/types';

export type { Output };

function help(io: Output): void {
  io.out('Usage: tirwedd <command> [options]');
  io.out('');
  for (const c of COMMANDS) {
    if (c.usage.length < 38) io.out(`  ${c.usage.padEnd(40)}${c.summary}`);
    else {
      io.out(`  ${c.usage}`);
      io.out(`  ${''.padEnd(40)}${c.summary}`);
    }
  }
}

/** Runs the command line; returns the exit code (0 success, 1 bad data, 2 bad usage). */
export async function main(argv: string[], io: Output): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    help(io);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".`);
    help(io);
    return 2;
  }
  // Every command answers --help (or -h) with how to call it, and does nothing else.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: tirwedd ${command.usage}`);
    io.out('');
    io.out(command.summary);
    return 0;
  }
  return command.run(rest, io);
}
