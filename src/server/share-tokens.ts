import { createHash, randomBytes } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';

/** What a token lets its holder do with one shared workspace. */
export type Role = 'owner' | 'editor' | 'viewer';
/** The roles that travel as links; the owner's token stays with whoever published. */
export type LinkRole = Exclude<Role, 'owner'>;

export interface Published {
  doc: string;
  owner: string;
  editor: string;
  viewer: string;
}

export interface Holder {
  tokenId: string;
  doc: string;
  role: Role;
}

/** A token as it is kept: never the token itself, only its hash. */
export interface TokenRecord extends Holder {
  hash: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS share_tokens (
  id TEXT PRIMARY KEY,
  doc TEXT NOT NULL,
  role TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  revoked TEXT
);
CREATE INDEX IF NOT EXISTS share_tokens_doc ON share_tokens (doc, role);
`;

export const secret = (bytes: number) => randomBytes(bytes).toString('base64url');
export const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new token and the record kept of it. */
export function newToken(doc: string, role: Role): { token: string; record: TokenRecord } {
  const token = secret(32);
  return { token, record: { tokenId: secret(9), doc, role, hash: hashOf(token) } };
}

/**
 * The tokens that open shared workspaces, kept in the server's own database. A token is shown
 * once, when it is made; only its hash is kept, so a copy of the data folder opens nothing.
 */
export class ShareTokens {
  readonly #db: BetterSqlite3.Database;

  constructor(db: BetterSqlite3.Database) {
    this.#db = db;
    db.exec(SCHEMA);
  }

  /** Keeps a token's record (made here, or told by another process). */
  keep(record: TokenRecord, now = new Date().toISOString()): void {
    this.#db
      .prepare(
        'INSERT OR IGNORE INTO share_tokens (id, doc, role, hash, created) VALUES (?, ?, ?, ?, ?)',
      )
      .run(record.tokenId, record.doc, record.role, record.hash, now);
  }

  /** Who holds the token with this hash for `doc`, or nothing when unknown, revoked or for another. */
  find(doc: string, hash: string): Holder | undefined {
    const row = this.#db
      .prepare('SELECT id, doc, role FROM share_tokens WHERE hash = ? AND revoked IS NULL')
      .get(hash) as { id: string; doc: string; role: Role } | undefined;
    return row && row.doc === doc ? { tokenId: row.id, doc: row.doc, role: row.role } : undefined;
  }

  /** The live tokens of one role. */
  live(doc: string, role: Role): string[] {
    return (
      this.#db
        .prepare('SELECT id FROM share_tokens WHERE doc = ? AND role = ? AND revoked IS NULL')
        .all(doc, role) as { id: string }[]
    ).map((r) => r.id);
  }

  revoke(ids: readonly string[], now = new Date().toISOString()): void {
    const revoke = this.#db.prepare('UPDATE share_tokens SET revoked = ? WHERE id = ?');
    this.#db.transaction(() => ids.forEach((id) => revoke.run(now, id)))();
  }
}
