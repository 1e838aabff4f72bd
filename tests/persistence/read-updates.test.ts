import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DexieStore } from '../../src/persistence/dexie-store';

const update = (n: number) => new Uint8Array([n, n + 1, n + 2]);

describe('reading a workspace’s stored updates', () => {
  it('gives every update of that workspace, in the order stored, however many there are', async () => {
    const store = await DexieStore.open('read-updates-test', 1);
    const now = '2026-12-04T12:00:00.000Z';
    const summary = (id: string) => ({ id, name: id, createdAt: now, updatedAt: now });
    await store.create(summary('a'), [update(0), update(1), update(2)]);
    await store.create(summary('b'), [update(100)]);
    // Another workspace's writes in between, then more of this one's than a request reads.
    for (let n = 3; n < 30; n += 1) {
      await store.commit({ ws: 'a', updates: [update(n)], updatedAt: now });
      if (n % 5 === 0) await store.commit({ ws: 'b', updates: [update(100 + n)], updatedAt: now });
    }
    const read = await store.readUpdates('a');
    expect(read.map((u) => u[0])).toEqual([...Array(30).keys()]);
    expect((await store.readUpdates('b')).map((u) => u[0])).toEqual([100, 105, 110, 115, 120, 125]);
    expect(await store.readUpdates('none')).toEqual([]);
  });
});
