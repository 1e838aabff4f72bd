import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

/** The embedded landscape, as the CLI tests read it. */
export const SEED_FILE = join(import.meta.dirname, '../../data/landscape.json');

/** Runs `tirwedd` in-process with these arguments, collecting what it prints. */
export async function runCli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Writes a file (text as is, anything else as JSON) into a fresh temporary folder. */
export function tempFile(name: string, content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tirwedd-cli-')), name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
