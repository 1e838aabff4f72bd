import { mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { Server, type Extension, type onAuthenticatePayload } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
import Database from 'better-sqlite3';
import { WORKSPACE_VERSION } from '../core/workspace/types';
import { redisLink } from './redis-link';
import { securityHeaders, syncOriginFor } from './security-headers';
import { ShareTokens, type Holder } from './share-tokens';
import { localTokens, sharedTokens } from './token-directory';
import { serveStatic } from './static-files';
import * as Y from 'yjs';
import { MAX_UPDATE_BYTES, messageRefusal, updateIn } from '../sync/sync-messages';

export interface ServerOptions {
  port: number;
  host?: string;
  /** Where documents and token hashes are kept. */
  data: string;
  /** The built app to serve. */
  app: string;
  /** Several processes share documents through this Redis. */
  redis?: string;
  /** The largest update a client may send, in bytes. */
  maxUpdate?: number;
  log?: (line: string) => void;
}

export interface RunningServer {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** Whoever holds a connection, as the server knows them. */
interface ConnectionContext {
  holder: Holder;
}

const API_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  // The app may be served elsewhere (the embedded copy) and publish here: tokens travel in the
  // body and the Authorization header, never in cookies, so any origin may ask.
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
};

/** True when `update` adds nothing to `doc`: a viewer's client repeating what it was sent. */
const addsNothing = (doc: Y.Doc, update: Uint8Array) =>
  Y.snapshotContainsUpdate(Y.snapshot(doc), update);

/** The Tirwedd server: the built app, the share API and the sync endpoint, in one process. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const say = (event: string, fields: Record<string, unknown> = {}) =>
    log(JSON.stringify({ at: new Date().toISOString(), event, ...fields }));
  const dataDir = resolve(options.data);
  const appDir = resolve(options.app);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'tirwedd.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const redis = options.redis ? redisLink(options.redis, say) : undefined;
  const cut = (ids: string[]) => cutOff(new Set(ids));
  const tokens = redis
    ? sharedTokens(new ShareTokens(db), cut, redis.client(), redis.client(), say)
    : localTokens(new ShareTokens(db), cut);
  const maxUpdate = options.maxUpdate ?? MAX_UPDATE_BYTES;

  const access: Extension = {
    async onAuthenticate(data: onAuthenticatePayload) {
      const format = Number(data.requestParameters.get('format'));
      if (format !== WORKSPACE_VERSION) {
        say('refused', { doc: data.documentName, reason: 'app-version', format });
        throw refusal('app-version');
      }
      const holder = await tokens.check(data.documentName, data.token);
      if (!holder) {
        say('refused', { doc: data.documentName, reason: 'token' });
        throw refusal('token');
      }
      if (holder.role === 'viewer') data.connectionConfig.readOnly = true;
      say('connected', { doc: data.documentName, role: holder.role, socket: data.socketId });
      return { holder } satisfies ConnectionContext;
    },
    async beforeHandleMessage({ update, connection, documentName, document }) {
      const refusal = messageRefusal(update, maxUpdate);
      if (refusal) {
        say('rejected', { doc: documentName, reason: refusal });
        throw new Error(refusal);
      }
      const carried = updateIn(update);
      // The engine refuses a read-only connection's writes; the log says who tried.
      if (carried && connection.readOnly && !addsNothing(document, carried))
        say('rejected', { doc: documentName, reason: 'viewer cannot write' });
    },
    async onDisconnect({ documentName, socketId, context }) {
      const holder = (context as Partial<ConnectionContext>).holder;
      if (holder) say('disconnected', { doc: documentName, role: holder.role, socket: socketId });
    },
    async onRequest({ request, response }) {
      const host = request.headers.host;
      const secure = request.headers['x-forwarded-proto'] === 'https';
      const url = new URL(request.url ?? '/', 'http://app');
      if (url.pathname.startsWith('/api/')) await api(url, request, response);
      else
        await serveStatic(appDir, request, response, securityHeaders(syncOriginFor(host, secure)));
      // Answered: the engine's own reply must not follow.
      throw null;
    },
  };

  async function api(url: URL, request: IncomingMessage, response: ServerResponse) {
    const reply = (status: number, body: unknown) =>
      response.writeHead(status, API_HEADERS).end(JSON.stringify(body));
    if (request.method === 'OPTIONS') return void response.writeHead(204, API_HEADERS).end();
    if (url.pathname === '/api/info' && request.method === 'GET')
      return reply(200, { app: 'tirwedd', format: WORKSPACE_VERSION, sync: '/sync' });
    if (url.pathname === '/api/shares' && request.method === 'POST') {
      const published = await tokens.publish();
      say('published', { doc: published.doc });
      return reply(201, published);
    }
    const renew = /^\/api\/shares\/([\w-]+)\/renew$/.exec(url.pathname);
    if (renew && request.method === 'POST') {
      const doc = renew[1]!;
      const owner = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const holder = owner ? await tokens.check(doc, owner) : undefined;
      if (holder?.role !== 'owner') {
        say('refused', { doc, reason: 'renew without the owner token' });
        return reply(403, { error: 'owner' });
      }
      const body = await readJson(request);
      const role = body?.role;
      if (role !== 'editor' && role !== 'viewer') return reply(400, { error: 'role' });
      const { token, revoked } = await tokens.renew(doc, role);
      say('revoked', { doc, role, tokens: revoked.length });
      return reply(200, { token });
    }
    return reply(404, { error: 'not found' });
  }

  /** Closes the connections that came in on revoked tokens, in whatever document. */
  function cutOff(revoked: ReadonlySet<string>) {
    for (const document of server.hocuspocus.documents.values())
      for (const connection of document.connections.keys()) {
        const holder = (connection.context as Partial<ConnectionContext>).holder;
        if (holder && revoked.has(holder.tokenId))
          connection.close({ code: 4403, reason: 'revoked' });
      }
  }

  const extensions: Extension[] = [
    access,
    new SQLite({ database: file }),
    ...(redis ? [redis.extension()] : []),
  ];
  const server = new Server({
    port: options.port,
    ...(options.host ? { address: options.host } : {}),
    quiet: true,
    stopOnSignals: false,
    // Stored soon after each change, so a restart loses nothing a client has not also kept.
    debounce: 200,
    maxDebounce: 1000,
    websocketOptions: { maxPayload: maxUpdate * 2 },
    extensions,
  });
  await server.listen();
  const port = server.address.port;
  say('listening', { port, host: options.host ?? '0.0.0.0', redis: !!options.redis });
  return {
    port,
    url: `http://${options.host ?? '127.0.0.1'}:${port}/`,
    async stop() {
      await server.destroy();
      await tokens.close();
      db.close();
      say('stopped');
    },
  };
}

/** A refusal the client is told the reason of. */
const refusal = (reason: 'app-version' | 'token') => Object.assign(new Error(reason), { reason });

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 64 * 1024) return undefined;
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
