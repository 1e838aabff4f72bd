import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyEdit } from '../../src/core/edits/apply-edit';
import type { Edit } from '../../src/core/edits/types';
import type { BoardId, Membership, OrganisationId } from '../../src/core/model/types';
import { validateLandscape } from '../../src/core/model/validate';
import { applyScenario } from '../../src/core/scenarios/apply-scenario';
import type { Scenario } from '../../src/core/scenarios/types';
import { userEntry } from '../../src/core/model/user-source';
import { settleContent } from '../../src/core/workspace/settle';
import type { WorkspaceContent } from '../../src/core/workspace/types';
import { DocumentView } from '../../src/document/document-view';
import { writeContent } from '../../src/document/write-content';
import { seedLandscape } from '../fixtures/seed';

const SVOC = 'dp-svoc-board' as BoardId;
const CONTEST = 'dp-contest-board' as BoardId;
const AWCJB = 'awcjb' as BoardId;

/** One copy of the workspace: a document, its view, and edits applied as the app applies them. */
function replica(from?: Y.Doc) {
  const doc = new Y.Doc();
  if (from) Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  const view = new DocumentView(doc);
  return {
    doc,
    get content(): WorkspaceContent {
      return settleContent(view.content);
    },
    edit(edit: Edit) {
      const before = this.content;
      const applied = applyEdit(before, edit);
      if (!applied.ok) throw new Error(applied.problems.map((p) => p.message).join('; '));
      writeContent(doc, before, applied.value.content, 'local');
    },
  };
}

function pair() {
  const origin = replica();
  writeContent(
    origin.doc,
    undefined,
    {
      landscape: seedLandscape(),
      positions: {},
      scenarios: [],
      tracker: [],
      ignoredDuplications: [],
      pinned: [],
      tileNudges: [],
    },
    'seed',
  );
  return [replica(origin.doc), replica(origin.doc)] as const;
}

/** Each sends the other what it has and the other lacks, as tabs and the server do. */
function exchange(a: { doc: Y.Doc }, b: { doc: Y.Doc }) {
  const toB = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc));
  const toA = Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc));
  Y.applyUpdate(b.doc, toB);
  Y.applyUpdate(a.doc, toA);
}

const board = (r: { content: WorkspaceContent }, id: BoardId) =>
  r.content.landscape.boards.find((b) => b.id === id);

function expectConvergedAndValid(
  a: { content: WorkspaceContent },
  b: { content: WorkspaceContent },
) {
  expect(a.content).toEqual(b.content);
  expect(validateLandscape(a.content.landscape).ok).toBe(true);
}

