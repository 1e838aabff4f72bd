import type { ShareBinding, ShareRole } from '../core/workspace/types';

/** Why a request to a server came to nothing, in words the interface has a message for. */
export type ShareFailure = 'address' | 'unreachable' | 'not-tirwedd' | 'refused';

export class ShareError extends Error {
  constructor(readonly failure: ShareFailure) {
    super(failure);
  }
}

/** A server address as typed, made whole (`http(s)://host[:port]/path/`), or nothing. */
export function serverAddress(typed: string): string | undefined {
  const trimmed = typed.trim();
  if (!trimmed) return undefined;
  // Another scheme is not a server this app can reach; no scheme at all means https.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) && !/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.toString();
  } catch {
    return undefined;
  }
}

async function ask(server: string, path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(new URL(path, server), { ...init, cache: 'no-store' });
  } catch {
    throw new ShareError('unreachable');
  }
}

/** True when a Tirwedd server answers at `server`. */
export async function isTirweddServer(server: string): Promise<boolean> {
  try {
    const response = await ask(server, 'api/info');
    if (!response.ok) return false;
    const info = (await response.json()) as { app?: unknown };
    return info.app === 'tirwedd';
  } catch {
    return false;
  }
}

/** Publishes a new shared workspace: the binding for whoever published it, links included. */
export async function publishOn(server: string): Promise<ShareBinding> {
  if (!(await isTirweddServer(server))) {
    // Tell a server that is down from an address that is not a Tirwedd server.
    await ask(server, 'api/info');
    throw new ShareError('not-tirwedd');
  }
  const response = await ask(server, 'api/shares', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  if (response.status !== 201) throw new ShareError('refused');
  const made = (await response.json()) as {
    doc: string;
    owner: string;
    editor: string;
    viewer: string;
  };
  return {
    server,
    doc: made.doc,
    token: made.owner,
    role: 'owner',
    links: { editor: made.editor, viewer: made.viewer },
  };
}

/** Revokes a link and returns its replacement; only the owner's token may ask. */
export async function renewLink(binding: ShareBinding, role: 'editor' | 'viewer'): Promise<string> {
  const response = await ask(
    binding.server,
    `api/shares/${encodeURIComponent(binding.doc)}/renew`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${binding.token}` },
      body: JSON.stringify({ role }),
    },
  );
  if (!response.ok) throw new ShareError('refused');
  return ((await response.json()) as { token: string }).token;
}

const ROLES: readonly ShareRole[] = ['editor', 'viewer'];

/**
 * A link that opens a shared workspace in the app at `app`. What it carries is in the part
 * after #, which browsers never send to a server or in a Referer.
 */
export function joinLink(
  app: string,
  binding: ShareBinding,
  role: 'editor' | 'viewer',
  name: string,
): string {
  const token = binding.links?.[role];
  if (!token) throw new Error('Only the publisher holds the links');
  const params = new URLSearchParams({
    server: binding.server,
    doc: binding.doc,
    token,
    role,
    name,
  });
  const url = new URL(app);
  url.hash = `join?${params.toString()}`;
  return url.toString();
}

/** The shared workspace a link's #join part opens, or nothing when it is not one. */
export function readJoinLink(
  hash: string,
): { binding: ShareBinding; name: string | undefined } | undefined {
  const match = /^#?join\?(.*)$/.exec(hash);
  if (!match) return undefined;
  const params = new URLSearchParams(match[1]);
  const server = serverAddress(params.get('server') ?? '');
  const doc = params.get('doc') ?? '';
  const token = params.get('token') ?? '';
  const role = params.get('role') as ShareRole;
  if (!server || !/^[\w-]+$/.test(doc) || !/^[\w-]+$/.test(token) || !ROLES.includes(role))
    return undefined;
  const name = params.get('name')?.trim().slice(0, 200) || undefined;
  return { binding: { server, doc, token, role }, name };
}
