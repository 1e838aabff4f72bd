import { describe, expect, it } from 'vitest';
import { contentOf } from '../../fixtures/content';
import { applyEdit } from '../../../src/core/edits/apply-edit';
import { applyOrThrow, inverseCheck } from '../../support/edits';
import type { BoardId, OrganisationId } from '../../../src/core/model/types';
import type { WorkspaceContent } from '../../../src/core/workspace/types';
import { board, miniLandscape } from '../../fixtures/mini-landscape';

const content = (): WorkspaceContent => ({
  landscape: miniLandscape(),
  positions: {
    ['north-svoc' as BoardId]: { x: 10, y: 20 },
    ['csp-aman' as BoardId]: { x: 0, y: 300 },
  },
  ignoredDuplications: [{ pair: 'a|b', note: 'checked' }],
  scenarios: [],
  tracker: [],
  pinned: [id('national')],
  tileNudges: [{ code: 'W06000001' as never, col: 2, row: 0 }],
});
const id = (s: string) => s as BoardId;

const expectInverseRestores = inverseCheck(content);

describe('applyEdit', () => {
  it('renames a board and takes the rename back', () => {
    const renamed = { ...miniLandscape().boards[1]!, name: 'North Violence Board' };
    const after = expectInverseRestores({ kind: 'put-board', board: renamed });
    expect(after.landscape.boards[1]!.name).toBe('North Violence Board');
  });

  it('adds a new board at the end and removes it on undo', () => {
    const after = expectInverseRestores({
      kind: 'put-board',
      board: board({ id: 'new', name: 'New Board' }),
    });
    expect(after.landscape.boards.at(-1)!.id).toBe('new');
  });

  it('deletes a board with its memberships, relations and position, and restores them in place', () => {
    const after = expectInverseRestores({ kind: 'remove-board', id: id('north-svoc') });
    expect(after.landscape.boards.map((b) => b.id)).not.toContain('north-svoc');
    expect(after.landscape.memberships.some((m) => m.board === 'north-svoc')).toBe(false);
    expect(after.landscape.relations).toEqual([]);
    expect(after.positions).not.toHaveProperty('north-svoc');
  });

  it('adds and removes memberships and relations', () => {
    expectInverseRestores({
      kind: 'add-membership',
      membership: {
        board: id('csp-aman'),
        organisation: 'health-board' as OrganisationId,
        role: 'member',
        seats: 1,
        source: miniLandscape().memberships[0]!.source,
      },
    });
    expectInverseRestores({
      kind: 'remove-membership',
      board: id('north-svoc'),
      organisation: 'council-a' as OrganisationId,
    });
    expectInverseRestores({
      kind: 'add-relation',
      relation: { ...miniLandscape().relations[1]!, to: id('national') },
    });
    expectInverseRestores({
      kind: 'remove-relation',
      from: id('north-svoc'),
      to: id('north-contest'),
      type: 'back-to-back',
    });
  });

  it('moves boards and puts them back where they were, including boards that had no position', () => {
    const after = expectInverseRestores({
      kind: 'move-boards',
      positions: { [id('north-svoc')]: { x: 99, y: 1 }, [id('national')]: { x: 5, y: 5 } },
    });
    expect(after.positions[id('national')]).toEqual({ x: 5, y: 5 });
  });

  it('pins the boards a user drags, and undo unpins only those it pinned', () => {
    const after = expectInverseRestores({
      kind: 'move-boards',
      positions: { [id('north-svoc')]: { x: 99, y: 1 }, [id('national')]: { x: 5, y: 5 } },
      pin: true,
    });
    expect(after.pinned).toEqual([id('national'), id('north-svoc')]);
  });

  it('moves boards without pinning them when the move is not a drag', () => {
    const after = expectInverseRestores({
      kind: 'move-boards',
      positions: { [id('csp-aman')]: { x: 1, y: 1 } },
    });
    expect(after.pinned).toEqual([id('national')]);
  });

  it('unpins boards and puts the pins back in their place on undo', () => {
    const before = { ...content(), pinned: [id('csp-aman'), id('national'), id('north-svoc')] };
    const { content: after, entry } = applyOrThrow(before, {
      kind: 'unpin-boards',
      ids: [id('csp-aman'), id('north-svoc'), id('ghost')],
    });
    expect(after.pinned).toEqual([id('national')]);
    expect(after.positions).toEqual(before.positions);
    expect(applyOrThrow(after, entry.inverse).content).toEqual(before);
    expect(expectInverseRestores({ kind: 'unpin-boards', ids: [id('national')] }).pinned).toEqual(
      [],
    );
  });

  it('undoes a batch in reverse order', () => {
    expectInverseRestores({
      kind: 'batch',
      edits: [
        { kind: 'put-board', board: board({ id: 'new', name: 'New' }) },
        { kind: 'add-relation', relation: { ...miniLandscape().relations[1]!, from: id('new') } },
        { kind: 'move-boards', positions: { [id('new')]: { x: 1, y: 2 } } },
      ],
    });
  });

  it('replaces the whole content and gives the old content back on undo', () => {
    const other = miniLandscape();
    other.boards = other.boards.slice(0, 1);
    other.memberships = [];
    other.relations = [];
    expectInverseRestores({
      kind: 'replace-content',
      content: contentOf(other),
    });
  });

  it('keeps moved map tiles, moves one again in place, puts one back, and undo restores all', () => {
    const after = expectInverseRestores({
      kind: 'place-tiles',
      tiles: {
        W06000001: { col: 3, row: 1 },
        W06000002: { col: 0, row: 4 },
      } as never,
    });
    expect(after.tileNudges).toEqual([
      { code: 'W06000001', col: 3, row: 1 },
      { code: 'W06000002', col: 0, row: 4 },
    ]);
    const back = expectInverseRestores({
      kind: 'place-tiles',
      tiles: { W06000001: null } as never,
    });
    expect(back.tileNudges).toEqual([]);
  });

  it('sets a duplication aside with a note and brings it back', () => {
    const after = expectInverseRestores({
      kind: 'ignore-duplication',
      pair: 'north-contest|north-svoc',
      note: 'different chairs',
    });
    expect(after.ignoredDuplications).toContainEqual({
      pair: 'north-contest|north-svoc',
      note: 'different chairs',
    });
    expect(
      expectInverseRestores({ kind: 'unignore-duplication', pair: 'a|b' }).ignoredDuplications,
    ).toEqual([]);
  });

  it('refuses an edit that would make the landscape invalid, leaving it untouched', () => {
    const c = content();
    const result = applyEdit(c, {
      kind: 'put-board',
      board: { ...c.landscape.boards[1]!, name: '  ', footprint: [] },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['name', 'footprint']);
    expect(c).toEqual(content());
  });

  it('refuses to add a membership twice or remove one that is not there', () => {
    const c = content();
    const existing = c.landscape.memberships[0]!;
    expect(applyEdit(c, { kind: 'add-membership', membership: existing }).ok).toBe(false);
    expect(
      applyEdit(c, {
        kind: 'remove-membership',
        board: id('national'),
        organisation: existing.organisation,
      }),
    ).toMatchObject({
      ok: false,
      problems: [{ message: '"police-north" is not a member of "national"' }],
    });
  });

  it('refuses to delete a board that does not exist', () => {
    expect(applyEdit(content(), { kind: 'remove-board', id: id('ghost') }).ok).toBe(false);
  });
});
