#!/usr/bin/env node
// The command is written in TypeScript; tsx compiles it on the fly so `npx tirwedd` needs no build step.
import { register } from 'tsx/esm/api';

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
