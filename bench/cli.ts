/**
 * `npm run bench:cli`: `tirwedd analyse --json` on the 5,000-board landscape, as a user runs it
 * (a process of its own), and what it costs: the bytes it writes and the peak memory of that
 * process (its maximum resident set, read by the process itself as it exits).
 * Aims (issue: an overview that reads at a glance): at most 5 MB written, at most 200 MB peak.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLandscape, writeLandscapeFile } from './generate-landscape';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 3));
const SAY_PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;

const file = writeLandscapeFile(generateLandscape({ boards: 5000, seed: 5000 }), 'analyse-5000');
const runs: { bytes: number; peakMb: number; ms: number }[] = [];
try {
  for (let rep = 0; rep < REPS; rep += 1) {
    const started = Date.now();
    const run = spawnSync(
      process.execPath,
      ['--import', SAY_PEAK, join(ROOT, 'src/cli/bin.mjs'), 'analyse', file, '--json'],
      { maxBuffer: 1 << 30 },
    );
    const ms = Date.now() - started;
    if (run.status !== 0) throw new Error(`analyse --json failed: ${run.stderr.toString()}`);
    const kb = Number(/maxrss (\d+)/.exec(run.stderr.toString())?.[1]);
    if (!kb) throw new Error('analyse --json did not say its peak memory');
    runs.push({ bytes: run.stdout.length, peakMb: kb / 1024, ms });
  }
} finally {
  rmSync(dirname(file), { recursive: true, force: true });
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(
  '\n`tirwedd analyse --json`, 5,000 boards (generateLandscape seed 5000), one process a run\n',
);
console.log('| run | written | peak memory | time |');
console.log('|---:|---:|---:|---:|');
for (const [at, r] of runs.entries())
  console.log(`| ${at + 1} | ${mb(r.bytes)} MB | ${r.peakMb.toFixed(0)} MB | ${r.ms} ms |`);
const worst = {
  bytes: Math.max(...runs.map((r) => r.bytes)),
  peak: Math.max(...runs.map((r) => r.peakMb)),
};
console.log(
  `\nWritten ${mb(worst.bytes)} MB (aim ≤ 5 MB): ${worst.bytes <= 5 * 1024 * 1024 ? 'within' : 'OVER'}; ` +
    `peak ${worst.peak.toFixed(0)} MB (aim ≤ 200 MB): ${worst.peak <= 200 ? 'within' : 'OVER'}.`,
);
