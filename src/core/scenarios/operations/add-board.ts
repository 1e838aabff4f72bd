import type { Board, Membership } from '../../model/types';
import { STATUSES } from '../../model/vocabulary';
import type { OperationDescriptor } from '../types';
import {
  checkFootprint,
  checkLevel,
  checkMeetings,
  checkNewBoardId,
  checkOneOf,
  checkRole,
  checkSeats,
  checkSource,
  checkText,
  checkThemes,
  fail,
  sourceOf,
} from './checks';

const K = 'add-board';

export const addBoard: OperationDescriptor<'add-board'> = {
  kind: K,
  summary: 'add a new board, with its members',
  stale: () => [],
  validate(landscape, op) {
    const problems = [
      ...checkNewBoardId(landscape, K, op.id),
      ...checkText(K, 'name', op.name),
      ...checkText(K, 'acronym', op.acronym, true),
      ...checkText(K, 'description', op.description, true),
      ...checkLevel(K, op.level, false),
      ...checkFootprint(landscape, K, op.footprint),
      ...checkThemes(K, op.themes),
      ...checkOneOf(K, 'status', op.status, STATUSES),
      ...checkMeetings(K, op),
      ...checkSource(landscape, K, op.source),
    ];
    if (op.members !== undefined) {
      if (!Array.isArray(op.members)) return [...problems, fail(K, 'members', 'expected a list')];
      const seen = new Set<string>();
      op.members.forEach((m, i) => {
        const field = `members[${i}]`;
        if (!landscape.organisations.some((o) => o.id === m?.organisation))
          problems.push(
            fail(K, field, `no organisation has the id ${JSON.stringify(m?.organisation)}`),
          );
        else if (seen.has(m.organisation))
          problems.push(fail(K, field, `"${m.organisation}" is listed twice`));
        else seen.add(m.organisation);
        problems.push(...checkRole(K, m?.role, `${field}.role`), ...checkSeats(K, m?.seats));
      });
    }
    return problems;
  },
  apply(landscape, op) {
    const source = sourceOf(op);
    const board: Board = {
      id: op.id,
      name: op.name.trim(),
      ...(op.acronym ? { acronym: op.acronym } : {}),
      level: op.level,
      footprint: op.footprint === 'all' ? 'all' : [...op.footprint],
      themes: [...op.themes],
      ...(op.meetingsPerYear !== undefined ? { meetingsPerYear: op.meetingsPerYear } : {}),
      ...(op.hoursPerMeeting !== undefined ? { hoursPerMeeting: op.hoursPerMeeting } : {}),
      status: op.status ?? 'active',
      ...(op.description ? { description: op.description } : {}),
      source,
    };
    const members: Membership[] = (op.members ?? []).map((m) => ({
      board: op.id,
      organisation: m.organisation,
      role: m.role ?? 'member',
      seats: m.seats ?? 1,
      source,
    }));
    return {
      ...landscape,
      boards: [...landscape.boards, board],
      memberships: [...landscape.memberships, ...members],
    };
  },
};
