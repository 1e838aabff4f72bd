import { SkipFurtherHooksError } from '@hocuspocus/common';
import { Redis } from '@hocuspocus/extension-redis';
import type { Extension, HookName } from '@hocuspocus/server';
import IORedis from 'ioredis';

type Say = (event: string, fields?: Record<string, unknown>) => void;

/**
 * The link to the Redis that several server processes share: documents travel between them
 * through it, and so do tokens. When Redis cannot be reached, this process goes on serving
 * (and storing) its own clients and says so in its log, once; the others catch up through
 * their clients once Redis is back.
 */
export function redisLink(url: string, say: Say) {
  let down = false;
  const client = () => {
    const redis = new IORedis(url, {
      // While Redis is away a command fails after one try to reconnect, rather than waiting.
      maxRetriesPerRequest: 1,
      retryStrategy: (times) => Math.min(times * 250, 2000),
    });
    redis.on('error', (error: Error) => {
      if (down) return;
      down = true;
      say('redis-unreachable', { reason: error.message, serving: 'this process only' });
    });
    redis.on('ready', () => {
      if (!down) return;
      down = false;
      say('redis-back');
    });
    return redis;
  };
  return { client, extension: () => guardedRedis(client, say, () => down) };
}

function guardedRedis(client: () => IORedis, say: Say, down: () => boolean): Extension {
  const redis = new Redis({ createClient: client, identifier: `tirwedd-${process.pid}` });
  const hooks = redis as unknown as Record<
    HookName,
    ((payload: unknown) => Promise<unknown>) | undefined
  >;
  const guarded: Extension = { priority: redis.priority, extensionName: 'redis' };
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(redis)) as HookName[]) {
    const hook = hooks[name];
    if (typeof hook !== 'function' || name === ('constructor' as HookName)) continue;
    (guarded as Record<string, unknown>)[name] = async (payload: unknown) => {
      try {
        return await hook.call(redis, payload);
      } catch (error) {
        // Another process is storing this document: that is Redis working, not failing.
        if (error instanceof SkipFurtherHooksError) throw error;
        if (!down()) say('redis-failed', { hook: name, reason: String(error) });
        return undefined;
      }
    };
  }
  return guarded;
}
