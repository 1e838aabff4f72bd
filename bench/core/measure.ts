/**
 * Timing and printing for the core benchmark (`bench/core.ts`): medians of repeated runs after
 * a warm-up, nearest-rank percentiles, and the Markdown tables it prints.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
  /** What the last run returned, for sizes and sanity checks. */
  last: unknown;
}

export interface MeasureOptions {
  /** Untimed runs first (JIT, caches). Default 1. */
  warmup?: number;
  /** At least this many timed runs. Default 5. */
  minRuns?: number;
  /** Keep running (up to `maxRuns`) until this much time has been spent timing. Default 300 ms. */
  minTimeMs?: number;
  maxRuns?: number;
}

/** Nearest-rank percentile of an unsorted list (`p` from 0 to 100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One step of a timed sequence: gets the run's index and what the step before it returned. */
export type Step = readonly [name: string, fn: (run: number, previous: unknown) => unknown];

const timing = (times: readonly number[], last: unknown): Timing => ({
  median: median(times),
  min: Math.min(...times),
  max: Math.max(...times),
  runs: times.length,
  last,
});

/**
 * Runs the steps in order, `warmup` times untimed, then at least `minRuns` times timed (more for
 * quick sequences, until `minTimeMs` is spent or `maxRuns` reached), timing each step apart and
 * the whole. Slow pipelines (apply then compare) are run once per repetition, not once per
 * figure. A step gets the run's index, so a run can vary its input (a different selection each
 * time). Returns each step's timing by name, and `total`.
 */
export function measureSteps(
  steps: readonly Step[],
  options: MeasureOptions = {},
): Map<string, Timing> {
  const warmup = options.warmup ?? 1;
  const minRuns = options.minRuns ?? 5;
  const minTimeMs = options.minTimeMs ?? 300;
  const maxRuns = Math.max(minRuns, options.maxRuns ?? 200);
  const once = (run: number, times?: number[][]) => {
    let previous: unknown;
    const results: unknown[] = [];
    steps.forEach(([, fn], i) => {
      const start = performance.now();
      previous = fn(run, previous);
      times?.[i]!.push(performance.now() - start);
      results.push(previous);
    });
    return results;
  };
  for (let i = 0; i < warmup; i++) once(-1 - i);
  const times = steps.map((): number[] => []);
  const totals: number[] = [];
  let results: unknown[] = [];
  let spent = 0;
  while (totals.length < minRuns || (spent < minTimeMs && totals.length < maxRuns)) {
    const start = performance.now();
    results = once(totals.length, times);
    const ms = performance.now() - start;
    totals.push(ms);
    spent += ms;
  }
  const out = new Map<string, Timing>();
  steps.forEach(([name], i) => out.set(name, timing(times[i]!, results[i])));
  out.set('total', timing(totals, results.at(-1)));
  return out;
}

/** `measureSteps` for one function: its median and spread over the timed runs. */
export function measure(fn: (run: number) => unknown, options: MeasureOptions = {}): Timing {
  return measureSteps([['fn', (run) => fn(run)]], options).get('fn')!;
}

/** Milliseconds with precision suited to their size. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

export const kb = (chars: number): string => `${(chars / 1024).toFixed(1)} KB`;

/** An aim such as "< 10 ms", judged on a median. */
export interface Aim {
  ms: number;
}

export const verdict = (value: number, aim: Aim | undefined): string =>
  aim === undefined ? '' : `< ${aim.ms} ms: ${value < aim.ms ? 'meets aim' : 'over aim'}`;

/** A Markdown table with right-aligned columns where `right[i]` is set, padded to line up. */
export function table(header: string[], rows: string[][], right: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells
      .map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** One timed figure in a results table. */
export interface Row {
  figure: string;
  landscape: string;
  timing: Timing;
  notes?: string;
  aim?: Aim;
}

export function timingTable(rows: readonly Row[]): string {
  return table(
    ['figure', 'landscape', 'median ms', 'min ms', 'max ms', 'runs', 'notes', 'aim'],
    rows.map((r) => [
      r.figure,
      r.landscape,
      ms(r.timing.median),
      ms(r.timing.min),
      ms(r.timing.max),
      String(r.timing.runs),
      r.notes ?? '',
      verdict(r.timing.median, r.aim),
    ]),
    [false, false, true, true, true, true, false, false],
  );
}

/**
 * The share of the machine's CPU (0 to 1 of all cores) that other processes used over
 * `sampleMs`, this process excluded: figures taken on a busy machine read slower and wider.
 */
export function otherLoad(sampleMs = 1000): number {
  const busy = () =>
    os.cpus().reduce(
      (sum, c) => {
        const t = c.times;
        return { all: sum.all + t.user + t.nice + t.sys + t.irq + t.idle, idle: sum.idle + t.idle };
      },
      { all: 0, idle: 0 },
    );
  const before = busy();
  const own = process.cpuUsage();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, sampleMs);
  const after = busy();
  const used = process.cpuUsage(own);
  const ownMs = (used.user + used.system) / 1000;
  const all = after.all - before.all;
  return all > 0 ? Math.max(0, (all - (after.idle - before.idle) - ownMs) / all) : 0;
}
