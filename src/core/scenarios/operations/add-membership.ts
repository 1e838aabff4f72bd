import type { OperationDescriptor } from '../types';
import {
  checkLiveBoard,
  checkRole,
  checkSeats,
  checkSource,
  fail,
  missingBoards,
  missingOrganisation,
  sourceOf,
} from './checks';
import { membershipOf } from './memberships';

const K = 'add-membership';

export const addMembership: OperationDescriptor<'add-membership'> = {
  kind: K,
  summary: 'give an organisation a seat on a board',
  stale: (landscape, op) => [
    ...missingBoards(landscape, K, { board: op.board }),
    ...missingOrganisation(landscape, K, op.organisation),
  ],
  validate(landscape, op) {
    const problems = [
      ...checkLiveBoard(landscape, K, 'board', op.board, 'add a member to'),
      ...checkRole(K, op.role),
      ...checkSeats(K, op.seats),
      ...checkSource(landscape, K, op.source),
    ];
    if (typeof op.organisation !== 'string')
      problems.push(fail(K, 'organisation', 'name an organisation'));
    else if (membershipOf(landscape, op.board, op.organisation))
      problems.push(
        fail(K, 'organisation', `"${op.organisation}" is already a member of "${op.board}"`),
      );
    return problems;
  },
  apply: (landscape, op) => ({
    ...landscape,
    memberships: [
      ...landscape.memberships,
      {
        board: op.board,
        organisation: op.organisation,
        role: op.role ?? 'member',
        seats: op.seats ?? 1,
        source: sourceOf(op),
      },
    ],
  }),
};
