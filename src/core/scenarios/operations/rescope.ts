import { changeBoard } from '../../model/board-changes';
import type { OperationDescriptor } from '../types';
import {
  checkFootprint,
  checkLiveBoard,
  checkSource,
  missingBoards,
  replaceBoard,
  sourceOf,
} from './checks';

const K = 'rescope';

export const rescope: OperationDescriptor<'rescope'> = {
  kind: K,
  summary: "change a board's footprint",
  stale: (landscape, op) => missingBoards(landscape, K, { board: op.board }),
  validate: (landscape, op) => [
    ...checkLiveBoard(landscape, K, 'board', op.board, 're-scope'),
    ...checkFootprint(landscape, K, op.footprint),
    ...checkSource(landscape, K, op.source),
  ],
  apply: (landscape, op) =>
    replaceBoard(landscape, op.board, (b) =>
      changeBoard(
        b,
        { footprint: op.footprint === 'all' ? 'all' : [...op.footprint] },
        sourceOf(op),
      ),
    ),
};
