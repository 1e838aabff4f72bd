import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A process this test run started, stopped by its PID and nothing else. */
interface Started {
  child: ChildProcess;
  /** Every line it printed so far. */
  lines: string[];
  stop(): Promise<void>;
}

function watch(child: ChildProcess): string[] {
  const lines: string[] = [];
  let rest = '';
  const take = (chunk: Buffer) => {
    const text = rest + chunk.toString('utf8');
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    lines.push(...parts);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return lines;
}

async function waitFor(lines: string[], child: ChildProcess, test: (line: string) => boolean) {
  for (let i = 0; i < 400; i++) {
    const line = lines.find(test);
    if (line) return line;
    if (child.exitCode !== null) throw new Error(`exited (${child.exitCode}): ${lines.join('\n')}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`did not start: ${lines.join('\n')}`);
}

/** Every process started here; any still running when the test process ends is stopped. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) if (child.exitCode === null) process.kill(child.pid!, 'SIGTERM');
});

function stopper(child: ChildProcess) {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(child.pid!, 'SIGTERM');
    await exited;
  };
}

export interface TirweddServer extends Started {
  port: number;
  url: string;
  data: string;
}

/** Starts `tirwedd serve` on a free loopback port; `data` keeps documents across restarts. */
export async function startTirwedd(
  options: { data?: string; redis?: string; port?: number; maxUpdate?: number } = {},
): Promise<TirweddServer> {
  const data = options.data ?? mkdtempSync(join(tmpdir(), 'tirwedd-server-'));
  const args = ['src/cli/bin.mjs', 'serve', '--port', String(options.port ?? 0), '--data', data];
  if (options.redis) args.push('--redis', options.redis);
  if (options.maxUpdate) args.push('--max-update', String(options.maxUpdate));
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = watch(child);
  const listening = await waitFor(lines, child, (l) => l.includes('"listening"'));
  const port = (JSON.parse(listening) as { port: number }).port;
  return { child, lines, stop: stopper(child), port, url: `http://127.0.0.1:${port}/`, data };
}

/** A free loopback port, for a program that cannot pick its own. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error()),
      );
    });
  });
}

export interface RedisServer extends Started {
  url: string;
}

/** Starts a Redis server of its own on a free loopback port, keeping nothing on disk. */
export async function startRedis(port?: number): Promise<RedisServer> {
  const chosen = port ?? (await freePort());
  const child = spawn(
    'redis-server',
    ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines = watch(child);
  await waitFor(lines, child, (l) => l.includes('Ready to accept connections'));
  return { child, lines, stop: stopper(child), url: `redis://127.0.0.1:${chosen}` };
}
