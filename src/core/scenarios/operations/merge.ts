import { changeBoard } from '../../model/board-changes';
import type {
  AreaCode,
  Board,
  BoardId,
  Footprint,
  Landscape,
  Membership,
  OrganisationId,
  Relation,
} from '../../model/types';
import { LEVELS, type Level, type RelationType, type Role } from '../../model/vocabulary';
import type { MergeOperation, OperationDescriptor, OperationNote } from '../types';
import {
  checkFootprint,
  checkLevel,
  checkMeetingBoard,
  checkMeetings,
  checkNewBoardId,
  checkOneOf,
  checkSource,
  checkText,
  checkThemes,
  fail,
  findBoard,
  higherRole,
  missingBoards,
  ROLE_RANK,
  sourceOf,
} from './checks';

const K = 'merge';

/** Relations that record history: they keep pointing where they pointed when the history was made. */
const HISTORY: readonly RelationType[] = ['merged-into', 'replaced-by'];

const highestLevel = (levels: Level[]): Level =>
  LEVELS.find((l) => levels.includes(l)) ?? 'regional';

function unionFootprint(landscape: Landscape, parts: Board[]): Footprint {
  if (parts.some((b) => b.footprint === 'all')) return 'all';
  const codes = new Set(parts.flatMap((b) => b.footprint as AreaCode[]));
  // Landscape order, so the same merge always gives the same footprint.
  return landscape.areas.map((a) => a.code).filter((c) => codes.has(c));
}

const maxDefined = (values: (number | undefined)[]): number | undefined => {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length ? Math.max(...defined) : undefined;
};

interface MergedMember {
  organisation: OrganisationId;
  role: Role;
  seats: number;
}

/**
 * The merged board's members: every organisation on any of the boards, with its most seats.
 * Roles follow the op's `chairs` list when given; otherwise each keeps its highest role, and
 * every conflict this settles is described so the user can check it.
 */
function mergeMembers(
  landscape: Landscape,
  op: MergeOperation,
): { members: MergedMember[]; notes: OperationNote[] } {
  const ids = new Set<string>(op.boards);
  const byOrg = new Map<
    OrganisationId,
    { roles: { board: BoardId; role: Role }[]; seats: number }
  >();
  for (const m of landscape.memberships) {
    if (!ids.has(m.board)) continue;
    const entry = byOrg.get(m.organisation) ?? { roles: [], seats: 0 };
    entry.roles.push({ board: m.board, role: m.role });
    entry.seats = Math.max(entry.seats, m.seats);
    byOrg.set(m.organisation, entry);
  }
  const notes: OperationNote[] = [];
  const chairs = op.chairs;
  const members: MergedMember[] = [];
  for (const [organisation, { roles, seats }] of byOrg) {
    const all = roles.map((r) => r.role);
    let role: Role;
    if (chairs) {
      const nonChair = all.filter((r) => r !== 'chair' && r !== 'co-chair');
      role = chairs.includes(organisation)
        ? chairs.length > 1
          ? 'co-chair'
          : 'chair'
        : nonChair.reduce<Role>(higherRole, nonChair[0] ?? 'member');
    } else {
      role = all.reduce(higherRole);
      if (new Set(all).size > 1) notes.push({ kind: 'kept-role', organisation, role, held: roles });
    }
    members.push({ organisation, role, seats });
  }
  for (const organisation of chairs ?? [])
    if (!byOrg.has(organisation)) {
      members.push({ organisation, role: chairs!.length > 1 ? 'co-chair' : 'chair', seats: 1 });
      notes.push({ kind: 'joins-to-chair', organisation });
    }
  if (!chairs) {
    const chairing = members.filter((m) => m.role === 'chair').map((m) => m.organisation);
    if (chairing.length > 1) notes.push({ kind: 'several-chairs', organisations: chairing });
  }
  members.sort((a, b) => ROLE_RANK.indexOf(a.role) - ROLE_RANK.indexOf(b.role));
  return { members, notes };
}

