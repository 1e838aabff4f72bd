import { changeBoard } from '../../model/board-changes';
import type { OperationDescriptor } from '../types';
import {
  checkLiveBoard,
  checkMeetings,
  checkSource,
  fail,
  missingBoards,
  replaceBoard,
  sourceOf,
} from './checks';

const K = 'set-meetings';

export const setMeetings: OperationDescriptor<'set-meetings'> = {
  kind: K,
  summary: "change a board's meeting pattern (meetings a year, hours a meeting)",
  stale: (landscape, op) => missingBoards(landscape, K, { board: op.board }),
  validate: (landscape, op) => [
    ...checkLiveBoard(landscape, K, 'board', op.board),
    ...(op.meetingsPerYear === undefined && op.hoursPerMeeting === undefined
      ? [fail(K, 'meetingsPerYear', 'give meetings a year, hours a meeting, or both')]
      : []),
    ...checkMeetings(K, op),
    ...checkSource(landscape, K, op.source),
  ],
  apply: (landscape, op) =>
    replaceBoard(landscape, op.board, (b) =>
      changeBoard(
        b,
        {
          ...(op.meetingsPerYear !== undefined ? { meetingsPerYear: op.meetingsPerYear } : {}),
          ...(op.hoursPerMeeting !== undefined ? { hoursPerMeeting: op.hoursPerMeeting } : {}),
        },
        sourceOf(op),
      ),
    ),
};
