/**
 * A deterministic scenario of valid operations over a generated landscape, for timing
 * `applyScenario` and `compareLandscapes` (issue 5's "50-operation scenario").
 *
 * Operations cycle through a fixed pattern (merge, add / remove / move membership, retire with
 * `to`, rescope, set-meetings, add-board). Every board an operation names is a board that meets
 * (active or shadow), drawn without replacement from a seeded shuffle, so no operation touches a
 * board an earlier one merged, retired or changed, and each one stays valid in sequence.
 */
import { meets } from '../../src/core/analysis/meeting-pattern';
import type {
  AreaCode,
  Board,
  BoardId,
  Landscape,
  OrganisationId,
} from '../../src/core/model/types';
import { THEMES, type Theme } from '../../src/core/model/vocabulary';
import type { Operation, OperationKind } from '../../src/core/scenarios/types';
import { mulberry32 } from '../../tests/support/mulberry32';

/** Ten steps, repeated: 5 merges, 5 retires, 5 rescopes, 10 adds, 10 removes, 5 moves, 5 meeting changes, 5 new boards per 50. */
const PATTERN: readonly OperationKind[] = [
  'merge',
  'add-membership',
  'retire',
  'remove-membership',
  'rescope',
  'move-membership',
  'set-meetings',
  'add-membership',
  'add-board',
  'remove-membership',
];

export function benchScenario(landscape: Landscape, count = 50, seed = 50): Operation[] {
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const copy = [...items];
    for (let i = 0; i < Math.min(k, copy.length); i++) {
      const j = i + Math.floor(random() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, k);
  };

  const members = new Map<BoardId, OrganisationId[]>();
  for (const m of landscape.memberships) {
    const list = members.get(m.board);
    if (list) list.push(m.organisation);
    else members.set(m.board, [m.organisation]);
  }
  const organisations = landscape.organisations.map((o) => o.id);
  const areaCodes = landscape.areas.map((a) => a.code);
  /** Boards that meet, in a seeded order; each is used by one operation at most. */
  const meeting = landscape.boards.filter(meets);
  const pool = sample(meeting, meeting.length);
  let next = 0;
  const take = (ok: (b: Board) => boolean = () => true): Board => {
    while (next < pool.length) {
      const board = pool[next++]!;
      if (ok(board)) return board;
    }
    throw new Error('benchScenario: ran out of boards that meet');
  };
  const membersOf = (b: Board) => members.get(b.id) ?? [];
  const outsider = (b: Board): OrganisationId => {
    const on = new Set(membersOf(b));
    for (;;) {
      const o = pick(organisations);
      if (!on.has(o)) return o;
    }
  };
  const footprint = (): AreaCode[] => {
    const chosen = new Set(sample(areaCodes, int(1, 4)));
    return areaCodes.filter((c) => chosen.has(c));
  };

  const ops: Operation[] = [];
  for (let i = 0; i < count; i++) {
    const kind = PATTERN[i % PATTERN.length]!;
    const n = Math.floor(i / PATTERN.length) + 1;
    switch (kind) {
      case 'merge': {
        const a = take();
        const b = take();
        ops.push({
          kind,
          boards: [a.id, b.id],
          id: `bench-merged-${n}` as BoardId,
          name: `Merged board ${n}`,
        });
        break;
      }
      case 'retire':
        ops.push({ kind, board: take().id, to: take().id });
        break;
      case 'rescope':
        ops.push({ kind, board: take().id, footprint: footprint() });
        break;
      case 'add-membership': {
        const board = take();
        ops.push({
          kind,
          board: board.id,
          organisation: outsider(board),
          role: 'member',
          seats: 1,
        });
        break;
      }
      case 'remove-membership': {
        const board = take((b) => membersOf(b).length > 1);
        ops.push({ kind, board: board.id, organisation: membersOf(board).at(-1)! });
        break;
      }
      case 'move-membership': {
        const to = take();
        const onTo = new Set(membersOf(to));
        const from = take((b) => membersOf(b).some((o) => !onTo.has(o)));
        const organisation = membersOf(from).find((o) => !onTo.has(o))!;
        ops.push({ kind, organisation, from: from.id, to: to.id });
        break;
      }
      case 'set-meetings':
        ops.push({
          kind,
          board: take().id,
          meetingsPerYear: pick([4, 6, 12]),
          hoursPerMeeting: pick([1, 2, 3]),
        });
        break;
      case 'add-board':
        ops.push({
          kind,
          id: `bench-new-${n}` as BoardId,
          name: `New board ${n}`,
          level: 'regional',
          footprint: footprint(),
          themes: sample(THEMES, int(1, 2)) as Theme[],
          meetingsPerYear: 4,
          hoursPerMeeting: 2,
          members: sample(organisations, 6).map((organisation, k) => ({
            organisation,
            role: k === 0 ? 'chair' : 'member',
            seats: 1,
          })),
        });
        break;
      default:
        throw new Error(`benchScenario: no builder for ${kind}`);
    }
  }
  return ops;
}
