import type IORedis from 'ioredis';
import {
  hashOf,
  newToken,
  secret,
  type Holder,
  type LinkRole,
  type Published,
  type ShareTokens,
  type TokenRecord,
} from './share-tokens';

type Say = (event: string, fields?: Record<string, unknown>) => void;

/** Where the server looks tokens up: its own database, and Redis when processes share it. */
export interface TokenDirectory {
  publish(): Promise<Published>;
  check(doc: string, token: string): Promise<Holder | undefined>;
  /** Revokes every link of `role`, makes a new one, and has every process cut the old ones off. */
  renew(doc: string, role: LinkRole): Promise<{ token: string; revoked: string[] }>;
  close(): Promise<void>;
}

/** A new shared workspace's id and its three tokens, kept in this process's database. */
function publishHere(tokens: ShareTokens) {
  const doc = secret(16);
  const owner = newToken(doc, 'owner');
  const editor = newToken(doc, 'editor');
  const viewer = newToken(doc, 'viewer');
  const records = [owner.record, editor.record, viewer.record];
  for (const record of records) tokens.keep(record);
  return {
    published: { doc, owner: owner.token, editor: editor.token, viewer: viewer.token },
    records,
  };
}

/** Tokens of a server that runs alone. */
export function localTokens(tokens: ShareTokens, cutOff: (ids: string[]) => void): TokenDirectory {
  return {
    async publish() {
      return publishHere(tokens).published;
    },
    async check(doc, token) {
      return tokens.find(doc, hashOf(token));
    },
    async renew(doc, role) {
      const revoked = tokens.live(doc, role);
      tokens.revoke(revoked);
      const { token, record } = newToken(doc, role);
      tokens.keep(record);
      cutOff(revoked);
      return { token, revoked };
    },
    async close() {},
  };
}

const REVOKED = 'tirwedd:revoked';
const tokenKey = (hash: string) => `tirwedd:token:${hash}`;
const roleKey = (doc: string, role: string) => `tirwedd:links:${doc}:${role}`;

/**
 * Tokens shared by several processes through Redis. Each process also keeps every token it
 * sees in its own database, so while Redis is away it still lets in the people it knows.
 */
export function sharedTokens(
  tokens: ShareTokens,
  cutOff: (ids: string[]) => void,
  pub: IORedis,
  sub: IORedis,
  say: Say,
): TokenDirectory {
  void sub.subscribe(REVOKED).catch(() => undefined);
  sub.on('message', (channel: string, message: string) => {
    if (channel !== REVOKED) return;
    const ids = JSON.parse(message) as string[];
    tokens.revoke(ids);
    cutOff(ids);
  });
  const share = async (record: TokenRecord) => {
    await pub
      .multi()
      .set(tokenKey(record.hash), JSON.stringify(record))
      .sadd(roleKey(record.doc, record.role), record.hash)
      .exec();
  };
  return {
    async publish() {
      const { published, records } = publishHere(tokens);
      for (const record of records) await share(record);
      return published;
    },
    async check(doc, token) {
      const hash = hashOf(token);
      const known = tokens.find(doc, hash);
      if (known) return known;
      try {
        const stored = await pub.get(tokenKey(hash));
        if (!stored) return undefined;
        const record = JSON.parse(stored) as TokenRecord;
        if (record.doc !== doc) return undefined;
        tokens.keep(record);
        return { tokenId: record.tokenId, doc: record.doc, role: record.role };
      } catch (error) {
        say('redis-failed', { step: 'token lookup', reason: String(error) });
        return undefined;
      }
    },
    async renew(doc, role) {
      const hashes = await pub.smembers(roleKey(doc, role));
      const records = (await Promise.all(hashes.map((h) => pub.get(tokenKey(h)))))
        .filter((s): s is string => !!s)
        .map((s) => JSON.parse(s) as TokenRecord);
      const revoked = [...new Set([...records.map((r) => r.tokenId), ...tokens.live(doc, role)])];
      tokens.revoke(revoked);
      await pub
        .multi()
        .del(...hashes.map(tokenKey), roleKey(doc, role))
        .exec();
      const { token, record } = newToken(doc, role);
      tokens.keep(record);
      await share(record);
      cutOff(revoked);
      await pub.publish(REVOKED, JSON.stringify(revoked));
      return { token, revoked };
    },
    async close() {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
