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
import { membershipOf, withoutMembership } from './memberships';

const K = 'move-membership';

export const moveMembership: OperationDescriptor<'move-membership'> = {
  kind: K,
  summary: 'move an organisation from one board to another',
  stale: (landscape, op) => [
    ...missingBoards(landscape, K, { from: op.from, to: op.to }),
    ...missingOrganisation(landscape, K, op.organisation),
  ],
  validate(landscape, op) {
    const problems = [
      ...checkLiveBoard(landscape, K, 'from', op.from, 'move a member from'),
      ...checkLiveBoard(landscape, K, 'to', op.to, 'move a member to'),
      ...checkRole(K, op.role),
      ...checkSeats(K, op.seats),
      ...checkSource(landscape, K, op.source),
    ];
    if (op.from === op.to)
      problems.push(fail(K, 'to', 'the organisation is already on that board'));
    if (typeof op.organisation !== 'string')
      problems.push(fail(K, 'organisation', 'name an organisation'));
    else {
      if (!membershipOf(landscape, op.from, op.organisation))
        problems.push(fail(K, 'from', `"${op.organisation}" is not a member of "${op.from}"`));
      if (op.from !== op.to && membershipOf(landscape, op.to, op.organisation))
        problems.push(
          fail(
            K,
            'to',
            `"${op.organisation}" is already a member of "${op.to}"; remove the seat on "${op.from}" instead`,
          ),
        );
    }
    return problems;
  },
  apply(landscape, op) {
    const old = membershipOf(landscape, op.from, op.organisation)!;
    const next = withoutMembership(landscape, op.from, op.organisation);
    // A chair of one board does not become chair of another by moving: the user says so.
    const role = op.role ?? (old.role === 'chair' || old.role === 'co-chair' ? 'member' : old.role);
    return {
      ...next,
      memberships: [
        ...next.memberships,
        {
          board: op.to,
          organisation: op.organisation,
          role,
          seats: op.seats ?? old.seats,
          source: sourceOf(op),
        },
      ],
    };
  },
};
