import { changeBoard } from '../../model/board-changes';
import type { Landscape, Membership } from '../../model/types';
import type { RelationType, Role } from '../../model/vocabulary';
import type { OperationDescriptor, OperationNote, RetireOperation } from '../types';
import {
  checkLiveBoard,
  checkSource,
  fail,
  findBoard,
  missingBoards,
  replaceBoard,
  sourceOf,
} from './checks';

const K = 'retire';

/** Relations through which a board's work flows: a board left pointing at a retired one is worth a note. */
const WORK_RELATIONS: readonly RelationType[] = ['reports-to', 'sub-group-of', 'commissions'];

/** A chair of the retired board joins the receiving board as a member: that board has its own chair. */
const movedRole = (role: Role): Role => (role === 'chair' || role === 'co-chair' ? 'member' : role);

function movers(landscape: Landscape, op: RetireOperation): Membership[] {
  if (op.to === undefined) return [];
  const already = new Set(
    landscape.memberships.filter((m) => m.board === op.to).map((m) => m.organisation),
  );
  return landscape.memberships
    .filter((m) => m.board === op.board && !already.has(m.organisation))
    .map((m) => ({ ...m, board: op.to!, role: movedRole(m.role), source: sourceOf(op) }));
}

export const retire: OperationDescriptor<'retire'> = {
  kind: K,
  summary: 'retire a board, moving its themes and members to another board or nowhere',
  stale: (landscape, op) => missingBoards(landscape, K, { board: op.board, to: op.to }),
  validate(landscape, op) {
    const problems = [
      ...checkLiveBoard(landscape, K, 'board', op.board, 'retire'),
      ...checkSource(landscape, K, op.source),
    ];
    if (op.to !== undefined) {
      problems.push(...checkLiveBoard(landscape, K, 'to', op.to, 'move work to'));
      if (op.to === op.board) problems.push(fail(K, 'to', 'a board cannot be replaced by itself'));
    }
    return problems;
  },
  apply(landscape, op) {
    const source = sourceOf(op);
    let next = replaceBoard(landscape, op.board, (b) =>
      changeBoard(b, { status: 'retired' }, source),
    );
    if (op.to === undefined) return next;
    const themes = findBoard(landscape, op.board)!.themes;
    next = replaceBoard(next, op.to, (b) =>
      changeBoard(b, { themes: [...new Set([...b.themes, ...themes])] }, source),
    );
    const exists = landscape.relations.some(
      (r) => r.from === op.board && r.to === op.to && r.type === 'replaced-by',
    );
    return {
      ...next,
      memberships: [...next.memberships, ...movers(landscape, op)],
      relations: exists
        ? next.relations
        : [...next.relations, { from: op.board, to: op.to, type: 'replaced-by', source }],
    };
  },
  notes(landscape, op) {
    const board = findBoard(landscape, op.board)!;
    const notes: OperationNote[] = [];
    if (op.to === undefined) {
      if (board.themes.length) notes.push({ kind: 'themes-unheld', themes: board.themes });
    } else {
      const moved = movers(landscape, op).map((m) => m.organisation);
      if (moved.length) notes.push({ kind: 'members-join', board: op.to, organisations: moved });
    }
    for (const r of landscape.relations)
      if (r.to === op.board && r.from !== op.to && WORK_RELATIONS.includes(r.type))
        notes.push({ kind: 'still-related', from: r.from, type: r.type, board: op.board });
    return notes;
  },
};
