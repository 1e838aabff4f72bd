/**
 * The Tirwedd server, measured with real server processes, a real Redis and Node clients on
 * loopback (`@hocuspocus/provider`, editing as the app edits):
 * - client → server → client latency of one edit (p50/p95), on the seed and on 5,000 boards;
 * - N clients editing one workspace for a while: edits made, edits lost, p95 latency, and the
 *   server's memory; then the same across two processes sharing Redis;
 * - the server's memory with 50 open documents.
 * Prints figures; asserts nothing. BENCH_SERVER_SECONDS shortens the runs (60 by default).
 */
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import type { Landscape } from '../src/core/model/types';
import type { WorkspaceContent } from '../src/core/workspace/types';
import { createWorkspace } from '../src/core/workspace/workspace';
import { encodeContent } from '../src/state/open-document';
import { client, publish, until } from '../tests/server/share-client';
import {
  startRedis,
  startTirwedd,
  type RedisServer,
  type TirweddServer,
} from '../tests/server/server-process';
import { seedLandscape } from '../tests/fixtures/seed';
import { generateLandscape } from './generate-landscape';

const SECONDS = Math.max(5, Number(process.env.BENCH_SERVER_SECONDS ?? 60));
const CLIENTS = 20;
const EDIT_EVERY_MS = 500;
const AIM_P95 = 250;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

/** The resident memory of a process we started, from the kernel's own count. */
function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

const contentOf = (landscape: Landscape): WorkspaceContent =>
  createWorkspace({ id: '', name: '', landscape, now: '' });

/** A workspace published on `server` and brought there by its owner, as Share… does. */
async function shared(server: TirweddServer, state: Uint8Array) {
  const links = await publish(server.url);
  const owner = client({ server: server.url, doc: links.doc, token: links.owner }, state);
  await until(
    () => owner.events.synced > 0 && !owner.connection.provider.hasUnsyncedChanges,
    'publish',
    60_000,
  );
  return { links, owner };
}

async function oneEditLatency(label: string, landscape: Landscape, server: TirweddServer) {
  const { links, owner } = await shared(server, encodeContent(contentOf(landscape)));
  const a = client({ server: server.url, doc: links.doc, token: links.editor });
  const b = client({ server: server.url, doc: links.doc, token: links.editor });
  const boardId = landscape.boards[0]!.id;
  await until(() => !!a.board(boardId) && !!b.board(boardId), 'both to load', 60_000);
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const name = `Latency ${i}`;
    const seen = new Promise<number>((resolve) => {
      const check = () => {
        if (b.rawName(boardId) === name) {
          b.doc.off('update', check);
          resolve(performance.now());
        }
      };
      b.doc.on('update', check);
    });
    // From the moment the edit leaves A's document: the app's own work on it is not the wire's.
    let start = 0;
    const sent = () => (start = performance.now());
    a.doc.once('update', sent);
    a.rename(boardId, name);
    times.push((await seen) - start);
  }
  console.log(
    `  ${label.padEnd(22)} p50 ${ms(quantile(times, 0.5))}  p95 ${ms(quantile(times, 0.95))}` +
      `  (aim p95 ≤ ${AIM_P95} ms)`,
  );
  for (const c of [a, b, owner]) c.close();
}

/**
 * `CLIENTS` people edit one workspace at once, each its own board, one edit every
 * `EDIT_EVERY_MS`, spread over `servers`. An edit counts as delivered when an observer on the
 * last server sees it or a later edit of the same board; lost when it never does.
 */
async function manyClients(label: string, servers: TirweddServer[]) {
  const landscape = seedLandscape();
  const { links, owner } = await shared(servers[0]!, encodeContent(contentOf(landscape)));
  const serverOf = (i: number) => servers[i % servers.length]!;
  const clients = Array.from({ length: CLIENTS }, (_, i) =>
    client({ server: serverOf(i).url, doc: links.doc, token: links.editor }),
  );
  const observer = client({
    server: serverOf(CLIENTS - 1).url,
    doc: links.doc,
    token: links.viewer,
  });
  const boards = landscape.boards.slice(0, CLIENTS).map((b) => b.id);
  await until(
    () => [...clients, observer].every((c) => !!c.board(boards[0]!)),
    'all to load',
    60_000,
  );
  const sent = boards.map(() => [] as number[]);
  const delivered = boards.map(() => 0);
  const latencies: number[] = [];
  observer.doc.on('update', () => {
    const now = performance.now();
    boards.forEach((id, i) => {
      const seq = Number(/#(\d+)$/.exec(observer.rawName(id) ?? '')?.[1] ?? -1);
      while (delivered[i]! <= seq && delivered[i]! < sent[i]!.length) {
        latencies.push(now - sent[i]![delivered[i]!]!);
        delivered[i]! += 1;
      }
    });
  });
  const peak = () => Math.max(...servers.map((s) => rssKb(s.child.pid!)));
  let memory = peak();
  const end = performance.now() + SECONDS * 1000;
  const timers = clients.map((c, i) =>
    setInterval(() => {
      if (performance.now() > end) return;
      const name = `Edited by client ${i} #${sent[i]!.length}`;
      c.doc.once('update', () => sent[i]!.push(performance.now()));
      c.rename(boards[i]!, name);
    }, EDIT_EVERY_MS),
  );
  while (performance.now() < end) {
    await sleep(1000);
    memory = Math.max(memory, peak());
  }
  timers.forEach(clearInterval);
  await sleep(3000);
  const made = sent.reduce((n, s) => n + s.length, 0);
  const lost = sent.reduce((n, s, i) => n + (s.length - delivered[i]!), 0);
  const converged = clients.every(
    (c) => Y.encodeStateVector(c.doc).toString() === Y.encodeStateVector(observer.doc).toString(),
  );
  console.log(
    `  ${label.padEnd(22)} ${made} edits in ${SECONDS} s, lost ${lost}, ` +
      `p50 ${ms(quantile(latencies, 0.5))} p95 ${ms(quantile(latencies, 0.95))}, ` +
      `server memory ≤ ${mb(memory)}, ${converged ? 'all copies converged' : 'COPIES DIFFER'}`,
  );
  for (const c of [...clients, observer, owner]) c.close();
}

async function fiftyDocuments(server: TirweddServer) {
  const before = rssKb(server.child.pid!);
  const state = encodeContent(contentOf(seedLandscape()));
  const open = [];
  for (let i = 0; i < 50; i++) open.push(await shared(server, state));
  await sleep(2000);
  const after = rssKb(server.child.pid!);
  console.log(`  50 open seed workspaces: server memory ${mb(after)} (${mb(before)} before them)`);
  for (const { owner } of open) owner.close();
}

async function main() {
  let redis: RedisServer | undefined;
  const started: TirweddServer[] = [];
  try {
    console.log('Tirwedd server (real processes on loopback):');
    const server = await startTirwedd();
    started.push(server);
    await oneEditLatency('seed, one edit', seedLandscape(), server);
    await oneEditLatency(
      '5,000 boards, one edit',
      generateLandscape({ seed: 5, boards: 5000, membershipsPerBoard: 10 }),
      server,
    );
    await manyClients(`${CLIENTS} clients, 1 process`, [server]);
    await fiftyDocuments(server);
    redis = await startRedis();
    const one = await startTirwedd({ redis: redis.url });
    const two = await startTirwedd({ redis: redis.url });
    started.push(one, two);
    await manyClients(`${CLIENTS} clients, 2 + Redis`, [one, two]);
  } finally {
    for (const s of started) await s.stop();
    await redis?.stop();
  }
}

await main();
