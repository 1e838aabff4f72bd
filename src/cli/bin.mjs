#!/usr/bin/env node
// The command is written in TypeScript; tsx compiles it on the fly so `npx tirwedd` needs no build step.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// A command reads a file, works and ends: a heap kept small suits it (`analyse --json` on 5,000
// boards peaked at 210 MB, 147 MB so). The sync server, which runs on, keeps the defaults.
if (process.argv[2] !== 'serve') setFlagsFromString('--optimize-for-size');
register();
// A reader that stops early (a pager, `head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
