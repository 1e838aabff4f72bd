import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, publish, seedState, until } from './share-client';
import { startRedis, startTirwedd, type RedisServer, type TirweddServer } from './server-process';

const SVOC = 'dp-svoc-board';
const CONTEST = 'dp-contest-board';

let redis: RedisServer;
let one: TirweddServer;
let two: TirweddServer;

beforeAll(async () => {
  redis = await startRedis();
  one = await startTirwedd({ redis: redis.url });
  // The second process has its own disk: all they share is Redis.
  two = await startTirwedd({ redis: redis.url });
});
afterAll(async () => {
  await one?.stop();
  await two?.stop();
  await redis?.stop();
});

describe('several server processes sharing Redis', { timeout: 40_000 }, () => {
  it("lets a client on each process see the other's edits", async () => {
    const links = await publish(one.url);
    const owner = client({ server: one.url, doc: links.doc, token: links.owner }, seedState());
    await until(() => owner.events.synced > 0, 'the first sync');
    // The link made by process one opens the workspace on process two.
    const a = client({ server: one.url, doc: links.doc, token: links.editor });
    const b = client({ server: two.url, doc: links.doc, token: links.editor });
    try {
      await until(() => !!a.board(SVOC) && !!b.board(SVOC), 'both to load', 15_000);
      a.rename(SVOC, 'Edited through process one');
      b.rename(CONTEST, 'Edited through process two');
      await until(
        () =>
          b.board(SVOC)?.name === 'Edited through process one' &&
          a.board(CONTEST)?.name === 'Edited through process two',
        'each edit to cross',
      );
      expect(a.content).toEqual(b.content);
    } finally {
      a.close();
      b.close();
      owner.close();
    }
  });

  it('keeps serving its own clients when Redis goes away, and says so in its log', async () => {
    const links = await publish(one.url);
    const owner = client({ server: one.url, doc: links.doc, token: links.owner }, seedState());
    await until(() => owner.events.synced > 0, 'the first sync');
    await redis.stop();
    const reader = client({ server: one.url, doc: links.doc, token: links.viewer });
    try {
      await until(() => one.lines.some((l) => l.includes('redis-unreachable')), 'the log line');
      owner.rename(SVOC, 'While Redis is away');
      await until(() => reader.board(SVOC)?.name === 'While Redis is away', 'the edit', 15_000);
    } finally {
      reader.close();
      owner.close();
    }
  });
});