describe('concurrent edits to one workspace', () => {
  it('keeps edits to different boards, as in two tabs renaming two boards and a third', () => {
    const [a, b] = pair();
    a.edit({ kind: 'put-board', board: { ...board(a, SVOC)!, name: 'SVOC (A)' } });
    b.edit({ kind: 'put-board', board: { ...board(b, CONTEST)!, name: 'CONTEST (B)' } });
    a.edit({ kind: 'put-board', board: { ...board(a, AWCJB)!, name: 'AWCJB (A)' } });
    exchange(a, b);
    expectConvergedAndValid(a, b);
    expect([SVOC, CONTEST, AWCJB].map((id) => board(a, id)!.name)).toEqual([
      'SVOC (A)',
      'CONTEST (B)',
      'AWCJB (A)',
    ]);
  });

  it('keeps edits to different fields of the same board', () => {
    const [a, b] = pair();
    a.edit({ kind: 'put-board', board: { ...board(a, SVOC)!, name: 'Renamed' } });
    b.edit({ kind: 'put-board', board: { ...board(b, SVOC)!, meetingsPerYear: 12 } });
    exchange(a, b);
    expectConvergedAndValid(a, b);
    expect(board(a, SVOC)).toMatchObject({ name: 'Renamed', meetingsPerYear: 12 });
  });

  it('settles edits to the same field the same way in both copies', () => {
    const [a, b] = pair();
    a.edit({ kind: 'put-board', board: { ...board(a, SVOC)!, name: 'From A' } });
    b.edit({ kind: 'put-board', board: { ...board(b, SVOC)!, name: 'From B' } });
    exchange(a, b);
    expectConvergedAndValid(a, b);
    expect(['From A', 'From B']).toContain(board(a, SVOC)!.name);
  });

  it('leaves out a membership added to a board someone else deleted', () => {
    const [a, b] = pair();
    a.edit({ kind: 'remove-board', id: SVOC });
    const membership: Membership = {
      board: SVOC,
      organisation: 'home-office' as OrganisationId,
      role: 'member',
      seats: 1,
      source: userEntry('2026-12-03'),
    };
    if (
      b.content.landscape.memberships.some(
        (m) => m.board === SVOC && m.organisation === membership.organisation,
      )
    )
      b.edit({ kind: 'remove-membership', board: SVOC, organisation: membership.organisation });
    b.edit({ kind: 'add-membership', membership });
    exchange(a, b);
    expectConvergedAndValid(a, b);
    expect(board(a, SVOC)).toBeUndefined();
    expect(a.content.landscape.memberships.some((m) => m.board === SVOC)).toBe(false);
  });

  it('leaves out a relation to a board someone else deleted, and their edit of it', () => {
    const [a, b] = pair();
    a.edit({ kind: 'remove-board', id: CONTEST });
    b.edit({
      kind: 'add-relation',
      relation: {
        from: AWCJB,
        to: CONTEST,
        type: 'commissions',
        source: userEntry('2026-12-03'),
      },
    });
    b.edit({ kind: 'put-board', board: { ...board(b, CONTEST)!, name: 'Edited while deleted' } });
    exchange(a, b);
    expectConvergedAndValid(a, b);
    expect(board(a, CONTEST)).toBeUndefined();
    expect(a.content.landscape.relations.some((r) => r.to === CONTEST || r.from === CONTEST)).toBe(
      false,
    );
  });

  it('keeps both operations when two people merge the same boards; the second is reported and skipped', () => {
    const [a, b] = pair();
    const scenario: Scenario = { id: 'dp', name: 'Dyfed-Powys', description: '', operations: [] };
    a.edit({ kind: 'put-scenario', scenario });
    exchange(a, b);
    const merge = (name: string) => ({
      kind: 'merge' as const,
      boards: [SVOC, CONTEST],
      id: 'dp-merged' as BoardId,
      name,
    });
    a.edit({
      kind: 'put-scenario',
      scenario: { ...a.content.scenarios[0]!, operations: [merge('Merged by A')] },
    });
    b.edit({
      kind: 'put-scenario',
      scenario: { ...b.content.scenarios[0]!, operations: [merge('Merged by B')] },
    });
    exchange(a, b);
    expectConvergedAndValid(a, b);
    const merged = a.content.scenarios[0]!;
    expect(merged.operations).toHaveLength(2);
    const result = applyScenario(a.content.landscape, merged.operations);
    expect(result.diagnostics.map((d) => d.status)).toEqual(['applied', 'invalid']);
    expect(validateLandscape(result.landscape).ok).toBe(true);
  });

  it('keeps a board both copies added under the same id as one valid board', () => {
    const [a, b] = pair();
    const base = board(a, SVOC)!;
    a.edit({ kind: 'put-board', board: { ...base, id: 'new-one' as BoardId, name: 'New (A)' } });
    b.edit({
      kind: 'put-board',
      board: { ...base, id: 'new-one' as BoardId, name: 'New (B)', themes: [] },
    });
    exchange(a, b);
    expectConvergedAndValid(a, b);
    expect(a.content.landscape.boards.filter((x) => x.id === 'new-one')).toHaveLength(1);
  });
});