/** Re-points the merged boards' relations to the new board, dropping duplicates and self-relations. */
function repoint(
  relations: readonly Relation[],
  ids: Set<string>,
  into: BoardId,
  op: MergeOperation,
): Relation[] {
  const key = (r: Pick<Relation, 'from' | 'to' | 'type'>) => `${r.from} ${r.type} ${r.to}`;
  const moves = (r: Relation) => (ids.has(r.from) || ids.has(r.to)) && !HISTORY.includes(r.type);
  const seen = new Set(relations.filter((r) => !moves(r)).map(key));
  const out: Relation[] = [];
  for (const r of relations) {
    if (!moves(r)) {
      out.push(r);
      continue;
    }
    const next: Relation = {
      from: ids.has(r.from) ? into : r.from,
      to: ids.has(r.to) ? into : r.to,
      type: r.type,
      source: sourceOf(op),
    };
    if (next.from === next.to || seen.has(key(next))) continue;
    seen.add(key(next));
    out.push(next);
  }
  return out;
}

export const merge: OperationDescriptor<'merge'> = {
  kind: K,
  summary: 'merge two or more meeting boards into a new board',
  stale: (landscape, op) => missingBoards(landscape, K, { boards: op.boards }),
  validate(landscape, op) {
    const problems = [];
    if (!Array.isArray(op.boards)) problems.push(fail(K, 'boards', 'name the boards to merge'));
    else {
      const distinct = [...new Set(op.boards)];
      if (distinct.length < 2)
        problems.push(fail(K, 'boards', 'a merge needs at least two different boards'));
      if (distinct.length !== op.boards.length)
        problems.push(fail(K, 'boards', 'a board is listed twice'));
      for (const id of distinct) problems.push(...checkMeetingBoard(landscape, K, 'boards', id));
    }
    if (op.chairs !== undefined) {
      if (!Array.isArray(op.chairs) || op.chairs.length === 0)
        problems.push(fail(K, 'chairs', 'expected a non-empty list of organisations'));
      else
        for (const o of op.chairs)
          if (!landscape.organisations.some((x) => x.id === o))
            problems.push(fail(K, 'chairs', `no organisation has the id ${JSON.stringify(o)}`));
    }
    return [
      ...problems,
      ...checkNewBoardId(landscape, K, op.id),
      ...checkText(K, 'name', op.name),
      ...checkText(K, 'acronym', op.acronym, true),
      ...checkText(K, 'description', op.description, true),
      ...checkLevel(K, op.level),
      ...checkFootprint(landscape, K, op.footprint, true),
      ...checkThemes(K, op.themes, true),
      ...checkOneOf(K, 'status', op.status, ['active', 'shadow']),
      ...checkMeetings(K, op),
      ...checkSource(landscape, K, op.source),
    ];
  },
  apply(landscape, op) {
    const ids = new Set<string>(op.boards);
    const parts = op.boards.map((id) => findBoard(landscape, id)!);
    const source = sourceOf(op);
    const meetingsPerYear = op.meetingsPerYear ?? maxDefined(parts.map((b) => b.meetingsPerYear));
    const hoursPerMeeting = op.hoursPerMeeting ?? maxDefined(parts.map((b) => b.hoursPerMeeting));
    const board: Board = {
      id: op.id,
      name: op.name.trim(),
      ...(op.acronym ? { acronym: op.acronym } : {}),
      level: op.level ?? highestLevel(parts.map((b) => b.level)),
      footprint: op.footprint ?? unionFootprint(landscape, parts),
      themes: op.themes ?? [...new Set(parts.flatMap((b) => b.themes))],
      ...(meetingsPerYear !== undefined ? { meetingsPerYear } : {}),
      ...(hoursPerMeeting !== undefined ? { hoursPerMeeting } : {}),
      status: op.status ?? 'active',
      description: op.description ?? `Merged from ${parts.map((b) => b.name).join(', ')}.`,
      source,
    };
    const memberships: Membership[] = mergeMembers(landscape, op).members.map((m) => ({
      board: op.id,
      ...m,
      source,
    }));
    return {
      ...landscape,
      boards: [
        ...landscape.boards.map((b) =>
          ids.has(b.id) ? changeBoard(b, { status: 'merged' }, source) : b,
        ),
        board,
      ],
      memberships: [...landscape.memberships, ...memberships],
      relations: [
        ...repoint(landscape.relations, ids, op.id, op),
        ...op.boards.map((from) => ({ from, to: op.id, type: 'merged-into' as const, source })),
      ],
    };
  },
  notes: (landscape, op) => mergeMembers(landscape, op).notes,
};
