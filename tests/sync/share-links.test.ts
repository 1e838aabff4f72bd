import { describe, expect, it } from 'vitest';
import { joinLink, readJoinLink, serverAddress } from '../../src/sync/share-api';
import { syncUrl } from '../../src/sync/share-connection';
import { WORKSPACE_VERSION } from '../../src/core/workspace/types';

const binding = {
  server: 'https://tirwedd.example.org/team/',
  doc: 'abc_DEF-123',
  token: 'owner-token',
  role: 'owner' as const,
  links: { editor: 'editor-token', viewer: 'viewer-token' },
};

describe('share links', () => {
  it('carry the server, workspace, token, role and name after the #, and read back', () => {
    const link = joinLink('https://app.example.org/', binding, 'viewer', 'North Wales model');
    expect(new URL(link).search).toBe('');
    expect(link).not.toContain('owner-token');
    const read = readJoinLink(new URL(link).hash);
    expect(read).toEqual({
      binding: {
        server: binding.server,
        doc: binding.doc,
        token: 'viewer-token',
        role: 'viewer',
      },
      name: 'North Wales model',
    });
  });

  it('refuses a link cut short, or one that claims to be the owner', () => {
    const link = joinLink('https://app.example.org/', binding, 'editor', 'W');
    expect(readJoinLink(new URL(link).hash.replace(/&token=[^&]*/, ''))).toBeUndefined();
    expect(readJoinLink(new URL(link).hash.replace('role=editor', 'role=owner'))).toBeUndefined();
    expect(readJoinLink('#scenario=1')).toBeUndefined();
  });

  it('makes a typed server address whole, and refuses what is not one', () => {
    expect(serverAddress('tirwedd.example.org')).toBe('https://tirwedd.example.org/');
    expect(serverAddress(' http://127.0.0.1:8080 ')).toBe('http://127.0.0.1:8080/');
    expect(serverAddress('https://host/team?x=1#y')).toBe('https://host/team/');
    expect(serverAddress('')).toBeUndefined();
    expect(serverAddress('ftp://host/')).toBeUndefined();
  });

  it('reaches the sync endpoint beside the app, saying which workspace format it writes', () => {
    expect(syncUrl('https://host/team/')).toBe(`wss://host/team/sync?format=${WORKSPACE_VERSION}`);
    expect(syncUrl('http://127.0.0.1:8080/')).toBe(
      `ws://127.0.0.1:8080/sync?format=${WORKSPACE_VERSION}`,
    );
  });
});
