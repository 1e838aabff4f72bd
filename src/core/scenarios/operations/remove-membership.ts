import type { OperationDescriptor } from '../types';
import { checkLiveBoard, fail, missingBoards, missingOrganisation } from './checks';
import { membershipOf, withoutMembership } from './memberships';

const K = 'remove-membership';

export const removeMembership: OperationDescriptor<'remove-membership'> = {
  kind: K,
  summary: 'take an organisation off a board',
  stale: (landscape, op) => [
    ...missingBoards(landscape, K, { board: op.board }),
    ...missingOrganisation(landscape, K, op.organisation),
  ],
  validate(landscape, op) {
    const problems = checkLiveBoard(landscape, K, 'board', op.board, 'remove a member from');
    if (typeof op.organisation !== 'string')
      problems.push(fail(K, 'organisation', 'name an organisation'));
    else if (!membershipOf(landscape, op.board, op.organisation))
      problems.push(
        fail(K, 'organisation', `"${op.organisation}" is not a member of "${op.board}"`),
      );
    return problems;
  },
  apply: (landscape, op) => withoutMembership(landscape, op.board, op.organisation),
};
