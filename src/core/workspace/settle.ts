import { onlyBoardsChanged } from '../model/boards-changed';
import type { Landscape } from '../model/types';
import { validateLandscape } from '../model/validate';
import { scenarioShapeProblems } from '../scenarios/builtin';
import { validateTrackerEntry } from '../scenarios/tracker';
import { isPosition } from './content-check';
import type { WorkspaceContent } from './types';

/**
 * What concurrent edits become when they meet. Two people can each make a valid change whose
 * combination is not valid: one deletes a board while the other adds a member to it or a
 * relation to it, or re-scopes it to areas a replaced landscape no longer has. Every copy of the
 * workspace settles the merged content the same way, so all of them show the same result:
 *
 * - the deletion wins: memberships and relations of a board or organisation that is gone are
 *   left out (they come back if the board is restored, by undo or by hand);
 * - footprint codes of areas that are gone are left out, and a board left with no area is left
 *   out with its links;
 * - positions and pins of boards that are gone are left out;
 * - a scenario or tracker entry that no longer reads is left out.
 *
 * Anything still invalid after that (a combination nobody has found yet) is left out record by
 * record, so the landscape that validation, the analyses and the views see is always valid.
 * Scenario operations that name merged-away boards need nothing here: applying a scenario
 * already skips an operation that has gone stale, and says so.
 */
export function settleContent(
  content: WorkspaceContent,
  previous?: WorkspaceContent,
): WorkspaceContent {
  const landscape = settleLandscape(content.landscape, previous?.landscape);
  const boards = new Set<string>(landscape.boards.map((b) => b.id));
  const positions = keptPositions(content.positions, boards);
  return {
    landscape,
    positions,
    pinned: content.pinned.filter((id) => boards.has(id)),
    tileNudges: content.tileNudges,
    ignoredDuplications: content.ignoredDuplications,
    scenarios: content.scenarios.filter((s) => scenarioShapeProblems(s, 'scenario').length === 0),
    tracker: content.tracker.filter((e) => validateTrackerEntry(e).length === 0),
  };
}

/**
 * The positions of boards still there, each a position; the same object when all of them are,
 * as after nearly every merge (a copy of thousands of positions per edit is garbage to collect).
 */
function keptPositions(
  positions: WorkspaceContent['positions'],
  boards: ReadonlySet<string>,
): WorkspaceContent['positions'] {
  for (const id in positions)
    if (!boards.has(id) || !isPosition((positions as Record<string, unknown>)[id]))
      return Object.fromEntries(
        Object.entries(positions).filter(([id, p]) => boards.has(id) && isPosition(p)),
      ) as WorkspaceContent['positions'];
  return positions;
}

const RECORD = /^(sources|regionSystems|areas|organisations|boards|memberships|relations)\[(\d+)\]/;
type Collection =
  'sources' | 'regionSystems' | 'areas' | 'organisations' | 'boards' | 'memberships' | 'relations';

/**
 * The landscape with dangling links left out; see `settleContent`. Given the `previous` settled
 * landscape, a merge that left the sources, region systems and areas as they were is settled by
 * leaving out dangling links alone: every record another copy wrote was valid there, and what
 * a merge can break is only the links between records. (Merging 5,000 boards this way takes a
 * few milliseconds, where checking the whole landscape takes a few hundred.)
 */
export function settleLandscape(input: Landscape, previous?: Landscape): Landscape {
  // Nothing can dangle after a change to board records alone, each valid where it was written.
  if (previous && onlyBoardsChanged(previous, input)) return input;
  let landscape = dropDangling(input);
  if (
    previous &&
    previous.sources === input.sources &&
    previous.regionSystems === input.regionSystems &&
    previous.areas === input.areas
  )
    return landscape;
  for (let round = 0; round < 4; round += 1) {
    const checked = validateLandscape(landscape);
    if (checked.ok) return landscape;
    const drop = new Map<Collection, Set<number>>();
    for (const problem of checked.problems) {
      const match = RECORD.exec(problem.record);
      if (!match) continue;
      const collection = match[1] as Collection;
      if (!drop.has(collection)) drop.set(collection, new Set());
      drop.get(collection)!.add(Number(match[2]));
    }
    if (drop.size === 0) break;
    const next: Record<string, unknown> = { ...landscape };
    for (const [collection, indices] of drop)
      next[collection] = (landscape[collection] as unknown[]).filter((_, i) => !indices.has(i));
    landscape = dropDangling(next as unknown as Landscape);
  }
  if (validateLandscape(landscape).ok) return landscape;
  throw new Error('The merged landscape could not be settled into a valid one');
}

function dropDangling(landscape: Landscape): Landscape {
  const areas = new Set<string>(landscape.areas.map((a) => a.code));
  let boards = landscape.boards;
  if (boards.some((b) => b.footprint !== 'all' && b.footprint.some((c) => !areas.has(c))))
    boards = boards.flatMap((b) => {
      if (b.footprint === 'all' || b.footprint.every((c) => areas.has(c))) return [b];
      const footprint = b.footprint.filter((c) => areas.has(c));
      return footprint.length ? [{ ...b, footprint }] : [];
    });
  const boardIds = new Set<string>(boards.map((b) => b.id));
  const orgIds = new Set<string>(landscape.organisations.map((o) => o.id));
  const memberships = landscape.memberships.every(
    (m) => boardIds.has(m.board) && orgIds.has(m.organisation),
  )
    ? landscape.memberships
    : landscape.memberships.filter((m) => boardIds.has(m.board) && orgIds.has(m.organisation));
  const relations = landscape.relations.every((r) => boardIds.has(r.from) && boardIds.has(r.to))
    ? landscape.relations
    : landscape.relations.filter((r) => boardIds.has(r.from) && boardIds.has(r.to));
  if (
    boards === landscape.boards &&
    memberships === landscape.memberships &&
    relations === landscape.relations
  )
    return landscape;
  return { ...landscape, boards, memberships, relations };
}
